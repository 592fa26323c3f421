package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ComparisonTable;
import dev.summit.model.Diagnostic;
import dev.summit.model.Quantity;
import dev.summit.model.Session;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import dev.summit.model.TimelineEntry;
import dev.summit.parser.RecapParser;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A post written for this test (another forum, other people, other units), read by the whole parser: the
 * extract rules are not tuned to the corpus.
 */
class ForumPostTest {
  private static Summit summit;

  @BeforeAll
  static void parse() throws URISyntaxException {
    Path post = Path.of(ForumPostTest.class.getResource("/extract/forum-2025.md").toURI());
    summit = RecapParser.builder().build().parse(post).summit();
  }

  private static Session session(int number) {
    return summit.sessions().stream().filter(s -> s.number().orElse(-1) == number).findFirst().orElseThrow();
  }

  private static Claim claim(Session s, String prefix) {
    return s.claims().stream().filter(c -> c.text().startsWith(prefix)).findFirst().orElseThrow();
  }

  private static String id(String name) {
    return summit.speakers().stream().filter(s -> s.name().equals(name)).map(Speaker::id).findFirst().orElseThrow();
  }

  @Test
  void keynote() {
    Session s = session(1);
    String urs = id("Urs Hoelzle");
    assertThat(s.claims()).filteredOn(c -> c.kind() == ClaimKind.SPEAKER)
        .allSatisfy(c -> assertThat(c.speakerIds()).containsExactly(urs));
    Quantity energy = claim(s, "구글의 데이터센터는").quantities().get(0);
    assertThat(energy.text()).isEqualTo("25TWh");
    assertThat(energy.value()).isEqualTo(2.5e10);
    assertThat(energy.unit()).isEqualTo("kWh");
    ComparisonTable racks = s.comparisons().stream().filter(ComparisonTable::derived).findFirst().orElseThrow();
    assertThat(racks.subjects()).containsExactly("공랭식 랙", "액체 냉각 랙");
    assertThat(racks.rows().get(0).values()).containsExactly("최대 20kW", "100kW");
    assertThat(s.timelines()).anySatisfy(t ->
        assertThat(t.entries()).extracting(TimelineEntry::when).containsExactly("phase-1", "phase-2"));
    assertThat(s.timelines()).anySatisfy(t ->
        assertThat(t.entries()).extracting(TimelineEntry::when).containsExactly("2030"));
  }

  @Test
  void panelWithTransliteratedNames() {
    Session s = session(2);
    String jensen = id("Jensen Huang");
    String lisa = id("Lisa Su");
    String satya = id("Satya Nadella");
    assertThat(claim(s, "이번 패널은").speakerIds()).isEmpty();
    assertThat(claim(s, "엔비디아의 젠슨 황").speakerIds()).containsExactly(jensen);
    Claim watts = claim(s, "그는 GPU 한 대가");
    assertThat(watts.speakerIds()).containsExactly(jensen);
    assertThat(watts.quantities()).extracting(Quantity::value).containsExactly(0.7, 120.0);
    assertThat(claim(s, "리사 수 CEO는").speakerIds()).containsExactly(lisa);
    assertThat(claim(s, "사티아 나델라 회장은").speakerIds()).containsExactly(satya);
    assertThat(claim(s, "마크 저커버그").speakerIds()).isEmpty();
    Claim english = claim(s, "Lisa Su said");
    assertThat(english.speakerIds()).containsExactly(lisa);
    assertThat(english.quantities()).extracting(Quantity::text).containsExactly("30%");
    assertThat(claim(s, "패널들은").speakerIds()).isEmpty();
    assertThat(claim(s, "엔비디아의 젠슨 황").organizationSpeakerIds()).containsExactly(jensen);

    assertThat(summit.speakers()).filteredOn(sp -> sp.id().equals(jensen)).singleElement()
        .satisfies(sp -> assertThat(sp.aliases()).contains("젠슨 황"));
    assertThat(summit.diagnostics()).filteredOn(d -> d.code().equals("unresolved-speaker"))
        .extracting(Diagnostic::message).singleElement().asString().contains("마크 저커버그");
    assertThat(Optional.of(s.kind().name())).contains("PANEL");
  }

  @Test
  void reviewsAreNotAttributed() {
    assertThat(session(1).claims()).noneMatch(c -> c.text().contains("3시간이 짧게"));
    assertThat(List.of(session(1).reviews().size())).containsExactly(1);
  }
}
