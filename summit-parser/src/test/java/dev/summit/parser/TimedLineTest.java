package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Claim;
import dev.summit.model.Session;
import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/** A timed line ({@code 09:00 - 09:30: title}) is a session header only when a title follows its times. */
class TimedLineTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  @Test
  void aTimedLineIsASessionWithItsTitle() {
    Summit summit = PARSER.parse("* 09:00 - 09:30: 개회사\n", "p").summit();

    Session session = summit.sessions().get(0);
    assertThat(session.title()).isEqualTo("개회사");
    assertThat(session.start()).hasValueSatisfying(t -> assertThat(t).hasToString("09:00"));
    assertThat(session.end()).hasValueSatisfying(t -> assertThat(t).hasToString("09:30"));
  }

  /** The colon after the times separates them from a title; alone, it is no title. */
  @Test
  void timesFollowedByTheSeparatorAloneAreText() {
    Summit summit = PARSER.parse("* 9:00-9:30:\n", "p").summit();

    assertThat(summit.sessions()).isEmpty();
    assertThat(summit.documents().get(0).content()).singleElement()
        .satisfies(c -> assertThat(((Claim) c).text()).isEqualTo("9:00-9:30:"));
  }

  /** Runs of white space in a timed title are one space, as in a heading's title. */
  @Test
  void aTimedTitleCollapsesRunsOfSpaces() {
    Summit summit = PARSER.parse("09:00 - 09:30: 개회사   및 환영\n\n* **발표자:** 김\n", "p").summit();

    assertThat(summit.sessions().get(0).title()).isEqualTo("개회사 및 환영");
  }
}
