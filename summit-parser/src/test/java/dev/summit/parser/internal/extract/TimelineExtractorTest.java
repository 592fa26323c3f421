package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.Provenance;
import dev.summit.model.Timeline;
import dev.summit.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineExtractorTest {
  private final TimelineExtractor extractor = new TimelineExtractor();

  private static Claim claim(int line, String text) {
    return ImmutableClaim.builder().id("c" + line).text(text).kind(ClaimKind.SPEAKER).sectionPath("")
        .source(Provenance.of("doc", line, line)).build();
  }

  private static List<Claim> claims(String... texts) {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(texts[i] == null ? null : claim(10 + i, texts[i]));
    }
    return out;
  }

  @Test
  void aRunOfYearLabelsIsOneTimeline() {
    List<TimelineExtractor.Run> runs = extractor.runs(claims(
        "로드맵은 다음과 같습니다:",
        "2024년: 시범 서비스 - 두 도시에서 시작합니다.",
        "2026년 3월: 전국 확대",
        "2028년 - 해외 진출",
        "이것이 전부입니다."), Optional.empty());
    assertThat(runs).singleElement().satisfies(r -> {
      assertThat(r.firstIndex()).isEqualTo(1);
      assertThat(r.lastIndex()).isEqualTo(3);
      Timeline t = r.timeline();
      assertThat(t.title()).contains("로드맵은 다음과 같습니다:");
      assertThat(t.entries()).extracting(TimelineEntry::when).containsExactly("2024", "2026-03", "2028");
      assertThat(t.entries()).extracting(TimelineEntry::label).containsExactly("2024년", "2026년 3월", "2028년");
      assertThat(t.entries().get(0).description()).isEqualTo("시범 서비스 - 두 도시에서 시작합니다.");
      assertThat(t.entries().get(1).source().startLine()).isEqualTo(12);
      assertThat(t.source().startLine()).isEqualTo(11);
      assertThat(t.source().endLine()).isEqualTo(13);
    });
  }

  @Test
  void phasesAndWavesAreOrdinalLabels() {
    List<TimelineExtractor.Run> waves = extractor.runs(claims("Wave 1: 학습", "wave2: 미세 조정", "WAVE-3: 추론"),
        Optional.of("세 단계"));
    assertThat(waves).singleElement().satisfies(r -> {
      assertThat(r.timeline().entries()).extracting(TimelineEntry::when).containsExactly("wave-1", "wave-2", "wave-3");
      assertThat(r.timeline().title()).contains("세 단계");
    });
    List<TimelineEntry> stages = extractor.runs(claims("1단계: 설계", "2단계: 시제품", "3단계: 양산"), Optional.empty())
        .get(0).timeline().entries();
    assertThat(stages).extracting(TimelineEntry::when).containsExactly("stage-1", "stage-2", "stage-3");
  }

  @Test
  void aSingleLabelOrMixedFamiliesMakeNoRun() {
    assertThat(extractor.runs(claims("2024년: 시범 서비스", "이후 확대합니다."), Optional.empty())).isEmpty();
    assertThat(extractor.runs(claims("2024년: 시범", "Phase 2: 확대"), Optional.empty())).isEmpty();
    assertThat(extractor.runs(claims("2024년: 시범", null, "2025년: 확대"), Optional.empty())).isEmpty();
    assertThat(extractor.runs(claims("0042년: 아님", "0043년: 아님"), Optional.empty())).isEmpty();
  }

  @Test
  void datedFacts() {
    Timeline founded = extractor.dated(claim(5, "람다는 2012년에 설립되었고 2022년 12월 새 클라우드를 출시했습니다.")).orElseThrow();
    assertThat(founded.entries()).extracting(TimelineEntry::when).containsExactly("2012", "2022-12");
    assertThat(founded.entries()).extracting(TimelineEntry::label).containsExactly("2012년", "2022년 12월");
    assertThat(extractor.dated(claim(6, "데이터센터는 3년 만에 두 배가 되었습니다."))).isEmpty();
  }

  @Test
  void anInitialDoesNotEndTheSentenceAndDecadesAreNotDates() {
    Timeline apollo = extractor.dated(claim(9, "1962년, 존 F. 케네디 대통령은 아폴로 프로그램을 시작했습니다.")).orElseThrow();
    assertThat(apollo.entries()).singleElement()
        .satisfies(e -> assertThat(e.description()).endsWith("시작했습니다."));
    assertThat(extractor.dated(claim(10, "2010년대부터 연산 요구가 증가했습니다."))).isEmpty();
  }

  @Test
  void fromToChanges() {
    Timeline between = extractor.dated(claim(7, "전력 수요는 2022년에서 2026년 사이 두 배 이상 증가할 것입니다.")).orElseThrow();
    assertThat(between.entries()).extracting(TimelineEntry::when).containsExactly("2022", "2026");
    Timeline arrow = extractor.dated(claim(8, "도입률은 현재 5% → 2026년 80%로 늘어납니다.")).orElseThrow();
    assertThat(arrow.entries()).extracting(TimelineEntry::when).containsExactly("now", "2026");
    assertThat(arrow.entries().get(0).label()).isEqualTo("현재");
  }

  @Test
  void hostileInputIsReadLinearly() {
    char[] chars = new char[3_000_000];
    Arrays.fill(chars, '2');
    String line = new String(chars) + "년: " + "가".repeat(1000);
    assertThat(extractor.runs(claims(line, line), Optional.empty())).isEmpty();
    assertThat(extractor.dated(claim(1, "2024년 ".repeat(100_000)))).isPresent();
  }
}
