package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/**
 * The summit's name, dates and venue, from the first introduction paragraph that gives a date range (a numbered
 * header is none).
 */
class SummitFactsTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  @Test
  void aNameInCodeLosesItsQuotesAndTheSpacesBesideThem() {
    Summit summit = PARSER.parse("`SK AI 서밋 '`는 2024년 11월 4일부터 5일까지 서울 코엑스에서 개최된 행사입니다.\n", "p")
        .summit();

    assertThat(summit.name()).hasValue("SK AI 서밋");
    assertThat(summit.venue()).hasValue("서울 코엑스");
  }

  @Test
  void frontMatterWithoutAnEndDateIsOneDayButANullEndDateIsNone() {
    Summit oneDay = PARSER.parse("---\nevent: X\nstartDate: \"2024-11-04\"\n---\n\n본문.\n", "p").summit();
    Summit noEnd = PARSER.parse("---\nevent: X\nstartDate: \"2024-11-04\"\nendDate: null\n---\n\n본문.\n", "p")
        .summit();

    assertThat(oneDay.endDate()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2024-11-04"));
    assertThat(noEnd.startDate()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2024-11-04"));
    assertThat(noEnd.endDate()).isEmpty();
  }

  @Test
  void aSessionHeaderIsNoIntroduction() {
    Summit summit = PARSER.parse("""
        **1. 인프라**
        'SK AI 서밋 2024'는 2024년 11월 4일부터 5일까지 서울 코엑스에서 열렸다.
        * **발표자:** 최태원 (SK그룹 회장)
        """, "p").summit();

    assertThat(summit.sessions()).hasSize(1);
    assertThat(summit.name()).isEmpty();
    assertThat(summit.startDate()).isEmpty();
  }

  @Test
  void aNameOfQuotesAloneIsNone() {
    Summit summit = PARSER.parse("**\"\"** 는 2024년 11월 4일부터 5일까지 서울 코엑스에서 열렸다.\n", "p").summit();

    assertThat(summit.name()).isEmpty();
    assertThat(summit.startDate()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2024-11-04"));
  }

  /** A timed session's header, like a numbered one, is no introduction: its title gives no summit dates. */
  @Test
  void aTimedSessionTitleGivesNoDates() {
    Summit summit = PARSER.parse("09:00 - 09:30: talk 2024년 11월 4일부터 5일까지 서울 코엑스\n\n* 발표자: 김철수\n", "p")
        .summit();

    assertThat(summit.sessions()).hasSize(1);
    assertThat(summit.startDate()).isEmpty();
    assertThat(summit.venue()).isEmpty();
  }

  /** A paragraph of a link alone, or of images alone, is content of its own, no introduction. */
  @Test
  void aLinkOrImagesAloneGiveNoDates() {
    Summit link = PARSER.parse("[행사는 2024년 11월 4일부터 5일까지 서울 코엑스에서](https://e.com/a)\n", "p").summit();
    Summit image = PARSER.parse("![행사는 2024년 11월 4일부터 5일까지 서울 코엑스에서](https://e.com/a.png)\n", "p")
        .summit();
    Summit prose = PARSER.parse("행사는 [2024년 11월 4일부터 5일까지](https://e.com/a) 서울 코엑스에서 열렸다.\n", "p")
        .summit();

    assertThat(link.startDate()).isEmpty();
    assertThat(link.venue()).isEmpty();
    assertThat(link.documents().get(0).content()).extracting(c -> c.type().name()).containsExactly("LINK");
    assertThat(image.startDate()).isEmpty();
    assertThat(prose.startDate()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2024-11-04"));
    assertThat(prose.venue()).hasValue("서울 코엑스");
  }
}
