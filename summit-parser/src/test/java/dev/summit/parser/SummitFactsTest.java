package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/** The summit's name, dates and venue, from the first paragraph that gives a date range. */
class SummitFactsTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  @Test
  void aNameInCodeLosesItsQuotesAndTheSpacesBesideThem() {
    Summit summit = PARSER.parse("`SK AI 서밋 '`는 2024년 11월 4일부터 5일까지 서울 코엑스에서 개최된 행사입니다.\n", "p")
        .summit();

    assertThat(summit.name()).hasValue("SK AI 서밋");
    assertThat(summit.venue()).hasValue("서울 코엑스");
  }
}
