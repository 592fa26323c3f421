package dev.summit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Summit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AgendaExampleTest {
  private static final Summit DAY1 = ExampleInput.summit();

  @Test
  void printsTheMergedDay1Agenda() {
    String out = Printed.by(o -> AgendaExample.print(DAY1, o));

    assertThat(out).startsWith("SK AI 서밋 2024\n\nAgenda\n"
            + "  1. [KEYNOTE] 협력으로 만들어가는 AI 생태계: AI Tomorrow, AI Together\n"
            + "     최태원 (SPEAKER)\n"
            + "  2. [DIALOGUE] 대담: AI의 미래\n"
            + "     Greg Brockman (SPEAKER), 이준표 (MODERATOR)\n")
        .contains(" 13. [PANEL] 패널토의: AI 반도체와 인프라의 진화\n"
            + "     Steve Scott (PANELIST), Mohamed Awad (PANELIST), Bryan Black (PANELIST), 이강욱 (PANELIST),"
            + " Gary Grider (MODERATOR)\n")
        .contains("\nSpeakers (17)\n")
        .contains("  Greg Brockman — OpenAI, 회장 겸 사장, 공동창립자\n")
        .endsWith("  Aravind Srinivas — Perplexity, 공동창립자, CEO\n");
    assertThat(out.lines().filter(line -> line.matches(" *\\d+\\. \\[.*"))).hasSize(14);
  }

  @Test
  void mainReadsThePostGivenAsArgument() {
    String afternoon = Path.of("..", "corpus", "sk-ai-summit-2024-day1-afternoon.md").toString();

    String out = Printed.byMain(() -> AgendaExample.main(new String[] {afternoon}));

    assertThat(out.lines()
            .filter(line -> line.matches(" *\\d+\\. \\[.*"))
            .map(line -> Integer.parseInt(line.trim().substring(0, line.trim().indexOf('.')))))
        .containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    assertThat(out).contains("\nSpeakers (13)\n");
  }
}
