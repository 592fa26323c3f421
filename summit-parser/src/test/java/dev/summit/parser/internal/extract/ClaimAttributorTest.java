package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ClaimAttributorTest {
  private final ClaimAttributor attributor = new ClaimAttributor();

  static NameMatcher.Person person(String id, String name, String affiliation, boolean participant) {
    return new NameMatcher.Person(id, name, List.of(),
        NameMatcher.organisationsOf(Optional.empty(), Optional.ofNullable(affiliation)),
        NameMatcher.positionsOf(Optional.empty(), Optional.ofNullable(affiliation)), participant);
  }

  private static final List<NameMatcher.Person> PANEL_9 = List.of(
      person("yoo", "유영상", "SK텔레콤 CEO", true),
      person("adams", "Mark Adams", "Penguin Solutions CEO", true),
      person("balaban", "Stephen Balaban", "Lambda CEO", true),
      person("oh", "오혜연", "KAIST 교수, Moderator", true),
      person("lee", "이강욱", "SK하이닉스 부사장", false),
      person("kaifu", "Kai Fu Lee", "Sinovation Ventures, Rhymes AI 회장", false));

  private static final List<NameMatcher.Person> PANEL_13 = List.of(
      person("scott", "Steve Scott", "AMD Corporate Fellow", true),
      person("awad", "Mohamed Awad", "Arm SVP", true),
      person("black", "Bryan Black", "Chipletz CEO & Chairman", true),
      person("lee", "이강욱", "SK하이닉스 부사장", true),
      person("grider", "Gary Grider", "Los Alamos National Laboratory, HPC Division Leader, Moderator", true));

  private static Set<String> ids(List<NameMatcher.Person> people) {
    return Set.copyOf(people.stream().filter(NameMatcher.Person::participant).map(NameMatcher.Person::id).toList());
  }

  private List<String> panel(List<NameMatcher.Person> people, String text) {
    return attributor.attribute(text, new NameMatcher(people), ids(people), List.of()).speakerIds();
  }

  @Test
  void panelClaimsGoToTheNamedSubject() {
    assertThat(panel(PANEL_9, "람다의 스티븐 발라반 CEO는 GPU 호스팅 데이터센터가 2017년부터 본격화되었다고 설명했습니다."))
        .containsExactly("balaban");
    assertThat(panel(PANEL_9, "펭귄 솔루션의 마크 아담스 CEO는 AI 데이터센터의 변화 속도가 다르다고 지적했습니다."))
        .containsExactly("adams");
    assertThat(panel(PANEL_9, "SK텔레콤 유영상 CEO는 통신사가 이미 데이터센터 사업을 운영하고 있다고 말했습니다."))
        .containsExactly("yoo");
    assertThat(panel(PANEL_9, "마크 아담스 CEO 역시 파트너십의 중요성을 강조했습니다.")).containsExactly("adams");
    assertThat(panel(PANEL_13, "Bryan Black은 칩렛 기술의 잠재력을 논의했습니다.")).containsExactly("black");
    assertThat(panel(PANEL_13, "Mohamed Awad는 \"GPU\"라는 용어가 너무 일반화되어 있다고 지적했습니다."))
        .containsExactly("awad");
    assertThat(panel(PANEL_13, "Scott은 클라우드 환경에서는 GPU가 적합하다고 설명했습니다.")).containsExactly("scott");
  }

  @Test
  void aSpellingOneVowelAwayNeedsTheOrganisationOrPositionBesideIt() {
    NameMatcher names = new NameMatcher(PANEL_13);
    assertThat(attributor.attribute("SK하이닉스의 이강옥 부사장은 패키징 기술이 핵심이라고 말했습니다.", names, ids(PANEL_13),
        List.of()).speakerIds()).containsExactly("lee");
    assertThat(names.learned()).containsEntry("lee", List.of("이강옥"));
    assertThat(panel(PANEL_13, "이강옥은 패키징 기술이 핵심이라고 말했습니다.")).isEmpty();
  }

  @Test
  void conjoinedSubjectsNameBoth() {
    assertThat(panel(PANEL_13, "Steve Scott와 Mohamed Awad는 GPU와 가속기의 역할을 논의했습니다."))
        .containsExactly("scott", "awad");
  }

  @Test
  void aRosterSentenceNamesNobody() {
    assertThat(panel(PANEL_13, "이 패널에는 AMD의 Steve Scott, ARM의 Mohamed Awad, Chipletz의 Bryan Black, "
        + "SK하이닉스의 이강옥 부사장이 참여했으며, Los Alamos National Laboratory의 Gary Grider가 진행을 맡았습니다."))
        .isEmpty();
    assertThat(panel(PANEL_9, "이번 패널은 오혜연 KAIST 교수의 사회로 진행되었으며, SK텔레콤의 유영상 CEO가 참석했습니다."))
        .isEmpty();
  }

  @Test
  void sentencesWithoutANamedSubjectNameNobodyInAPanel() {
    assertThat(panel(PANEL_13, "AI 인프라에서 전력 소모와 냉각 문제는 중요한 도전 과제로 떠오르고 있습니다.")).isEmpty();
    assertThat(panel(PANEL_9, "Lambda의 기술은 SK텔레콤과 함께 성장했습니다.")).isEmpty();
  }

  @Test
  void aNonParticipantIsNotAttributedInAPanel() {
    assertThat(panel(PANEL_9, "SK하이닉스의 이강옥 부사장은 HBM이 중요하다고 말했습니다.")).isEmpty();
  }

  @Test
  void aShortFormIsTrustedAfterTheFullForm() {
    NameMatcher names = new NameMatcher(PANEL_9);
    Set<String> participants = ids(PANEL_9);
    assertThat(attributor.attribute("스티븐은 오픈 소스 모델이 성장한다고 설명했습니다.", names, participants, List.of())
        .speakerIds()).isEmpty();
    attributor.attribute("람다의 스티븐 발라반 CEO는 새로운 시대를 열었다고 강조했습니다.", names, participants, List.of());
    assertThat(attributor.attribute("스티븐은 오픈 소스 모델이 성장한다고 설명했습니다.", names, participants, List.of())
        .speakerIds()).containsExactly("balaban");
    assertThat(names.learned()).containsEntry("balaban", List.of("스티븐 발라반"));
  }

  @Test
  void declaredAliasesAreLearned() {
    List<NameMatcher.Person> people = List.of(person("kaifu", "Kai Fu Lee", "Sinovation Ventures, Rhymes AI 회장", true),
        person("aravind", "Aravind Srinivas", "Perplexity 공동창립자, CEO", false));
    NameMatcher names = new NameMatcher(people);
    names.learnDeclared("Kai Fu Lee(이하 카플리) 회장은 생성형 AI가 중요하다고 강조했습니다.");
    names.learnDeclared("공동창립자인 아라빈드 스리니바스(Aravind Srinivas)는 비전을 소개했습니다.");
    assertThat(names.learned()).containsEntry("kaifu", List.of("카플리"))
        .containsEntry("aravind", List.of("아라빈드 스리니바스"));
    assertThat(attributor.attribute("카플리 회장은 앱이 중요하다고 역설했습니다.", names, Set.of("kaifu"), List.of())
        .speakerIds()).containsExactly("kaifu");
  }

  @Test
  void keynoteClaimsDefaultToTheSpeakerUnlessAnotherPersonSpeaks() {
    List<NameMatcher.Person> people = List.of(person("chey", "최태원", "SK그룹 회장", true));
    NameMatcher names = new NameMatcher(people);
    List<String> speaker = List.of("chey");
    assertThat(attributor.attribute("AI는 아직 초기 단계이며 난제들이 존재함.", names, Set.of("chey"), speaker)
        .speakerIds()).containsExactly("chey");
    ClaimAttributor.Attribution other = attributor.attribute(
        "Microsoft 사티아 나델라 회장은 SK와의 협력을 중요한 사례로 언급.", names, Set.of("chey"), speaker);
    assertThat(other.speakerIds()).isEmpty();
    assertThat(other.unresolved()).extracting(NameMatcher.Mention::surface).containsExactly("사티아 나델라");
    assertThat(attributor.attribute("1962년, 존 F. 케네디 대통령은 아폴로 프로그램을 시작했습니다.", names, Set.of("chey"),
        speaker).speakerIds()).containsExactly("chey");
    assertThat(attributor.attribute("NVIDIA의 젠슨 황과 협력하여 AI 가속기를 개발.", names, Set.of("chey"), speaker)
        .speakerIds()).containsExactly("chey");
  }

  @Test
  void anotherPanelWithTransliteratedNames() {
    List<NameMatcher.Person> people = List.of(
        person("huang", "Jensen Huang", "NVIDIA CEO", true),
        person("su", "Lisa Su", "AMD CEO", true),
        person("altman", "Sam Altman", "OpenAI CEO", true),
        person("kim", "김민수", "서울대 교수, Moderator", true));
    NameMatcher names = new NameMatcher(people);
    Set<String> all = ids(people);
    assertThat(attributor.attribute("엔비디아의 젠슨 황 CEO는 가속 컴퓨팅이 표준이 될 것이라고 말했습니다.", names, all, List.of())
        .speakerIds()).containsExactly("huang");
    assertThat(attributor.attribute("샘 올트먼 CEO는 추론 비용이 매년 10배씩 떨어진다고 답했습니다.", names, all, List.of())
        .speakerIds()).containsExactly("altman");
    assertThat(attributor.attribute("김민수 교수는 세 사람에게 전력 문제를 물었습니다.", names, all, List.of()).speakerIds())
        .containsExactly("kim");
    // 리사 수 has a three-class skeleton only: not trusted without a position beside it
    assertThat(attributor.attribute("리사 수는 칩렛을 강조했습니다.", names, all, List.of()).speakerIds()).isEmpty();
    assertThat(attributor.attribute("리사 수 CEO는 칩렛을 강조했습니다.", names, all, List.of()).speakerIds())
        .containsExactly("su");
    // an unknown person is not guessed
    ClaimAttributor.Attribution unknown = attributor.attribute("마크 주커버그 CEO는 오픈 모델을 지지했습니다.", names, all,
        List.of());
    assertThat(unknown.speakerIds()).isEmpty();
    assertThat(unknown.unresolved()).extracting(NameMatcher.Mention::surface).containsExactly("마크 주커버그");
  }

  @Test
  void organisationsAreLinked() {
    NameMatcher names = new NameMatcher(PANEL_9);
    assertThat(names.organisations("람다는 SK와의 파트너십을 통해 클러스터를 구축합니다.")).containsExactly("balaban");
    assertThat(names.organisations("Penguin Solutions는 SK텔레콤과의 협력을 통해")).containsExactlyInAnyOrder("adams", "yoo");
    assertThat(names.organisations("펭귄 솔루션에 도움을 요청했습니다.")).containsExactly("adams");
    assertThat(names.organisations("SK 하이닉스는 HBM을 만듭니다.")).containsExactly("lee");
    assertThat(names.organisations("Meta와 NVIDIA, 한수원은 협력합니다.")).isEmpty();
    // sound-alikes: "리모트 노드" is not 람다 (Lambda), "칩을 다시" is not 칩플렛 (Chipletz)
    assertThat(names.organisations("리모트 노드와의 데이터 이동")).isEmpty();
    assertThat(new NameMatcher(PANEL_13).organisations("수선이 완료된 칩을 다시 테스트하여")).isEmpty();
    assertThat(new NameMatcher(PANEL_13).organisations("Chipletz는 유리 기판을 만듭니다.")).containsExactly("black");
  }

  @Test
  void theAuthorsVoiceAndDigressions() {
    assertThat(ClaimAttributor.authorVoice("다음은 제가 기대하던 세션이었습니다.")).isTrue();
    assertThat(ClaimAttributor.authorVoice("지속 가능성 문제가 시급합니다.")).isFalse(); // 문제가, not 제가
    assertThat(ClaimAttributor.authorVoice("이번 블로그에서는 패널 토론을 정리합니다.")).isTrue();
    assertThat(ClaimAttributor.authorVoice("워드프레스와 같은 독립 블로그와도 협력합니다.")).isFalse();
    assertThat(ClaimAttributor.startsDigression("옆 길로 잠깐 빠져서 시장 조사를 좀 해보았습니다.")).isTrue();
    assertThat(ClaimAttributor.startsDigression("조금 더 디테일하게 각 기업의 역할을 살펴보도록 하겠습니다.")).isTrue();
    assertThat(ClaimAttributor.startsDigression("각각에 대해서 한번 살펴보겠습니다:")).isFalse();
    assertThat(ClaimAttributor.endsDigression("다시 본론으로 넘어가겠습니다 :)")).isTrue();
    NameMatcher names = new NameMatcher(List.of(person("chey", "최태원", "SK그룹 회장", true)));
    assertThat(attributor.attribute("여기서부터는 제가 조사한 내용입니다.", names, Set.of("chey"), List.of("chey"))
        .speakerIds()).isEmpty();
  }

  @Test
  void englishSpeechVerbsNameASubject() {
    assertThat(panel(PANEL_13, "Bryan Black said chiplets cut costs.")).containsExactly("black");
    assertThat(panel(PANEL_13, "Bryan Black's company builds chiplets.")).isEmpty();
  }

  @Property(tries = 300)
  void anyTextGivesParticipantsOnly(@ForAll @StringLength(max = 120) String noise) {
    NameMatcher names = new NameMatcher(PANEL_13);
    for (String text : List.of(noise, noise + " Bryan Black은 " + noise, "이강옥 부사장" + noise)) {
      names.learnDeclared(text);
      List<String> ids = attributor.attribute(text, names, ids(PANEL_13), List.of()).speakerIds();
      assertThat(ids(PANEL_13)).containsAll(ids);
      assertThat(ids).doesNotHaveDuplicates();
    }
  }

  @Test
  void continuationMarkers() {
    assertThat(ClaimAttributor.continues("특히 유리 기판과 같은 새로운 소재가 중요합니다.")).isTrue();
    assertThat(ClaimAttributor.continues("그는 이러한 전략이 핵심이라고 밝혔습니다.")).isTrue();
    assertThat(ClaimAttributor.continues("특히나")).isFalse();
    assertThat(ClaimAttributor.continues("AI의 추론과 훈련에 필요한 자원이 증가합니다.")).isFalse();
  }

  /** The pattern the sentence splitter replaces; its non-blank pieces must be the same. */
  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("(?<=[.!?。])(?<!\\s[A-Z]\\.)\\s+|\\n+");

  @Test
  void sentencesAreThePiecesOfTheSentencePattern() {
    for (String text : List.of("", " ", "\n", "a. b", "Greg J. Brockman은 말했다. 그는 웃었다!  다음\n\n줄", "끝.",
        "끝. ", ". 시작", "A.\tB", "x A. y", "xA. y", "?\n\n", "a。b。 c", "\r\n둘\r\n", "J. K. Rowling said so.")) {
      assertThat(nonBlank(ClaimAttributor.sentences(text))).as(text)
          .isEqualTo(nonBlank(List.of(SENTENCE_END.split(text))));
    }
  }

  @Property(tries = 300)
  void sentencesAreThePiecesOfTheSentencePatternForAnyText(@ForAll @StringLength(max = 40) String text) {
    assertThat(nonBlank(ClaimAttributor.sentences(text))).isEqualTo(nonBlank(List.of(SENTENCE_END.split(text))));
  }

  private static List<String> nonBlank(List<String> pieces) {
    return pieces.stream().filter(p -> !p.isBlank()).toList();
  }
}
