package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ComparisonTable;
import dev.summit.model.Content;
import dev.summit.model.ContentType;
import dev.summit.model.Diagnostic;
import dev.summit.model.ImmutableCallout;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableParticipant;
import dev.summit.model.ImmutableSection;
import dev.summit.model.ImmutableSession;
import dev.summit.model.ImmutableSpeaker;
import dev.summit.model.Participant;
import dev.summit.model.Provenance;
import dev.summit.model.Quantity;
import dev.summit.model.Role;
import dev.summit.model.Section;
import dev.summit.model.Session;
import dev.summit.model.SessionKind;
import dev.summit.model.Severity;
import dev.summit.model.Speaker;
import dev.summit.model.Timeline;
import dev.summit.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The extract step on sessions of posts written for these tests: other conferences, other names, other units. */
class SessionEnricherTest {
  private final SessionEnricher enricher = new SessionEnricher();
  private int line = 1;
  private int claimNo = 1;

  private Provenance at() {
    int l = line++;
    return Provenance.of("forum-2025", l, l);
  }

  private Claim claim(ClaimKind kind, String text, Claim... children) {
    return ImmutableClaim.builder().id("d1-s01-c" + claimNo++).text(text).kind(kind).sectionPath("1")
        .source(at()).addChildren(children).build();
  }

  private Claim said(String text, Claim... children) {
    return claim(ClaimKind.SPEAKER, text, children);
  }

  private static Speaker speaker(String id, String name, String org, String position) {
    return ImmutableSpeaker.builder().id(id).name(name).organization(org).position(position)
        .source(Provenance.of("forum-2025", 1, 1)).build();
  }

  private Participant participant(String id, String name, Role role, String affiliation) {
    return ImmutableParticipant.builder().speakerId(id).name(name).role(role).affiliation(affiliation).source(at())
        .build();
  }

  private static final List<Speaker> REGISTRY = List.of(
      speaker("jensen-huang", "Jensen Huang", "NVIDIA", "CEO"),
      speaker("lisa-su", "Lisa Su", "AMD", "CEO"),
      speaker("satya-nadella", "Satya Nadella", "Microsoft", "회장"),
      speaker("김민수", "김민수", "서울대", "교수"),
      speaker("urs-hoelzle", "Urs Hoelzle", "Google", "Fellow"));

  private Session panel(List<Content> content) {
    return ImmutableSession.builder().id("d1-s01").title("패널토의: 가속 컴퓨팅의 다음 10년").kind(SessionKind.PANEL)
        .addParticipants(participant("jensen-huang", "Jensen Huang", Role.PANELIST, "NVIDIA CEO"),
            participant("lisa-su", "Lisa Su", Role.PANELIST, "AMD CEO"),
            participant("satya-nadella", "Satya Nadella", Role.PANELIST, "Microsoft 회장"),
            participant("김민수", "김민수", Role.MODERATOR, "서울대 교수, Moderator"))
        .addSections(ImmutableSection.builder().number("1").title("가속 컴퓨팅의 현재").content(content).source(at())
            .build())
        .source(at()).build();
  }

  @Test
  void aPanelWithTransliteratedNames() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Session session = panel(List.of(
        said("이번 패널은 김민수 교수의 사회로 진행되었으며, 엔비디아의 젠슨 황 CEO가 참석했습니다."),
        said("엔비디아의 젠슨 황 CEO는 가속 컴퓨팅이 데이터센터의 표준이 되었다고 말했습니다.",
            said("그는 GPU 한 대가 700W를 소비하며, 랙당 전력이 120kW에 이른다고 덧붙였습니다.")),
        said("특히 10년 안에 데이터센터 투자가 $1조에 이를 것이라고 전망했습니다."),
        said("AMD의 리사 수 CEO는 성능이 2년마다 두 배씩 좋아졌다고 설명했습니다."),
        said("사티아 나델라 회장은 Azure가 전 세계 60여 곳에 리전을 두고 있다고 답했습니다."),
        said("마크 저커버그 CEO는 오픈 모델을 지지했습니다."),
        said("패널들은 전력 문제가 가장 큰 과제라는 데 동의했습니다.")));
    SessionEnricher.Enriched e = enricher.enrich(session, REGISTRY, diagnostics::add);
    List<Claim> claims = e.session().claims();
    assertThat(claims).extracting(Claim::speakerIds).containsExactly(
        List.of(),
        List.of("jensen-huang"),
        List.of("jensen-huang"),
        List.of("jensen-huang"),
        List.of("lisa-su"),
        List.of("satya-nadella"),
        List.of(),
        List.of());
    assertThat(e.learnedAliases()).containsEntry("jensen-huang", List.of("젠슨 황"))
        .containsEntry("lisa-su", List.of("리사 수")).containsEntry("satya-nadella", List.of("사티아 나델라"));
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.INFO);
      assertThat(d.code()).isEqualTo("unresolved-speaker");
      assertThat(d.message()).contains("마크 저커버그");
      assertThat(d.line()).isEqualTo(session.claims().get(6).source().startLine());
      assertThat(d.column()).isEqualTo(1);
    });
    assertThat(claims.get(1).organizationSpeakerIds()).containsExactly("jensen-huang");
    assertThat(claims.get(4).organizationSpeakerIds()).containsExactly("lisa-su");
    Claim watts = claims.get(2);
    assertThat(watts.quantities()).extracting(Quantity::unit).containsExactly("kW", "kW");
    assertThat(watts.quantities()).extracting(Quantity::value).containsExactly(0.7, 120.0);
  }

  @Test
  void aKeynoteDefaultsToItsSpeakerAndReadsFiguresEverywhere() {
    Session keynote = ImmutableSession.builder().id("d1-s02").title("지속 가능한 데이터센터").kind(SessionKind.KEYNOTE)
        .addParticipants(participant("urs-hoelzle", "Urs Hoelzle", Role.SPEAKER, "Google Fellow"))
        .addContent(said("구글은 2030년까지 모든 데이터센터를 무탄소 에너지로 운영할 계획입니다."))
        .addContent(ImmutableCallout.builder().marker("💡").term("PUE란?")
            .addBody(claim(ClaimKind.EXPLAINER, "PUE는 1.1 수준이면 전체 전력의 약 10%만 냉각에 쓰인다는 뜻입니다."))
            .source(at()).build())
        .addContent(claim(ClaimKind.AUTHOR, "(후기) 3시간 동안 들은 세션 중 가장 유익했습니다."))
        .addContent(said("사티아 나델라 회장은 Microsoft도 같은 목표를 세웠다고 언급했습니다."))
        .source(at()).build();
    SessionEnricher.Enriched e = enricher.enrich(keynote, REGISTRY, d -> { });
    List<Claim> claims = e.session().claims();
    assertThat(claims.get(0).speakerIds()).containsExactly("urs-hoelzle");
    assertThat(claims.get(1).speakerIds()).isEmpty(); // an explainer
    assertThat(claims.get(1).quantities()).extracting(Quantity::text).containsExactly("10%");
    assertThat(claims.get(2).speakerIds()).isEmpty(); // the author's
    assertThat(claims.get(2).quantities()).extracting(Quantity::unit).containsExactly("hour");
    assertThat(claims.get(3).speakerIds()).isEmpty(); // another speaker of the summit speaks
    assertThat(claims.get(3).organizationSpeakerIds()).containsExactly("satya-nadella");
    assertThat(e.session().timelines()).singleElement()
        .satisfies(t -> assertThat(t.entries()).extracting(TimelineEntry::when).containsExactly("2030"));
  }

  @Test
  void derivedItemsFollowTheClaimsTheyWereReadFrom() {
    Section section = ImmutableSection.builder().number("2").title("냉각").source(at())
        .addContent(said("Lisa Su는 두 냉각 방식의 차이를 설명했습니다."))
        .addContent(said("공냉식 냉각: 팬으로 열을 식힙니다. 랙당 20kW까지 감당합니다."))
        .addContent(said("액침식 냉각: 서버를 절연유에 담급니다. 랙당 100kW 이상도 감당합니다."))
        .addContent(said("Phase 1: 시범 운영"))
        .addContent(said("Phase 2: 전면 도입"))
        .addContent(said("과거 서버는 대당 700W를 썼던 반면, 최신 서버는 최대 1.2kW를 씁니다."))
        .build();
    Session session = ImmutableSession.copyOf(panel(List.of())).withSections(section);
    Session out = enricher.enrich(session, REGISTRY, d -> { }).session();
    List<ContentType> types = out.sections().get(0).content().stream().map(Content::type).toList();
    assertThat(types).containsExactly(ContentType.CLAIM, ContentType.CLAIM, ContentType.CLAIM, ContentType.TABLE,
        ContentType.CLAIM, ContentType.CLAIM, ContentType.TIMELINE, ContentType.CLAIM, ContentType.TABLE);
    List<ComparisonTable> tables = out.comparisons();
    assertThat(tables.get(0).subjects()).containsExactly("공냉식 냉각", "액침식 냉각");
    assertThat(tables.get(0).derived()).isTrue();
    assertThat(tables.get(1).subjects()).containsExactly("과거 서버", "최신 서버");
    assertThat(tables.get(1).rows().get(0).values()).containsExactly("700W", "최대 1.2kW");
    Timeline phases = out.timelines().get(0);
    assertThat(phases.entries()).extracting(TimelineEntry::when).containsExactly("phase-1", "phase-2");
    // the labelled aspects after "…차이를 설명했습니다" are Lisa Su's
    assertThat(out.claims()).extracting(Claim::speakerIds).startsWith(List.of("lisa-su"), List.of("lisa-su"),
        List.of("lisa-su"));
  }

  @Test
  void aDialogueGoesToItsGuestUnlessTheModeratorIsNamed() {
    Session dialogue = ImmutableSession.builder().id("d1-s03").title("대담: 클라우드의 미래").kind(SessionKind.DIALOGUE)
        .addParticipants(participant("satya-nadella", "Satya Nadella", Role.SPEAKER, "Microsoft 회장"),
            participant("김민수", "김민수", Role.MODERATOR, "서울대 교수, Moderator"))
        .addContent(said("클라우드 매출은 매년 30% 이상 성장하고 있음."))
        .addContent(said("김민수 교수는 규제에 대한 생각을 물었습니다."))
        .addContent(said("다음은 제가 가장 기대한 대담이었습니다."))
        .source(at()).build();
    List<Claim> claims = enricher.enrich(dialogue, REGISTRY, d -> { }).session().claims();
    assertThat(claims).extracting(Claim::speakerIds)
        .containsExactly(List.of("satya-nadella"), List.of("김민수"), List.of());
  }

  @Test
  void hostileClaimsAreReadWithoutBlowingUp() {
    String words = "가나다 마크 아담스 CEO는 ".repeat(20_000) + "과거 서버는 700W를 쓰는 반면, 최신 서버는 1kW를 씁니다. ";
    String label = "SRAM 캐시: " + "접근 지연이 짧습니다 ".repeat(20_000);
    String label2 = "DRAM 캐시: " + "접근 지연이 깁니다 ".repeat(20_000);
    String years = "2024년: " + "9".repeat(200_000) + "년 ".repeat(1000);
    String hangulRun = "가".repeat(1_000_000) + "(Lisa Su)";
    String latinRun = "A".repeat(1_000_000) + "(이하 에이)";
    String blank = " ".repeat(1_000_000) + ":";
    Session session = panel(List.of(said(words), said(label), said(label2), said(years), said(years),
        said(hangulRun), said(latinRun), said(blank)));
    Session out = enricher.enrich(session, REGISTRY, d -> { }).session();
    assertThat(out.claims()).hasSize(8);
    assertThat(out.comparisons()).isNotEmpty();
    assertThat(out.claims().get(0).quantities()).extracting(Quantity::unit).contains("kW");
  }

  @Test
  void theSessionKeepsEverythingElse() {
    Session session = panel(List.of(said("Jensen Huang은 2~5년 안에 모든 것이 바뀐다고 말했습니다.")));
    Session out = enricher.enrich(session, REGISTRY, d -> { }).session();
    assertThat(out.id()).isEqualTo(session.id());
    assertThat(out.participants()).isEqualTo(session.participants());
    assertThat(out.sections().get(0).title()).isEqualTo("가속 컴퓨팅의 현재");
    assertThat(out.claims()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo(session.claims().get(0).id());
      assertThat(c.quantities()).singleElement().satisfies(q -> {
        assertThat(q.value()).isEqualTo(2.0);
        assertThat(q.upperValue()).isEqualTo(Optional.of(5.0));
      });
    });
  }
}
