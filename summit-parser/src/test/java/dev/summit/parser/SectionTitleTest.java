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
}
