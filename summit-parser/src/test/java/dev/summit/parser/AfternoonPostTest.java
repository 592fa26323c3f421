package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.summit.model.DayPart;
import dev.summit.model.Diagnostic;
import dev.summit.model.Participant;
import dev.summit.model.Provenance;
import dev.summit.model.Role;
import dev.summit.model.Session;
import dev.summit.model.SessionKind;
import dev.summit.model.Severity;
import dev.summit.model.SourceDocument;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Day 1 afternoon post of the bundled corpus, checked value by value. */
class AfternoonPostTest {
  private static final String DOC = "sk-ai-summit-2024-day1-afternoon";
  private static ParseResult result;
  private static Summit summit;

  @BeforeAll
  static void parse() {
    result = RecapParser.builder().build().parse(Corpus.AFTERNOON);
    summit = result.summit();
  }

  @Test
  void tenSessionsNumberedFiveToFourteenWithExactTitles() {
    assertThat(summit.sessions()).extracting(s -> s.number().orElseThrow())
        .containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    assertThat(summit.sessions()).extracting(Session::title).containsExactly(
        "AI의 미래",
        "AI의 실현: GenAI의 잠재력을 발휘하고 더 건강한 생태계를 구축하기 위한 로드맵",
        "AI Infra 구축 시장의 현황과 전망",
        "오픈 모델과 GPUs As-A-Service로 AI를 제어하라",
        "패널토의: AI 시대 Infrastructure의 현재와 미래",
        "첨단 원자력 에너지로 AI 구동하기",
        "AI 발전을 위한 기술적 요구사항",
        "Rethinking Silicon at the Dawn of the AI Era",
        "패널토의: AI 반도체와 인프라의 진화",
        "Perplexity의 AI 검색으로 더욱 탐구적이고 효율적인 세상 만들기");
  }

  @Test
  void englishTitlesWhereThePostGivesThem() {
    assertThat(summit.sessions()).extracting(s -> s.number().orElseThrow(), Session::englishTitle)
        .contains(
            tuple(6, Optional.of("Making AI Work: A Roadmap to Unleash GenAI and Build a Healthier Ecosystem")),
            tuple(7, Optional.of("AI Infra Market: Current Status and Outlook")),
            tuple(8, Optional.of("Take Control of AI with Open Models and GPUs As-A-Service(GPUaaS)")),
            tuple(5, Optional.empty()));
  }

  @Test
  void sessionsNineAndThirteenArePanelsTheOthersKeynotes() {
    assertThat(summit.sessions()).filteredOn(s -> s.kind() == SessionKind.PANEL)
        .extracting(s -> s.number().orElseThrow()).containsExactly(9, 13);
    assertThat(summit.sessions()).filteredOn(s -> s.kind() == SessionKind.KEYNOTE).hasSize(8);
    assertThat(summit.expectSession(9).participants(Role.MODERATOR)).extracting(Participant::name)
        .containsExactly("오혜연");
    assertThat(summit.expectSession(13).participants(Role.MODERATOR)).extracting(Participant::name)
        .containsExactly("Gary Grider");
    assertThat(summit.expectSession(13).participants(Role.PANELIST)).extracting(Participant::name)
        .containsExactly("Steve Scott", "Mohamed Awad", "Bryan Black", "이강욱");
  }

  @Test
  void thirteenDistinctSpeakersWithOrganisationAndPosition() {
    assertThat(summit.speakers()).hasSize(13);
    assertThat(summit.speakers()).allSatisfy(s -> {
      assertThat(s.organization()).as(s.name()).isPresent();
      assertThat(s.position()).as(s.name()).isPresent();
    });
    assertThat(summit.expectSpeaker("Rani Borkar"))
        .extracting(Speaker::organization, Speaker::position)
        .containsExactly(Optional.of("Microsoft"), Optional.of("CVP"));
    assertThat(summit.expectSpeaker("Bryan Black"))
        .extracting(Speaker::organization, Speaker::position)
        .containsExactly(Optional.of("Chipletz"), Optional.of("CEO & Chairman"));
    assertThat(summit.expectSpeaker("Gary Grider"))
        .extracting(Speaker::organization, Speaker::position)
        .containsExactly(Optional.of("Los Alamos National Laboratory"), Optional.of("HPC Division Leader"));
    assertThat(summit.expectSpeaker("오혜연"))
        .extracting(Speaker::organization, Speaker::position, Speaker::honorific)
        .containsExactly(Optional.of("KAIST"), Optional.of("교수"), Optional.of("교수"));
  }

  @Test
  void participantsKeepTheAffiliationExactlyAsWritten() {
    assertThat(summit.expectSession(13).participants()).extracting(p -> p.affiliation().orElseThrow())
        .containsExactly("AMD Corporate Fellow", "Arm SVP", "Chipletz CEO & Chairman", "SK하이닉스 부사장",
            "Los Alamos National Laboratory, HPC Division Leader, Moderator");
  }

  @Test
  void reviewsInEverySessionButElevenAndSeventyOneImages() {
    assertThat(summit.sessions()).filteredOn(s -> !s.reviews().isEmpty())
        .extracting(s -> s.number().orElseThrow()).containsExactly(5, 6, 7, 8, 9, 10, 12, 13, 14);
    int sessionImages = summit.sessions().stream().mapToInt(s -> s.images().size()).sum();
    long documentImages = summit.documents().get(0).content().stream()
        .filter(c -> c.type() == dev.summit.model.ContentType.IMAGE).count();
    assertThat(sessionImages + documentImages).isEqualTo(71);
  }

  @Test
  void brokenAgendaEntrySevenGivesACleanTitleAndADiagnostic() {
    assertThat(summit.expectSession(7).title()).isEqualTo("AI Infra 구축 시장의 현황과 전망");
    assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("stray-emphasis"))
        .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::severity)
        .containsExactly(tuple(61, 1, Severity.WARNING));
  }

  @Test
  void theDetailsSpellingOfLeeKangWookIsAnAliasWithADiagnostic() {
    Speaker lee = summit.expectSpeaker("이강욱");
    assertThat(lee.aliases()).containsExactly("이강옥");
    assertThat(summit.findSpeaker("이강옥")).contains(lee);
    assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("speaker-spelling-variant"))
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(tuple(1061, "session 13 writes 이강옥 for 이강욱 (same organisation and position); "
            + "recorded as an alias"));
  }

  @Test
  void provenanceLinesOfSomeElements() {
    Session five = summit.expectSession(5);
    assertThat(five.source()).isEqualTo(Provenance.of(DOC, 103, 212));
    assertThat(five.images().get(0).source()).isEqualTo(Provenance.of(DOC, 109, 109));
    assertThat(five.claims().get(0).text()).startsWith("1962년, 존 F. 케네디 대통령은");
    assertThat(five.claims().get(0).source()).isEqualTo(Provenance.of(DOC, 113, 113));
    assertThat(five.callouts().get(0).term()).contains("무어의 법칙(Moore’s Law)이란?");
    assertThat(five.callouts().get(0).source().startLine()).isEqualTo(146);
    assertThat(five.reviews().get(0).source()).isEqualTo(Provenance.of(DOC, 212, 212));
    // code spans in the text, the callout and the review quote, in the model's order
    assertThat(five.keywords()).containsExactly("대규모 투자", "산업 간 협력", "인간의 인내와 창의력",
        "고든 무어(Gordon Moore)", "AI 가속기(GPU, TPU, NPU 등)", "속도", "규모", "지속 가능성");
    assertThat(summit.expectSession(6).comparisons().get(0).source()).isEqualTo(Provenance.of(DOC, 291, 297));
    assertThat(summit.expectSession(9).participants(Role.MODERATOR).get(0).source().startLine()).isEqualTo(522);
  }

  @Test
  void sectionTreeFollowsDottedNumbers() {
    Session eleven = summit.expectSession(11);
    assertThat(eleven.sections()).extracting(s -> s.number()).containsExactly("1", "2", "3", "4", "5");
    var two = eleven.sections().get(1);
    assertThat(two.subsections()).extracting(s -> s.number()).containsExactly("2.1", "2.2", "2.3");
    assertThat(two.subsections().get(2).subsections()).extracting(s -> s.number(), s -> s.title())
        .containsExactly(tuple("2.3.1", "데이터센터에서의 전력 소비 구조"), tuple("2.3.2", "데이터 이동 에너지 최적화"),
            tuple("2.3.3", "전력 효율적인 시스템 설계"));
  }

  @Test
  void comparisonTableOfSessionSix() {
    var table = summit.expectSession(6).comparisons().get(0);
    assertThat(table.subjects()).containsExactly("AI 네이티브 앱", "AI 에이전트");
    assertThat(table.rows()).extracting(r -> r.attribute())
        .containsExactly("목적", "작동 방식", "자동화 수준", "자율성", "예시");
    assertThat(table.rows().get(0).values())
        .containsExactly("특정 기능 제공 (예: 텍스트 생성, 이미지 편집)", "사용자 목표 달성 (예: 자동화된 문제 해결)");
  }

  @Test
  void summitFactsAndDocument() {
    assertThat(summit.name()).contains("SK AI 서밋 2024");
    assertThat(summit.startDate()).contains(LocalDate.of(2024, 11, 4));
    assertThat(summit.endDate()).contains(LocalDate.of(2024, 11, 5));
    assertThat(summit.venue()).contains("서울 코엑스");
    assertThat(summit.year()).contains(2024);
    assertThat(summit.days()).extracting(d -> d.number(), d -> d.date().orElseThrow())
        .containsExactly(tuple(1, LocalDate.of(2024, 11, 4)), tuple(2, LocalDate.of(2024, 11, 5)));
    assertThat(summit.findDay(1).orElseThrow().keyConcept())
        .contains("AI 생태계와 인프라의 혁신: 기술, 협력, 그리고 지속 가능성");
    assertThat(summit.findDay(1).orElseThrow().keywords())
        .containsExactly("AI 생태계 강화", "반도체 및 AI 인프라", "지속 가능 에너지 활용", "Generative AI", "글로벌 협력");
    assertThat(summit.findDay(1).orElseThrow().coveredParts()).containsExactly(DayPart.AFTERNOON);
    SourceDocument doc = summit.documents().get(0);
    assertThat(doc.id()).isEqualTo(DOC);
    assertThat(doc.title()).contains("[정리] SK AI SUMMIT 키노트 정리 - Day1 오후");
    assertThat(doc.date()).contains(LocalDate.of(2024, 11, 9));
    assertThat(doc.tags()).containsExactly("Conference", "Conference | SK-AI");
    assertThat(doc.sourceUrl()).contains("https://velog.io/@euisuk-chung/SKAISUMMIT2024DAY1-오후");
    assertThat(doc.day()).contains(1);
    assertThat(doc.part()).contains(DayPart.AFTERNOON);
    assertThat(doc.lineCount()).isEqualTo(1227);
    assertThat(doc.contentHash()).hasSize(64);
  }

  @Test
  void stableIdsWithoutLineNumbers() {
    assertThat(summit.sessions()).extracting(Session::id)
        .containsExactly("d1-s05", "d1-s06", "d1-s07", "d1-s08", "d1-s09", "d1-s10", "d1-s11", "d1-s12", "d1-s13",
            "d1-s14");
    assertThat(summit.expectSession("d1-s05").claims().get(0).id()).isEqualTo("d1-s05-c001");
    List<String> again = RecapParser.builder().build().parse(Corpus.AFTERNOON).summit().claims().stream()
        .map(c -> c.id()).toList();
    assertThat(again).isEqualTo(summit.claims().stream().map(c -> c.id()).toList());
  }
}
