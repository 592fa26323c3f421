package dev.summit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

class FiguresExampleTest {
  @Test
  void groupsFiguresByUnitWithTheirSpeaker() {
    String out = Printed.by(o -> FiguresExample.print(HandBuilt.summit(), o));

    assertThat(out).isEqualTo(
        "% (2)\n"
            + "  50  \"50%\"  session 1, Ada Lovelace: 전력 효율은 50% 좋아지고 비용은 1.2B 달러 줄었다\n"
            + "  10–15  \"10~15%\"  session 1, unattributed: 10~15% 성장\n"
            + "USD (1)\n"
            + "  1200000000  \"1.2B 달러\"  session 1, Ada Lovelace: 전력 효율은 50% 좋아지고 비용은 1.2B 달러 줄었다\n");
  }

  @Test
  void listsEveryFigureOfTheBundledCorpus() {
    Summit day1 = ExampleInput.summit();
    long figures = day1.claims().stream().mapToLong(c -> c.quantities().size()).sum();

    String out = Printed.by(o -> FiguresExample.print(day1, o));

    if (figures == 0) { // the parser's figure extraction is not on this branch yet
      assertThat(out).isEqualTo("No claim with a figure.\n");
    } else {
      assertThat(out.lines().filter(line -> line.startsWith("  "))).hasSize((int) figures);
    }
  }
}
