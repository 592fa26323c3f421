package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Participant;
import dev.summit.model.Role;
import dev.summit.model.Session;
import dev.summit.model.SessionKind;
import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/** How session headers, their label blocks and their participants are read from the post's structure. */
class SessionStructureTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  /**
   * A listed session's labels come from the list nested in its item: when the item's own line is label-shaped,
   * the outer list is a label block too, and its nested list is no list of the names of the item's first label.
   */
  @Test
  void aListedSessionReadsTheNamesOfItsOwnLabels() {
    Summit summit = PARSER.parse("* 발표자: 김\n  * 발표자: 이 (회사)\n", "p").summit();

    Session session = summit.sessions().get(0);
    assertThat(session.title()).isEqualTo("발표자: 김");
    assertThat(session.participants()).extracting(Participant::name).containsExactly("이");
  }

  /** A timed line's inline label comes before its label block's: each label reads its own item's nested names. */
  @Test
  void aTimedLineWithAnInlineLabelReadsTheNestedNamesOfItsBlock() {
    Summit summit = PARSER.parse("09:00 - 09:30: 대담 — 발표자: 김\n\n* 참여자:\n  * 이 (회사)\n", "p").summit();

    Session session = summit.sessions().get(0);
    assertThat(session.participants()).extracting(Participant::name).containsExactly("김", "이");
  }

  /** The detail decides the kind: the panelists of an agenda entry read as a panel are speakers of a keynote. */
  @Test
  void anAgendaPanelDetailedAsAKeynoteHasSpeakers() {
    Summit summit = PARSER.parse("**9. 패널 토론**\n\n* **참여자:** 김 (회사), 이 (회사)\n\n**9. 기조연설**\n\n"
        + "* **발표자:**\n", "p").summit();

    Session session = summit.sessions().get(0);
    assertThat(session.kind()).isEqualTo(SessionKind.KEYNOTE);
    assertThat(session.participants()).extracting(Participant::role).containsExactly(Role.SPEAKER, Role.SPEAKER);
  }

  /** A quote's line naming labels after other text (a review's (후기)) is prose, no single-session post's labels. */
  @Test
  void aQuotedLineNamingLabelsAfterOtherTextIsNoLabelLine() {
    Summit summit = PARSER.parse("> (후기) 좋았다 발표자: 김철수 title: 제목\n", "p").summit();

    assertThat(summit.sessions()).isEmpty();
    assertThat(summit.speakers()).isEmpty();
  }

  @Test
  void aQuotedLineOfLabelsIsASingleSessionPost() {
    Summit summit = PARSER.parse("> 제목: 세션 발표자: 김철수\n", "p").summit();

    assertThat(summit.sessions()).extracting(Session::title).containsExactly("세션");
  }
}
