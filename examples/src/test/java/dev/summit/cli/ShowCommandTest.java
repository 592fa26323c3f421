package dev.summit.cli;

import static dev.summit.cli.Cli.AFTERNOON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.examples.BundledCorpus;
import dev.summit.model.Summit;
import dev.summit.parser.RecapParser;
import org.junit.jupiter.api.Test;

class ShowCommandTest {
  private static final Summit DAY1 = BundledCorpus.parseAll(RecapParser.builder().build()).summit();

  @Test
  void summarisesTheBundledCorpus() {
    Cli.Run run = Cli.run("show");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("SK AI 서밋 2024\n  2024-11-04 – 2024-11-05, 서울 코엑스\n"
            + "  2 documents: sk-ai-summit-2024-day1-morning.md, sk-ai-summit-2024-day1-afternoon.md\n")
        .contains("\nDay 1, 2024-11-04: AI 생태계와 인프라의 혁신: 기술, 협력, 그리고 지속 가능성 (morning, afternoon)\n")
        .contains("    2  dialogue   대담: AI의 미래\n"
            + "                  Greg Brockman (speaker), 이준표 (moderator)\n")
        .contains("    9  panel      패널토의: AI 시대 Infrastructure의 현재와 미래\n"
            + "                  유영상 (panelist), Mark Adams (panelist), Stephen Balaban (panelist),"
            + " 오혜연 (moderator)\n")
        .contains("\nDay 2, 2024-11-05: ")
        .contains("  (no session in these posts)\n")
        .contains("\nSpeakers: 17\n")
        .endsWith("Diagnostics: " + DiagnosticLines.counts(DAY1.diagnostics()) + "\n");
    assertThat(DAY1.hasErrors()).isFalse();
  }

  @Test
  void listsSessionsOneToFourteenInOrder() {
    Cli.Run run = Cli.run("show");

    assertThat(run.out().lines()
            .filter(line -> line.matches("  +\\d+  .*"))
            .map(line -> Integer.parseInt(line.trim().split(" ")[0])))
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
  }

  @Test
  void afternoonPostAloneHasSessionsFiveToFourteen() {
    Cli.Run run = Cli.run("show", AFTERNOON);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()
            .filter(line -> line.matches("  +\\d+  .*"))
            .map(line -> Integer.parseInt(line.trim().split(" ")[0])))
        .containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    assertThat(run.out()).contains("  1 document: " + AFTERNOON + "\n")
        .contains("   13  panel      패널토의: AI 반도체와 인프라의 진화\n")
        .contains("Gary Grider (moderator)");
  }

  @Test
  void unreadableFileShowsNothing() {
    Cli.Run run = Cli.run("show", "no-such-post.md");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("no-such-post.md: error: cannot read: no such file\n");
  }
}
