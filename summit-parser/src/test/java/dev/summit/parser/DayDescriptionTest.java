package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/** A day's description: the texts of the concept list's other items, joined and cleaned up as one text. */
class DayDescriptionTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  @Test
  void markersLeftInTwoItemsPairUpInTheDescription() {
    Summit summit = PARSER.parse("""
        **Day 1 주요 컨셉 및 주제 정의**

        * `Key-Concept` : "**혁신**"
        * 인프라**: 반도체
        * 협력**: 생태계
        """, "p").summit();

    // each item alone keeps its lone **; joined, they are a pair CommonMark could not close, as one text has it
    assertThat(summit.days().get(0).description()).hasValue("인프라: 반도체 협력: 생태계");
  }
}
