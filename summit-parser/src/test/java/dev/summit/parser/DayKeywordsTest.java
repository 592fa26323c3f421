package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/** The keywords of a day's concept list: one per item of the list under 핵심 키워드. */
class DayKeywordsTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  @Test
  void anItemHoldingOnlyANestedListIsNoKeyword() {
    Summit summit = PARSER.parse("""
        **Day 1 주요 컨셉 및 주제 정의**
        * **핵심 키워드**:
          +   + 글로벌 협력
          + AI 인프라
        """, "p").summit();

    assertThat(summit.days().get(0).keywords()).containsExactly("AI 인프라");
  }

  @Test
  void aKeywordListHoldingALabelIsNoListedSession() {
    Summit summit = PARSER.parse("""
        **Day 2 주요 컨셉 및 주제 정의**
        * `Key-Concept` : "**개인화**"
        * **핵심 키워드**:
          * **내용:** x
          + AI 에이전트 기술
        """, "p").summit();

    assertThat(summit.sessions()).isEmpty();
    assertThat(summit.days().get(0).keywords()).containsExactly("내용: x", "AI 에이전트 기술");
  }

  @Test
  void anItemHoldingOnlyAnImageIsNoKeyword() {
    Summit summit = PARSER.parse("""
        **Day 1 주요 컨셉 및 주제 정의**
        * **핵심 키워드**:
          + AI 인프라
          + ![](https://e.com/a.png)
        """, "p").summit();

    assertThat(summit.days().get(0).keywords()).containsExactly("AI 인프라");
  }
}
