package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Diagnostic;
import dev.summit.model.Session;
import dev.summit.model.Summit;
import dev.summit.parser.RecapParser;
import dev.summit.parser.RecapSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With many speakers, each session is matched against the speakers its text can name, not the whole
 * registry. The filter must keep every speaker the matcher would find: the corpus sessions come out the same
 * whether the registry is small (matched whole) or padded past the filter's threshold with other people.
 */
class SpeakerIndexTest {
  private static final Path MORNING = Path.of("..", "corpus", "sk-ai-summit-2024-day1-morning.md");
  private static final Path AFTERNOON = Path.of("..", "corpus", "sk-ai-summit-2024-day1-afternoon.md");

  @Test
  void aLargeRegistryGivesTheCorpusSessionsTheyHadWithASmallOne() throws IOException {
    RecapParser parser = RecapParser.builder().build();
    Summit small = parser.parseAll(List.of(MORNING, AFTERNOON)).summit();

    StringBuilder padding = new StringBuilder("# Other forum Day 2\n\n");
    for (int i = 1; i <= 80; i++) {
      padding.append("## ").append(100 + i).append(". Talk ").append(i).append("\n\n> * 발표자: Alex")
          .append(i).append(" Morgan").append(i).append(" (Firm").append(i).append(" CEO)\n\n* Alex").append(i)
          .append(" Morgan").append(i).append("는 성장을 말했다.\n\n");
    }
    Summit large = parser.parseSources(List.of(
        RecapSource.of(MORNING), RecapSource.of(AFTERNOON),
        RecapSource.markdown("padding", padding.toString()))).summit();
    assertThat(large.speakers().size()).isGreaterThan(64);

    for (Session before : small.sessions()) {
      Session after = large.expectSession(before.id());
      assertThat(after.claims()).as(before.id()).isEqualTo(before.claims());
    }
    assertThat(withoutPadding(large.diagnostics())).isEqualTo(small.diagnostics());
    for (var speaker : small.speakers()) {
      assertThat(large.expectSpeaker(speaker.id()).aliases()).as(speaker.id()).isEqualTo(speaker.aliases());
    }
  }

  private static List<Diagnostic> withoutPadding(List<Diagnostic> diagnostics) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (!d.document().orElse("").equals("padding")) {
        out.add(d);
      }
    }
    return out;
  }

  @Test
  void wordsAreRunsOfLettersAndDigits() {
    assertThat(SpeakerIndex.words("SK하이닉스의 이강옥 부사장은, \"HBM3E\"를")).containsExactly("SK하이닉스의", "이강옥",
        "부사장은", "HBM3E", "를");
  }
}
