package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Diagnostic;
import dev.summit.model.Session;
import dev.summit.model.Summit;
import dev.summit.parser.Corpus;
import dev.summit.parser.RecapParser;
import dev.summit.parser.reliability.Mutator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A session's matcher is set up with less work than building it for the session alone: a fork of the summit's
 * ({@link NameMatcher#fork}), declarations and role words read in place. Each is what the plain form gives.
 */
class NameMatcherSetupTest {

  @Test
  void aForkedSessionIsEnrichedAsOneWithAMatcherOfItsOwn() throws IOException {
    List<Path> posts = Corpus.postsAndFixtures();
    RecapParser parser = RecapParser.builder().build();
    List<Summit> summits = new ArrayList<>();
    for (Path post : posts) {
      summits.add(parser.parse(post).summit());
    }
    summits.add(parser.parseAll(posts.subList(0, 2)).summit()); // a merged summit: more speakers, more sessions
    int forked = 0;
    int sessions = 0;
    for (Summit summit : summits) {
      forked += forksAgreeWithPlainMatchers(summit);
      sessions += summit.sessions().size();
    }
    assertThat(sessions).isGreaterThan(40);
    assertThat(forked).as("sessions whose matcher was a fork").isGreaterThan(sessions / 2);
  }

  /**
   * Mutated corpus posts (the reliability fuzz test's mutants: cut windows, shuffled lines, stray speaker and
   * label lines) give sessions whose people and organisations the fixtures do not have.
   */
  @Property(tries = 150)
  void forkedSessionsOfMutatedPostsAreEnrichedAsWithMatchersOfTheirOwn(@ForAll long seed) {
    Summit summit = RecapParser.builder().build().parse(Mutator.mutant(seed), "mutant-" + seed).summit();
    forksAgreeWithPlainMatchers(summit);
  }

  /** Enriches every session of the summit with forks and with matchers built for it; returns how many forked. */
  private static int forksAgreeWithPlainMatchers(Summit summit) {
    SessionEnricher enricher = new SessionEnricher();
    SessionEnricher.Index forking = enricher.index(summit.speakers());
    SessionEnricher.Index plain = enricher.index(summit.speakers());
    plain.forks = false;
    for (Session s : summit.sessions()) {
      List<Diagnostic> forkDiagnostics = new ArrayList<>();
      List<Diagnostic> plainDiagnostics = new ArrayList<>();
      SessionEnricher.Enriched a = enricher.enrich(s, forking, forkDiagnostics::add);
      SessionEnricher.Enriched b = enricher.enrich(s, plain, plainDiagnostics::add);
      assertThat(a.session()).as(s.id()).isEqualTo(b.session());
      assertThat(new ArrayList<>(a.learnedAliases().entrySet())).as(s.id())
          .isEqualTo(new ArrayList<>(b.learnedAliases().entrySet()));
      assertThat(forkDiagnostics).as(s.id()).isEqualTo(plainDiagnostics);
    }
    assertThat(plain.forked).isZero();
    return forking.forked;
  }

  private static NameMatcher.Person person(String id, String name, List<String> aliases, List<String> orgs,
      boolean participant) {
    return new NameMatcher.Person(id, name, aliases, orgs, List.of(), participant);
  }

  private static final List<NameMatcher.Person> OUTSIDERS = List.of(
      person("balaban", "Stephen Balaban", List.of("스티븐 발라반"), List.of("Lambda"), false),
      person("adams", "Mark Adams", List.of(), List.of("Penguin Solutions"), false),
      person("lee", "이강욱", List.of(), List.of("SK하이닉스"), false));

  @Test
  void anOrganisationDeclaredInOneSessionIsNotKnownInTheNext() {
    NameMatcher base = new NameMatcher(OUTSIDERS, new Skeletons());
    List<NameMatcher.Person> first = List.of(OUTSIDERS.get(0),
        person("adams", "Mark Adams", List.of(), List.of("Penguin Solutions"), true), OUTSIDERS.get(2));
    NameMatcher a = base.fork(first);
    String text = "메가는 GPU 클라우드를 제공합니다.";
    assertThat(a.organisations(text)).isEmpty();
    a.learnDeclared("그는 메가(Lambda)를 세웠습니다.");
    assertThat(a.organisations(text)).containsExactly("balaban");
    assertThat(a.organisations("SK하이닉스의 HBM")).containsExactly("lee");

    NameMatcher b = base.fork(OUTSIDERS);
    assertThat(b.organisations(text)).isEmpty();
    assertThat(b.organisations(text)).isEqualTo(new NameMatcher(OUTSIDERS).organisations(text));
    assertThat(b.organisations("SK하이닉스의 HBM")).containsExactly("lee");
    // what the first session learned of people stays there too
    a.learnDeclared("Mark Adams(이하 마아)는 말했습니다.");
    assertThat(a.forms()).containsEntry("마아", "adams");
    assertThat(base.fork(OUTSIDERS).forms()).doesNotContainKey("마아").isEqualTo(base.forms());
  }

  @Test
  void aForkHasTheFormsOfAMatcherBuiltForItsSession() {
    NameMatcher base = new NameMatcher(OUTSIDERS, new Skeletons());
    List<NameMatcher.Person> session = List.of(
        person("balaban", "Stephen Balaban", List.of("스티븐 발라반"), List.of("Lambda"), true), OUTSIDERS.get(1),
        OUTSIDERS.get(2));
    NameMatcher fork = base.fork(session);
    NameMatcher built = new NameMatcher(session);
    assertThat(new ArrayList<>(fork.forms().entrySet())).isEqualTo(new ArrayList<>(built.forms().entrySet()));
    assertThat(fork.forms()).containsEntry("Stephen", "balaban").containsEntry("Balaban", "balaban");
    String text = "Stephen은 스티븐 발라반 CEO와 함께 Lambda를 세웠습니다.";
    assertThat(fork.mentions(text)).isEqualTo(built.mentions(text));
    assertThat(fork.organisations(text)).isEqualTo(built.organisations(text));
  }

  // participants' Latin name words

  @Provide
  Arbitrary<List<NameMatcher.Person>> people() {
    Arbitrary<String> names = Arbitraries.of("Kai Fu Lee", "Mark Adams", "Mark Lee", "Bo Li", "Steve Scott",
        "Scott Lee", " Ann Bell", "Ann  Bell", "Ann Bell ", "스티븐 발라반", "O'Neil Smith", "Ann", "Adams",
        "Lee Mark");
    Arbitrary<NameMatcher.Person> person = net.jqwik.api.Combinators.combine(
        Arbitraries.of("a", "b", "c", "d"), names, Arbitraries.of(true, false),
        Arbitraries.of(List.<String>of(), List.of("Mark"), List.of("Scott Lee")))
        .as((id, name, participant, aliases) -> person(id, name, aliases, List.of(), participant));
    return person.list().ofMaxSize(6);
  }

  @Property(tries = 2000)
  void participantsNameWordsAreThoseOfThePlainMap(@ForAll("people") List<NameMatcher.Person> people) {
    List<NameMatcher.Person> outsiders = new ArrayList<>();
    for (NameMatcher.Person p : people) {
      outsiders.add(person(p.id(), p.name(), p.aliases(), p.organizations(), false));
    }
    // the plain form: a map of each word to the set of participants it names, added where it is unique
    Map<String, String> expected = new LinkedHashMap<>(new NameMatcher(outsiders).forms());
    Map<String, Set<String>> tokens = new LinkedHashMap<>();
    for (NameMatcher.Person p : people) {
      String[] parts = p.name().split(" ");
      if (!p.participant() || parts.length < 2) {
        continue;
      }
      for (String t : parts) {
        if (t.length() >= 3 && t.chars().allMatch(c -> Character.isLetter(c) && c < 128)) {
          tokens.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(p.id());
        }
      }
    }
    tokens.forEach((t, ids) -> {
      if (ids.size() == 1 && !expected.containsKey(t)) {
        expected.put(t, ids.iterator().next());
      }
    });
    NameMatcher built = new NameMatcher(people);
    assertThat(new ArrayList<>(built.forms().entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
    NameMatcher fork = new NameMatcher(outsiders).fork(people);
    assertThat(new ArrayList<>(fork.forms().entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
  }

  // declarations

  private static final Pattern LATIN_WORDS =
      Pattern.compile("[A-Z][A-Za-z.\\-]{0,30}(?: [A-Z][A-Za-z.\\-]{0,30}){0,3}");
  private static final Pattern HANGUL_WORDS = Pattern.compile("[가-힣]{1,12}(?: [가-힣]{1,12}){0,2}");

  /** The declarations of a text as the regexes and word lists found them: {latin, hangul} pairs. */
  private static List<List<String>> plainDeclarations(String text) {
    List<List<String>> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = text.indexOf('(', from);
      if (open < 0) {
        return out;
      }
      from = open + 1;
      int close = text.indexOf(')', open);
      if (close < 0) {
        return out;
      }
      if (close - open > 60) {
        continue;
      }
      String inside = text.substring(open + 1, close).strip();
      int before = open > 0 && text.charAt(open - 1) == ' ' ? open - 1 : open;
      if (inside.startsWith("이하 ")) {
        inside = inside.substring(3).strip();
      }
      if (LATIN_WORDS.matcher(inside).matches()) {
        List<String> words = plainWordsBefore(text, before, inside.split(" ").length, true);
        if (!words.isEmpty()) {
          out.add(List.of(inside, NameMatcher.stripParticle(String.join(" ", words))));
        }
      } else if (HANGUL_WORDS.matcher(inside).matches()) {
        List<String> words = plainWordsBefore(text, before, 4, false);
        if (!words.isEmpty()) {
          out.add(List.of(String.join(" ", words), inside));
        }
      }
    }
  }

  private static List<String> plainWordsBefore(String text, int end, int max, boolean hangul) {
    List<String> out = new ArrayList<>();
    int e = end;
    while (out.size() < max && e > 0) {
      int b = e;
      while (b > 0 && e - b < 30 && (hangul ? Transliteration.isHangul(text.charAt(b - 1))
          : (Character.isLetter(text.charAt(b - 1)) && text.charAt(b - 1) < 128 || text.charAt(b - 1) == '.'
              || text.charAt(b - 1) == '-'))) {
        b--;
      }
      if (b == e || (!hangul && !Character.isUpperCase(text.charAt(b)))) {
        break;
      }
      out.add(0, text.substring(b, e));
      if (b >= 2 && text.charAt(b - 1) == ' ') {
        e = b - 1;
      } else {
        break;
      }
    }
    return out;
  }

  private static final String[] PIECES = {
      "(", ")", "(", ")", "이하 ", " ", " ", "  ", "Kai", "Fu", "Lee", "카플리", "아라빈드", "스리니바스", "Aravind",
      "Srinivas", "람다", "Lambda", "는", "의", "J.", "Co-op", "x", "lower", "SK", "하이닉스는", "A", "b", "1", ".",
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef", "가나다라마바사아자차카타파", "ÄB", "\t", ",", "가", "É"};

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(20).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 5000)
  void declarationsAreThoseOfThePlainScan(@ForAll("texts") String text) {
    List<List<String>> read = new ArrayList<>();
    String[] pair = new String[2];
    for (int from = 0; (from = NameMatcher.nextDeclaration(text, from, pair)) >= 0; ) {
      read.add(List.of(pair[0], pair[1]));
    }
    assertThat(read).as(text).isEqualTo(plainDeclarations(text));
  }

  @Property(tries = 5000)
  void wordRunsAreWhatTheRegexesMatch(@ForAll("texts") String text) {
    for (String s : List.of(text, text.strip())) {
      boolean latin = LATIN_WORDS.matcher(s).matches();
      assertThat(NameMatcher.latinWordCount(s)).as(s).isEqualTo(latin ? s.split(" ").length : 0);
      assertThat(NameMatcher.isHangulWords(s)).as(s).isEqualTo(HANGUL_WORDS.matcher(s).matches());
    }
  }

  @Test
  void longWordRunsAreWhatTheRegexesMatch() {
    for (String s : List.of("A" + "b".repeat(30), "A" + "b".repeat(31), "A B C D", "A B C D E", "A  B", "A ",
        "가".repeat(12), "가".repeat(13), "가 나 다", "가 나 다 라", "가  나", "", " ", "가 ")) {
      boolean latin = LATIN_WORDS.matcher(s).matches();
      assertThat(NameMatcher.latinWordCount(s)).as(s).isEqualTo(latin ? s.split(" ").length : 0);
      assertThat(NameMatcher.isHangulWords(s)).as(s).isEqualTo(HANGUL_WORDS.matcher(s).matches());
    }
  }

  // role words

  @Test
  void roleWordsAreComparedAsStringComparesThem() {
    for (String role : NameMatcher.LATIN_ROLE_WORDS) {
      // the first character (which picks the role words compared) and two more, each every character
      for (int j : new LinkedHashSet<>(List.of(0, Math.min(1, role.length() - 1), role.length() - 1))) {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
          String word = role.substring(0, j) + (char) c + role.substring(j + 1);
          String text = "x " + word;
          boolean plain = false;
          for (String r : NameMatcher.LATIN_ROLE_WORDS) {
            plain |= r.equalsIgnoreCase(word);
          }
          if (NameMatcher.roleWord(text, 2, text.length()) != plain) {
            throw new AssertionError(role + " with U+" + Integer.toHexString(c) + " at " + j);
          }
          if (NameMatcher.equalsIgnoringCase(role, text, 2) != role.regionMatches(true, 0, text, 2, role.length())) {
            throw new AssertionError(role + " against U+" + Integer.toHexString(c) + " at " + j);
          }
        }
      }
    }
  }

  // the organisation search

  /** Pieces of claims: organisations and words that begin as they do, in both cases, and odd characters. */
  private static final String[] CLAIM_PIECES = {
      "SK", "sk", "하이닉스", "SK하이닉스", "sk텔레콤", "Arm", "army", "ARM", "AMD", "amd", "Lambda", "lamb", "람다",
      "람", "Penguin Solutions", "Pen", "KAIST", "Kaist", "a", "s", "은", "는", "의", "에서", " ", " ", "  ", "\n", ". ",
      ",", "(", ")", "-", "x", "1", "01.ai", "Σ", "İ", "ǅ", "Ä", "ä", "💡", "\u0000"};

  @Provide
  Arbitrary<String> claims() {
    return Arbitraries.of(CLAIM_PIECES).list().ofMaxSize(24).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 3000)
  void aCopiedIndexFindsWhatItsOriginalFinds(@ForAll("claims") String text) {
    NameMatcher.FirstCharIndex index = new NameMatcher.FirstCharIndex();
    NameMatcher.FirstCharIndex lower = new NameMatcher.FirstCharIndex();
    for (String form : List.of("SK", "SK하이닉스", "SK 하이닉스", "sk텔레콤", "Arm", "AMD", "Lambda", "람다",
        "Penguin Solutions", "KAIST", "01.ai", "ǅa", "Äb", "a\u0000")) {
      index.add(form);
      lower.add(NameMatcher.lowerCase(form));
    }
    NameMatcher.HangulWords words = new NameMatcher.HangulWords(text);
    assertThat(found(index, index.find(text, words, 0, words.words, 0, false))).as(text)
        .isEqualTo(found(index, index.find(text)));
    if (!words.unlowerable) { // as organisations() asks, and the plain form: the text in lower case searched
      assertThat(found(lower, lower.find(text, words, 0, words.words, 0, true))).as(text)
          .isEqualTo(found(lower, lower.find(NameMatcher.lowerCase(text))));
    }
    // and a copy finds the same, and goes on finding what is added to it alone
    NameMatcher.FirstCharIndex copy = lower.copy();
    copy.add("am");
    if (!words.unlowerable) {
      int places = copy.find(text, words, 0, words.words, 0, true);
      assertThat(found(copy, places)).as(text).isEqualTo(found(copy, copy.find(NameMatcher.lowerCase(text))));
      assertThat(lower.size()).isEqualTo(copy.size() - 1);
    }
  }

  private static List<Long> found(NameMatcher.FirstCharIndex index, int places) {
    List<Long> out = new ArrayList<>();
    for (int k = 0; k < places; k++) {
      out.add(index.found(k));
    }
    return out;
  }

  @Property(tries = 3000)
  void twoWordsAreWhatSplittingAtSpacesGives(@ForAll("claims") String text) {
    for (String s : List.of(text, text.replace('x', '\t'), " " + text + "\u2003", text.replace('-', '\u000B'))) {
      assertThat(NameMatcher.twoWords(s)).as(s).isEqualTo(Pattern.compile("\\s+").split(s.strip()).length == 2);
    }
  }
}
