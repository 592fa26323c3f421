package dev.summit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

class TimelineExampleTest {
  @Test
  void printsEntriesUnderTheirSessionInOrder() {
    String out = Printed.by(o -> TimelineExample.print(HandBuilt.summit(), o));

    assertThat(out).isEqualTo(
        "Session 1: 첫 발표 — 메모리의 발전\n"
            + "  2023     2023년: HBM3\n"
            + "  wave-1   Wave 1: PC\n"
            + "2 timeline entries.\n");
  }

  @Test
  void printsEveryEntryOfTheBundledCorpus() {
    Summit day1 = ExampleInput.summit();
    long entries = day1.sessions().stream()
        .flatMap(s -> s.timelines().stream())
        .mapToLong(t -> t.entries().size())
        .sum();

    String out = Printed.by(o -> TimelineExample.print(day1, o));

    assertThat(out).endsWith(entries == 0 ? "No timeline in this summit.\n" : entries + " timeline entries.\n");
    assertThat(out.lines().filter(line -> line.startsWith("  "))).hasSize((int) entries);
  }
}
