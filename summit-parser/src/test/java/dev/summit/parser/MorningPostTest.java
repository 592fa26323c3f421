package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.summit.model.ContentType;
import dev.summit.model.DayPart;
import dev.summit.model.Participant;
import dev.summit.model.Role;
import dev.summit.model.Section;
import dev.summit.model.Session;
import dev.summit.model.SessionKind;
import dev.summit.model.Summit;
import dev.summit.model.TableOrigin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Day 1 morning post: a byte-order mark, CRLF line ends, a dialogue and a table. */
class MorningPostTest {
  private static Summit summit;

  @BeforeAll
  static void parse() {
    summit = RecapParser.builder().build().parse(Corpus.MORNING).summit();
  }

  @Test
  void fourSessions() {
    assertThat(summit.sessions()).extracting(s -> s.number().orElseThrow(), Session::kind, Session::title)
        .containsExactly(
            tuple(1, SessionKind.KEYNOTE, "협력으로 만들어가는 AI 생태계: AI Tomorrow, AI Together"),
            tuple(2, SessionKind.DIALOGUE, "대담: AI의 미래"),
            tuple(3, SessionKind.KEYNOTE, "Embracing the Future: SK's Approach to Next Era of AI"),
            tuple(4, SessionKind.KEYNOTE, "차세대 AI Memory의 새로운 여정, 하드웨어를 넘어 일상으로"));
  }

  @Test
  void sessionTwoIsADialogueOfGregBrockmanAndItsModerator() {
    Session two = summit.expectSession(2);
    assertThat(two.participants()).extracting(Participant::name, Participant::role)
        .containsExactly(tuple("Greg Brockman", Role.SPEAKER), tuple("이준표", Role.MODERATOR));
    assertThat(summit.expectSpeaker("Greg Brockman").organization()).contains("OpenAI");
    assertThat(summit.expectSpeaker("Greg Brockman").position()).contains("회장 겸 사장, 공동창립자");
  }

  @Test
  void unnumberedBoldHeadersGroupTheRestartedNumbering() {
    Session two = summit.expectSession(2);
    assertThat(two.sections()).extracting(Section::number, Section::title).startsWith(
        tuple("", "OpenAI의 비전과 여정"), tuple("", "AI의 현재와 미래"), tuple("", "AI와 산업, 일자리"));
    assertThat(two.sections().get(1).subsections()).extracting(Section::number, Section::title)
        .containsExactly(tuple("1", "현재"), tuple("2", "미래"));
  }

  @Test
  void theComparisonTableOfSessionFourIsATableElement() {
    Session four = summit.expectSession(4);
    var tables = four.comparisons().stream().filter(t -> t.origin() == TableOrigin.TABLE).toList();
    assertThat(tables).hasSize(1);
    var table = tables.get(0);
    assertThat(table.type()).isEqualTo(ContentType.TABLE);
    assertThat(table.origin()).isEqualTo(TableOrigin.TABLE);
    assertThat(table.title()).contains("정리");
    assertThat(table.attributeHeader()).contains("구분");
    assertThat(table.subjects()).containsExactly("메모리 반도체", "비메모리 반도체");
    assertThat(table.rows()).extracting(r -> r.attribute())
        .containsExactly("주요 역할", "대표 제품", "적용 분야", "기술적 초점", "생산 방식");
  }

  @Test
  void imageCreditsFollowTheirImages() {
    var images = summit.expectSession(1).images();
    assertThat(images.get(0).credit()).hasValueSatisfying(c -> assertThat(c).isEqualTo("최태원 회장, SKT 뉴스룸 (링크)"));
    assertThat(images.get(0).source().startLine()).isEqualTo(78);
    assertThat(images.get(0).source().endLine()).isEqualTo(80);
    // the credit's link keeps its destination as a Link right after the image
    var links = summit.expectSession(1).links();
    assertThat(links.get(0).url()).isEqualTo("https://news.sktelecom.com/208195");
    assertThat(links.get(0).text()).isEqualTo("링크");
    assertThat(links.get(0).source().startLine()).isEqualTo(80);
  }

  @Test
  void theMorningAndItsReviewAreRead() {
    assertThat(summit.documents().get(0).part()).contains(DayPart.MORNING);
    assertThat(summit.expectSession(1).reviews()).extracting(r -> r.text())
        .anySatisfy(t -> assertThat(t).startsWith("전반적으로 SK에서 어떤식으로 AI를 바라보고 있으며"));
    assertThat(summit.documents().get(0).lineCount()).isEqualTo(933);
  }
}
