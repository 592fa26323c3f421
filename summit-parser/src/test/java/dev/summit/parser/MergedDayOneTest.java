package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.summit.model.DayPart;
import dev.summit.model.Role;
import dev.summit.model.Session;
import dev.summit.model.SourceDocument;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both Day 1 posts merged into one summit. */
class MergedDayOneTest {
  private static Summit summit;

  @BeforeAll
  static void parse() {
    // the afternoon first: the merge orders by day and part, not by argument order
    summit = RecapParser.builder().build().parseAll(List.of(Corpus.AFTERNOON, Corpus.MORNING)).summit();
  }

  @Test
  void sessionsOneToFourteenInOrder() {
    assertThat(summit.sessions()).extracting(s -> s.number().orElseThrow())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    assertThat(summit.sessions()).extracting(s -> s.part().orElseThrow())
        .containsExactly(DayPart.MORNING, DayPart.MORNING, DayPart.MORNING, DayPart.MORNING,
            DayPart.AFTERNOON, DayPart.AFTERNOON, DayPart.AFTERNOON, DayPart.AFTERNOON, DayPart.AFTERNOON,
            DayPart.AFTERNOON, DayPart.AFTERNOON, DayPart.AFTERNOON, DayPart.AFTERNOON, DayPart.AFTERNOON);
  }

  @Test
  void yooYoungSangIsOneSpeakerInTwoSessions() {
    Speaker yoo = summit.expectSpeaker("유영상");
    assertThat(summit.speakers()).filteredOn(s -> s.name().equals("유영상")).hasSize(1);
    assertThat(summit.sessionsOf(yoo.id())).extracting(s -> s.number().orElseThrow(),
            s -> s.participants().stream().filter(p -> p.speakerId().equals(yoo.id())).findFirst()
                .orElseThrow().role())
        .containsExactly(tuple(3, Role.SPEAKER), tuple(9, Role.PANELIST));
    assertThat(summit.speakers()).hasSize(13 + 5 - 1);
  }

  @Test
  void sourcesOfEveryKindMergeLikeFiles() throws java.io.IOException {
    Summit fromSources = RecapParser.builder().build().parseSources(List.of(
        RecapSource.of("sk-ai-summit-2024-day1-morning", java.nio.file.Files.readAllBytes(Corpus.MORNING)),
        RecapSource.markdown("sk-ai-summit-2024-day1-afternoon",
            java.nio.file.Files.readString(Corpus.AFTERNOON)))).summit();
    assertThat(fromSources.sessions()).isEqualTo(summit.sessions());
    assertThat(fromSources.speakers()).isEqualTo(summit.speakers());
  }

  @Test
  void bothDocumentsAndTheDayParts() {
    assertThat(summit.documents()).extracting(SourceDocument::id)
        .containsExactly("sk-ai-summit-2024-day1-afternoon", "sk-ai-summit-2024-day1-morning");
    assertThat(summit.findDay(1).orElseThrow().coveredParts())
        .containsExactly(DayPart.MORNING, DayPart.AFTERNOON);
    assertThat(summit.sessions()).extracting(Session::id).startsWith("d1-s01", "d1-s02");
  }
}
