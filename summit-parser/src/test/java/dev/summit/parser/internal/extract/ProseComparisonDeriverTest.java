package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ComparisonRow;
import dev.summit.model.ComparisonTable;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.Provenance;
import dev.summit.model.TableOrigin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseComparisonDeriverTest {
  private final ProseComparisonDeriver deriver = new ProseComparisonDeriver();

  private static Claim claim(String text) {
    return ImmutableClaim.builder().id("c").text(text).kind(ClaimKind.SPEAKER).sectionPath("")
        .source(Provenance.of("doc", 3, 3)).build();
  }

  private static List<Claim> claims(String... texts) {
    List<Claim> out = new ArrayList<>();
    for (String t : texts) {
      out.add(claim(t));
    }
    return out;
  }

  @Test
  void parallelLabelsSharingAHeadWordAreCompared() {
    List<ProseComparisonDeriver.Derived> d = deriver.parallel(claims(
        "두 방식은 다음과 같습니다.",
        "SRAM 캐시: 칩 안에 있습니다. 접근 지연이 매우 짧습니다.",
        "DRAM 캐시: 칩 밖에 있습니다. 접근 지연이 상대적으로 깁니다.",
        "정리하면 용도가 다릅니다."));
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.firstIndex()).isEqualTo(1);
      assertThat(x.lastIndex()).isEqualTo(2);
      ComparisonTable t = x.table();
      assertThat(t.origin()).isEqualTo(TableOrigin.PROSE);
      assertThat(t.subjects()).containsExactly("SRAM 캐시", "DRAM 캐시");
      assertThat(t.rows()).extracting(ComparisonRow::attribute).containsExactly("특징 1", "접근 지연"); // one-letter words name no row
      assertThat(t.rows().get(1).values()).containsExactly("접근 지연이 매우 짧습니다.", "접근 지연이 상대적으로 깁니다.");
    });
  }

  @Test
  void anEnumerationIsNotAComparison() {
    assertThat(deriver.parallel(claims("속도: 빠르게 만든다.", "규모: 크게 만든다.", "지속 가능성: 오래 간다."))).isEmpty();
    assertThat(deriver.parallel(claims("SRAM 캐시: 빠르다.", "SRAM 캐시: 비싸다."))).isEmpty();
  }

  @Test
  void aContrastSentenceWithFiguresOfOneUnit() {
    ComparisonTable t = deriver.contrast(claim(
        "예를 들어, 기존 공장은 연간 40GWh의 전력을 쓰는 반면, 신규 공장은 약 25GWh만 씁니다.")).orElseThrow();
    assertThat(t.subjects()).containsExactly("기존 공장", "신규 공장");
    assertThat(t.rows()).singleElement().satisfies(r -> {
      assertThat(r.attribute()).isEqualTo("전력");
      assertThat(r.values()).containsExactly("40GWh", "약 25GWh");
    });
  }

  @Test
  void aContrastWithoutFiguresComparesTheDescriptions() {
    ComparisonTable t = deriver.contrast(claim("낮은 전력: 구리 배선은 거리가 늘면 손실이 커지는 반면, 광 배선은 손실이 거의 없습니다."))
        .orElseThrow();
    assertThat(t.subjects()).containsExactly("구리 배선", "광 배선");
    assertThat(t.rows().get(0).values()).containsExactly("거리가 늘면 손실이 커지는", "손실이 거의 없습니다.");
    assertThat(deriver.contrast(claim("반면 이 방식은 비쌉니다."))).isEmpty();
  }

  @Test
  void twoBoxesOfNumberedAspects() {
    ComparisonTable t = deriver.boxes("기존 방식의 문제", claims("비용 부담: 초기 비용이 큽니다.", "느린 배포: 몇 달이 걸립니다."),
        "클라우드의 장점", claims("낮은 비용: 초기 비용이 없습니다.", "빠른 배포: 몇 분이면 됩니다."),
        Provenance.of("doc", 1, 9)).orElseThrow();
    assertThat(t.subjects()).containsExactly("기존 방식의 문제", "클라우드의 장점");
    assertThat(t.rows()).extracting(ComparisonRow::attribute).containsExactly("비용", "배포");
    assertThat(deriver.boxes("a", claims("x: 1", "y: 2"), "b", claims("z: 3"), Provenance.of("doc", 1, 1)))
        .isEmpty();
  }
}
