package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/**
 * A speaker the agenda and the detail both give an affiliation: organisation and position come as a pair from
 * one side, as one affiliation split them, so that one affiliation can give them back.
 */
class AgendaDetailAffiliationTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  private static Speaker speaker(String agenda, String detail) {
    Summit summit = PARSER.parse("""
        **6. AI의 실현**

        * **발표자:** Kai Fu Lee (%s)

        ## 6. AI의 실현

        > * **발표자:** Kai Fu Lee (%s)
        """.formatted(agenda, detail), "p").summit();
    return summit.speakers().get(0);
  }

  @Test
  void theSideNamingBothIsKept() {
    // the agenda's last part has no position word: Sinovation Ventures / Rhymes AI 회잘 (31 chars); the
    // detail's has: Sinovation Ventures, Rhymes AI / 회장 (32 chars), the longer pair
    Speaker s = speaker("Sinovation Ventures, Rhymes AI 회잘", "Sinovation Ventures, Rhymes AI 회장");

    // before, the longer of each: Sinovation Ventures, Rhymes AI / Rhymes AI 회잘, which no affiliation splits into
    assertThat(s.organization()).hasValue("Sinovation Ventures, Rhymes AI");
    assertThat(s.position()).hasValue("회장");
  }

  @Test
  void theSideNamingMoreIsKept() {
    Speaker s = speaker("SK그룹·회장", "SK그룹 회장");

    assertThat(s.organization()).hasValue("SK그룹");
    assertThat(s.position()).hasValue("회장");
  }

  @Test
  void whatTheKeptSideLacksComesFromTheOther() {
    Speaker s = speaker("Lambda", "CEO");

    assertThat(s.organization()).hasValue("Lambda");
    assertThat(s.position()).hasValue("CEO");
  }
}
