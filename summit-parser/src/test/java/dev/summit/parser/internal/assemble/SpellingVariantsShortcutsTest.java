package dev.summit.parser.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.NameSpelling;
import dev.summit.model.Session;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableParticipant;
import dev.summit.model.ImmutableSession;
import dev.summit.model.Provenance;
import dev.summit.model.Role;
import dev.summit.model.SessionKind;
import dev.summit.model.Speaker;
import dev.summit.parser.internal.recognise.ParticipantDraft;
import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Pattern;

/** The spelling-variant search's shortcuts give what the plain computations they stand for give. */
class SpellingVariantsShortcutsTest {

  @Provide
  Arbitrary<String> names() {
    // few syllables, so that pieces equal to or one off the name are common
    return Arbitraries.strings().withChars("이강옥욱김정훈").ofMinLength(2).ofMaxLength(4);
  }

  @Property(tries = 3000)
  void oneDifferenceIsAVariantOtherThanTheNameItself(@ForAll("names") String name, @ForAll("names") String other) {
    // the search looks only at pieces of the name's length and first syllable: made so from any other name
    StringBuilder piece = new StringBuilder().append(name.charAt(0));
    for (int k = 1; k < name.length(); k++) {
      piece.append(k < other.length() ? other.charAt(k) : name.charAt(k));
    }
    String text = "앞 " + piece + " 뒤";
    boolean plain = !piece.toString().equals(name) && NameSpelling.variants(name, piece.toString());
    assertThat(SpellingVariants.differences(text, 2, name) == 1).as(name + " / " + piece).isEqualTo(plain);
  }

  // ---- find: one read of the session for all participants, against one read per participant -------------

  private static final String[][] PEOPLE = {{"이강욱", "SK하이닉스", "부사장"}, {"이강옥", "SK하이닉스", "부사장"},
      {"김정훈", "삼성전자", "상무"}, {"정훈", "람다", "CEO"}, {"Kai Lee", "01.AI", "CEO"}};
  private static final String[] WORDS = {"이강욱", "이강옥", "이강욱은", "이강역", "김정훈", "김정운", "김청훈", "정훈", "정운",
      "SK하이닉스의", "삼성전자", "람다의", " ", " 부사장은", " 상무는", " CEO", "가나다라마바", ".", "\n", "이강"};

  @Provide
  Arbitrary<List<String>> sessions() {
    return Arbitraries.of(WORDS).list().ofMaxSize(30).map(l -> String.join("", l)).list().ofMinSize(1).ofMaxSize(5);
  }

  @Property(tries = 3000)
  void findIsOneReadPerParticipant(@ForAll("sessions") List<String> texts,
      @ForAll("participants") List<Integer> who) {
    SpeakerRegistry registry = new SpeakerRegistry();
    Session built = session(texts, who, registry);
    assertThat(SpellingVariants.find(built, built.claims(), registry)).isEqualTo(plainFind(built, registry));
  }

  @Example
  void findFindsAVariantBesideOrganisationAndPosition() {
    SpeakerRegistry registry = new SpeakerRegistry();
    Session built = session(List.of("SK하이닉스의 이강옥 부사장은 김청훈 상무와", "삼성전자 김청훈 상무는"), List.of(0, 2, 0), registry);
    List<SpellingVariants.Variant> found = SpellingVariants.find(built, built.claims(), registry);
    assertThat(found).extracting(SpellingVariants.Variant::variant).containsExactly("이강옥", "김청훈");
    assertThat(found).isEqualTo(plainFind(built, registry));
  }

  private static Session session(List<String> texts, List<Integer> who, SpeakerRegistry registry) {
    ImmutableSession.Builder session = ImmutableSession.builder().id("s").title("t").kind(SessionKind.PANEL)
        .source(Provenance.of("d", 1, 1));
    for (int k : who) {
      String[] p = PEOPLE[k];
      String id = registry.registerId(new ParticipantDraft(p[0], Role.PANELIST, Optional.empty(), Optional.of(p[1]),
          Optional.of(p[2]), Optional.empty(), Provenance.of("d", 1, 1), 1));
      session.addParticipants(ImmutableParticipant.builder().speakerId(id).name(p[0]).role(Role.PANELIST)
          .source(Provenance.of("d", 1, 1)).build());
    }
    int line = 2;
    for (String text : texts) {
      Claim child = ImmutableClaim.of(Provenance.of("d", line, line), "c" + line, text + "의", ClaimKind.SPEAKER,
          List.of(), List.of(), List.of(), "", List.of());
      session.addContent(ImmutableClaim.of(Provenance.of("d", line, line), "c" + line, text, ClaimKind.SPEAKER,
          List.of(), List.of(), List.of(), "", List.of(child)));
      line++;
    }
    return session.build();
  }

  @Provide
  Arbitrary<List<Integer>> participants() {
    return Arbitraries.integers().between(0, PEOPLE.length - 1).list().ofMaxSize(4);
  }

  private static final Pattern HANGUL_WORD = Pattern.compile("[가-힣]{2,4}");

  /** The search as it was: every participant's own read of the session's claims, words by the pattern. */
  private static List<SpellingVariants.Variant> plainFind(Session session, SpeakerRegistry registry) {
    List<SpellingVariants.Variant> out = new ArrayList<>();
    for (dev.summit.model.Participant p : session.participants()) {
      Speaker s = registry.speaker(p.speakerId());
      if (s == null || !HANGUL_WORD.matcher(s.name()).matches()) {
        continue;
      }
      for (Claim c : session.claims()) {
        java.util.regex.Matcher m = HANGUL_WORD.matcher(c.text());
        while (m.find()) {
          String word = m.group();
          if (word.length() == s.name().length() && word.charAt(0) == s.name().charAt(0)
              && !word.equals(s.name()) && NameSpelling.variants(s.name(), word)) {
            SpellingVariants.variant(s, c, m.start(), m.end(), out);
          }
        }
      }
    }
    return out;
  }
}
