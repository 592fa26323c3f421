package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/** A section's title from its bold line or heading: the number, stray emphasis markers and a trailing colon go. */
class SectionTitleTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  private static final String SESSION = "## 1. 반도체\n\n> * **발표자:** 곽노정 (SK하이닉스 CEO)\n\n";

  @Test
  void markersLeftBeforeTheTrailingColonGoWithIt() {
    Summit summit = PARSER.parse(SESSION + "**1. 제목**접근법**:\n\n* 내용.\n", "p").summit();

    assertThat(summit.sessions().get(0).sections().get(0).title()).isEqualTo("제목접근법");
  }

  @Test
  void theTitleReadsAsItselfInAHeading() {
    Summit summit = PARSER.parse(SESSION + "### 1. 제목접근법\n\n* 내용.\n", "p").summit();

    assertThat(summit.sessions().get(0).sections().get(0).title()).isEqualTo("제목접근법");
  }

  /** A run of stray markers with spaces among them ({@code * * * *}) goes at once, so the title reads as itself. */
  @Test
  void aRunOfStrayMarkersAndSpacesGoesAtOnce() {
    Summit bold = PARSER.parse("**2. 대담: AI의 미래** * * * * * * * *\n\n> * **발표자:** 김철수\n", "p").summit();
    Summit heading = PARSER.parse("## 2. 대담: AI의 미래 \\* \\* \\* _ \\*\n\n> * **발표자:** 김철수\n", "p").summit();

    assertThat(bold.sessions().get(0).title()).isEqualTo("대담: AI의 미래");
    assertThat(heading.sessions().get(0).title()).isEqualTo("대담: AI의 미래");
  }
}
