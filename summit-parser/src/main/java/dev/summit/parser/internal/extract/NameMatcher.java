package dev.summit.parser.internal.extract;

import dev.summit.model.Affiliation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the people and organisations a sentence names, among the speakers of the summit.
 *
 * <p>A name is recognised when it is written as the agenda writes it or as a known alias; when the post
 * declares an alias ({@code Kai Fu Lee(이하 카플리)}, {@code 아라빈드 스리니바스(Aravind Srinivas)}); when a
 * Hangul transliteration has the consonant skeleton of the Latin name ({@link Transliteration}: two words and
 * at least four consonant classes, or fewer with an organisation or position beside it); or when a Hangul
 * spelling differs from the agenda's in a single vowel and the sentence names the person's organisation or
 * position beside it (SK하이닉스의 이강옥 부사장 → 이강욱). A short form (스티븐) is trusted once the full form
 * has been read. Anything else is left unresolved: no guess is made.
 *
 * <p>One matcher serves one session: it learns aliases while it reads, in document order. It is not shared
 * between threads.
 */
final class NameMatcher {

  /** A speaker as the matcher sees it. */
  record Person(String id, String name, List<String> aliases, List<String> organizations, List<String> positions,
      boolean participant) {}

  /** A person named in a sentence: resolved ({@code speakerId} set) or not. */
  record Mention(int start, int end, String speakerId, String surface) {
    boolean resolved() {
      return speakerId != null;
    }
  }

  /** Position and honorific words written beside a name. */
  static final List<String> POSITIONS = List.of(
      "공동창립자", "공동창업자", "창립자", "창업자", "부사장", "사장", "회장", "대표이사", "대표", "교수", "박사", "의장",
      "대통령", "총장", "장관", "이사", "상무", "전무", "부회장", "CEO", "CTO", "CFO", "COO", "CVP", "SVP", "EVP", "VP",
      "Chairman", "President", "Fellow", "님", "씨");

  /** The first characters of the positions, so most places are passed over with one look-up. */
  private static final String POSITION_STARTS = POSITIONS.stream().map(p -> p.substring(0, 1)).distinct()
      .reduce("", String::concat);

  /** The indices into POSITIONS of the positions that start with POSITION_STARTS.charAt(k), in list order. */
  private static final int[][] POSITIONS_BY_START = POSITION_STARTS.chars()
      .mapToObj(c -> java.util.stream.IntStream.range(0, POSITIONS.size())
          .filter(k -> POSITIONS.get(k).charAt(0) == c).toArray())
      .toArray(int[][]::new);
  private static final String[] POSITION_ARRAY = POSITIONS.toArray(new String[0]);
  private static final Set<String> POSITION_SET = Set.copyOf(POSITIONS);
  /** Bit {@code c & 1023} set for every character c of POSITION_STARTS (as in FirstCharIndex). */
  private static final long[] POSITION_MAY_START = new long[16];

  static {
    for (int k = 0; k < POSITION_STARTS.length(); k++) {
      char c = POSITION_STARTS.charAt(k);
      POSITION_MAY_START[(c >> 6) & 15] |= 1L << c;
    }
  }

  /**
   * The indices into {@link #POSITIONS} of the positions that may start at {@code s[i]} (those beginning with
   * that character), in list order; empty when none does or {@code i} is past the end.
   */
  static int[] positionsAt(String s, int i) {
    if (i >= s.length()) {
      return NO_POSITIONS;
    }
    char c = s.charAt(i);
    if ((POSITION_MAY_START[(c >> 6) & 15] & 1L << c) == 0) {
      return NO_POSITIONS; // most characters: one look-up instead of a scan of POSITION_STARTS
    }
    int k;
    if (c < 128) {
      k = POSITION_START_OF_ASCII[c] - 1;
    } else if (Transliteration.isHangul(c)) {
      k = POSITION_START_OF_SYLLABLE[c - 0xAC00] - 1;
    } else {
      k = POSITION_STARTS.indexOf(c);
    }
    return k < 0 ? NO_POSITIONS : POSITIONS_BY_START[k];
  }

  /**
   * {@link #positionsAt}, for a caller that takes only positions of two characters or more: empty as well when
   * no such position begins with the two characters at {@code i}. Many Korean words begin with a position's
   * first syllable (이, 사, 대, 전, 상, 부, 의 …) but few go on with its second, so most places are passed over
   * by one look-up in {@link #POSITION_PAIRS} instead of a comparison with each position of that syllable.
   */
  static int[] longPositionsAt(String s, int i) {
    if (i + 1 >= s.length()) {
      return NO_POSITIONS; // no room for two characters
    }
    int h = positionPair(s.charAt(i), s.charAt(i + 1));
    if ((POSITION_PAIRS[h >>> 6] & 1L << h) == 0) {
      return NO_POSITIONS;
    }
    return positionsAt(s, i);
  }

  /** Bit {@link #positionPair} set for the first two characters of every position of two characters or more. */
  private static final long[] POSITION_PAIRS = new long[64];

  /** Two characters as a bit index (0 to 4,095): a hash, so pairs that begin no position may share a bit. */
  private static int positionPair(char a, char b) {
    return (a * 31 + b) * 0x9E3779B1 >>> 20;
  }

  static {
    for (String p : POSITION_ARRAY) {
      if (p.length() >= 2) {
        int h = positionPair(p.charAt(0), p.charAt(1));
        POSITION_PAIRS[h >>> 6] |= 1L << h;
      }
    }
  }

  /** {@code 1 + POSITION_STARTS.indexOf(c)} for ASCII and for syllables: a table, not a scan per character. */
  private static final byte[] POSITION_START_OF_ASCII = new byte[128];
  private static final byte[] POSITION_START_OF_SYLLABLE = new byte[0xD7A4 - 0xAC00];

  static {
    for (int k = POSITION_STARTS.length() - 1; k >= 0; k--) { // the first index wins, as indexOf finds it
      char c = POSITION_STARTS.charAt(k);
      if (c < 128) {
        POSITION_START_OF_ASCII[c] = (byte) (k + 1);
      } else if (Transliteration.isHangul(c)) {
        POSITION_START_OF_SYLLABLE[c - 0xAC00] = (byte) (k + 1);
      }
    }
  }

  private static final int[] NO_POSITIONS = new int[0];

  static String position(int k) {
    return POSITION_ARRAY[k];
  }

  static final List<String> LATIN_ROLE_WORDS = List.of(
      "CEO", "CTO", "CFO", "COO", "CVP", "SVP", "EVP", "VP", "Chairman", "President", "Fellow", "Corporate",
      "Leader", "Director", "Head", "Moderator", "Founder", "Co-founder", "공동창립자", "공동창업자", "창립자", "회장",
      "부회장", "사장", "부사장", "교수", "대표", "겸", "상무", "전무", "이사", "&");

  /** Particles that may follow a name directly. */
  static final List<String> PARTICLES = List.of(
      "께서는", "께서", "에서는", "에게서", "에게", "에서", "이라는", "라는", "와의", "과의", "으로", "에는", "이며", "이고",
      "은", "는", "이", "가", "의", "을", "를", "와", "과", "도", "에", "로", "만", "랑", "인");

  static final Pattern LATIN_NAME = Pattern.compile("[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}");

  private final List<Person> people;
  private final Skeletons skeletons;
  /** Forms known to name one person: surface → speaker id. */
  private final Map<String, String> forms;
  /**
   * Forms known to name an organisation of some speakers: surface (lower case) → ids. This and the other
   * organisation fields below are the base's in a {@link #fork} until the session learns an organisation form
   * ({@link #unshareOrganisations}).
   */
  private Map<String, Set<String>> orgForms;
  private final Map<String, Set<String>> learned = new LinkedHashMap<>();
  /** orgForms by their key without spaces, kept beside it so a look-up is one hash, not a scan. */
  private Map<String, Set<String>> orgByCompactKey;
  /** Every Latin organisation of a speaker with its consonant skeletons, computed once. */
  private final List<LatinOrganisation> latinOrganisations;
  /** Ids of the people whose name is written in Hangul, who have no Latin name to transliterate. */
  private final Set<String> hangulNamed;
  /** forms' keys by first character; rebuilt when a form is learned (forms only grow). */
  private final FirstCharIndex formIndex;
  /** The variants of orgForms' keys by first character, and the ids each names (orgForms' own sets). */
  private FirstCharIndex orgIndex;
  private List<Set<String>> orgVariantOwners;
  private int orgIndexedKeys;
  /** orgIds answers, until an organisation form is learned (in a fork sharing them: the base's, for every session). */
  private Map<String, Set<String>> orgIdsCache;
  /** The organisation fields are the base's (a {@link #fork} that has learned no organisation form). */
  private boolean organisationsShared;

  private record LatinOrganisation(String id, String name, String skeleton, String skeletonSingular, long key,
      long keySingular) {}

  /**
   * What a matcher derives from a {@link Person} alone, made once per parse for each (the speakers who are not
   * participants are the same objects in every session): whether the name is written in Hangul, the key of
   * its Latin skeleton, each organisation's keys ({@link Skeletons#orgKeys}), and the Latin organisations.
   */
  record Facts(boolean hangulNamed, long nameKey, String[][] orgKeys, List<LatinOrganisation> latinOrganisations) {}

  /** The {@link Facts} of a person, using (and filling) the parse's skeletons. */
  static Facts facts(Person p, Skeletons skeletons) {
    String[][] orgKeys = new String[p.organizations().size()][];
    List<LatinOrganisation> latin = new ArrayList<>(orgKeys.length);
    for (int k = 0; k < orgKeys.length; k++) {
      String org = p.organizations().get(k);
      orgKeys[k] = skeletons.orgKeys(org);
      if (!Transliteration.allHangul(org)) {
        String skeleton = skeletons.latin(org);
        String singular = skeletons.latinSingular(org);
        latin.add(new LatinOrganisation(p.id(), org, skeleton, singular, Transliteration.key(skeleton),
            Transliteration.key(singular)));
      }
    }
    return new Facts(anyHangul(p.name()), Transliteration.key(skeletons.latin(p.name())), orgKeys, latin);
  }

  /** The {@link Transliteration#key}s of latinOrganisations' skeletons, sorted. */
  private final long[] latinOrgKeys;
  private final long[] latinOrgBits;
  /** See indexHangulOrganisations: built for orgByCompactKey at the size hangulOrgShapesOf. */
  private long[] hangulOrgShapes;
  private long[] hangulOrgShapeBits;
  private int hangulOrgShapesOf = -1;
  /** The keys of the skeletons of the people's names, but of those named in Hangul, sorted. */
  private final long[] personKeys;
  private final long[] personBits;

  NameMatcher(List<Person> people) {
    this(people, new Skeletons());
  }

  /** A matcher that takes skeletons from (and adds them to) the parse's {@code skeletons}. */
  NameMatcher(List<Person> people, Skeletons skeletons) {
    this.skeletons = skeletons;
    this.people = List.copyOf(people);
    this.forms = new LinkedHashMap<>();
    this.latinOrganisations = new ArrayList<>();
    this.hangulNamed = new java.util.HashSet<>();
    this.formIndex = new FirstCharIndex();
    this.orgForms = new LinkedHashMap<>();
    this.orgByCompactKey = new LinkedHashMap<>();
    this.orgIndex = new FirstCharIndex();
    this.orgVariantOwners = new ArrayList<>();
    this.orgIdsCache = new java.util.HashMap<>();
    for (Person p : people) {
      Facts f = skeletons.facts(p);
      if (f.hangulNamed()) {
        hangulNamed.add(p.id());
      }
      addForm(p.name(), p.id());
      for (String a : p.aliases()) {
        addForm(a, p.id());
      }
      for (int k = 0; k < p.organizations().size(); k++) {
        addOrgForm(f.orgKeys()[k], p.id());
      }
      for (LatinOrganisation o : f.latinOrganisations()) {
        latinOrganisations.add(o);
      }
    }
    addParticipantTokens();
    // plain loops: building these with streams was a visible part of a session's matcher
    long[] orgKeys = new long[2 * latinOrganisations.size()];
    int n = 0;
    for (LatinOrganisation o : latinOrganisations) {
      n = addKey(orgKeys, n, o.key());
      n = addKey(orgKeys, n, o.keySingular());
    }
    latinOrgKeys = Arrays.copyOf(orgKeys, n);
    Arrays.sort(latinOrgKeys);
    latinOrgBits = bits(latinOrgKeys);
    long[] keys = new long[this.people.size()];
    n = 0;
    for (Person p : this.people) {
      if (!hangulNamed(p)) {
        n = addKey(keys, n, skeletons.facts(p).nameKey());
      }
    }
    personKeys = Arrays.copyOf(keys, n);
    Arrays.sort(personKeys);
    personBits = bits(personKeys);
  }

  /**
   * The matcher of a session whose people are this matcher's, in the same order, with the same names, aliases
   * and organisations, but some of them participants (and with their own positions): what
   * {@code new NameMatcher(people, skeletons)} builds, without building again what depends only on those.
   * This matcher is then the summit's base ({@link SessionEnricher.Index}): built once from the speakers as
   * non-participants, never used to match, and forked for every session. The fork copies the forms (it adds
   * the participants' Latin name words, as the constructor does, and learns more as it reads) and their index,
   * and shares the rest; the organisation forms, their index and the cache of organisation answers are shared
   * until the session learns an organisation form, so the answers one session computes serve the next.
   * {@code NameMatcherSetupTest} checks that a fork and a matcher built for the session agree.
   */
  NameMatcher fork(List<Person> people) {
    return new NameMatcher(this, people);
  }

  private NameMatcher(NameMatcher base, List<Person> people) {
    // everything the base would otherwise build on first use, built once for all its forks
    base.indexOrganisations();
    base.indexHangulOrganisations();
    base.indexForms();
    this.skeletons = base.skeletons;
    this.people = List.copyOf(people);
    this.forms = new LinkedHashMap<>(base.forms);
    this.formIndex = base.formIndex.copy();
    this.latinOrganisations = base.latinOrganisations;
    this.hangulNamed = base.hangulNamed;
    this.latinOrgKeys = base.latinOrgKeys;
    this.latinOrgBits = base.latinOrgBits;
    this.personKeys = base.personKeys;
    this.personBits = base.personBits;
    this.orgForms = base.orgForms;
    this.orgByCompactKey = base.orgByCompactKey;
    this.orgIndex = base.orgIndex;
    this.orgVariantOwners = base.orgVariantOwners;
    this.orgIndexedKeys = base.orgIndexedKeys;
    this.orgIdsCache = base.orgIdsCache;
    this.hangulOrgShapes = base.hangulOrgShapes;
    this.hangulOrgShapeBits = base.hangulOrgShapeBits;
    this.hangulOrgShapesOf = base.hangulOrgShapesOf;
    this.organisationsShared = true;
    if (base.lastWords == null) {
      base.lastWords = new HangulWords("");
    }
    this.lastWords = base.lastWords; // a text's words depend on the text alone: its arrays serve every session
    addParticipantTokens();
  }

  /**
   * Before a fork changes an organisation form: its own copies of the forms (and of their id sets), of their
   * index (whose owners are the copied sets), and a cache of its own.
   */
  private void unshareOrganisations() {
    Map<Set<String>, Set<String>> copies = new java.util.IdentityHashMap<>();
    Map<String, Set<String>> forms = new LinkedHashMap<>();
    orgForms.forEach((k, v) -> {
      Set<String> copy = new LinkedHashSet<>(v);
      copies.put(v, copy);
      forms.put(k, copy);
    });
    Map<String, Set<String>> compact = new LinkedHashMap<>();
    orgByCompactKey.forEach((k, v) -> compact.put(k, new LinkedHashSet<>(v)));
    List<Set<String>> owners = new ArrayList<>(orgVariantOwners.size() + 4);
    for (int k = 0; k < orgVariantOwners.size(); k++) {
      owners.add(copies.get(orgVariantOwners.get(k))); // every owner is a value of orgForms
    }
    orgForms = forms;
    orgByCompactKey = compact;
    orgIndex = orgIndex.copy();
    orgVariantOwners = owners;
    orgIdsCache = new java.util.HashMap<>();
    organisationsShared = false;
  }

  /** Latin first or last names of participants, when they are unique among participants, as forms. */
  private void addParticipantTokens() {
    // each word with the one participant it names, or null for two: a session has a few participants, and a
    // map of sets per session cost more than these lists scanned (insertion order is kept, as the map kept it)
    List<String> tokens = null;
    List<String> owners = null;
    for (int i = 0, n = people.size(); i < n; i++) {
      Person p = people.get(i);
      if (!p.participant()) {
        continue;
      }
      String[] parts = p.name().split(" ");
      if (parts.length < 2) {
        continue;
      }
      for (String t : parts) {
        if (t.length() >= 3 && asciiLetters(t)) {
          if (tokens == null) {
            tokens = new ArrayList<>(4);
            owners = new ArrayList<>(4);
          }
          int k = tokens.indexOf(t);
          if (k < 0) {
            tokens.add(t);
            owners.add(p.id());
          } else if (owners.get(k) != null && !owners.get(k).equals(p.id())) {
            owners.set(k, null);
          }
        }
      }
    }
    for (int k = 0, n = tokens == null ? 0 : tokens.size(); k < n; k++) {
      String t = tokens.get(k);
      if (owners.get(k) != null && !forms.containsKey(t)) {
        forms.put(t, owners.get(k));
      }
    }
  }

  /**
   * A 1,024-bit filter over sorted keys for {@link #contains}: most words asked about have a key that no
   * speaker's has, and one bit answers for them without a binary search.
   */
  static long[] bits(long[] keys) {
    long[] bits = new long[16];
    for (long key : keys) {
      int h = bit(key);
      bits[h >>> 6] |= 1L << h;
    }
    return bits;
  }

  private static int bit(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 54); // ten bits
  }

  /** {@code Arrays.binarySearch(keys, key) >= 0}, the filter {@code bits(keys)} asked first. */
  static boolean contains(long[] keys, long[] bits, long key) {
    int h = bit(key);
    return (bits[h >>> 6] & 1L << h) != 0 && Arrays.binarySearch(keys, key) >= 0;
  }

  private static int addKey(long[] keys, int n, long key) {
    if (key != -1) {
      keys[n++] = key;
    }
    return n;
  }

  private static boolean anyHangul(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Transliteration.isHangul(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!(Character.isLetter(ch) && ch < 128)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #addOrgForm(String, Set)} of one speaker, as each speaker's own organisations are added. */
  private void addOrgForm(String[] keys, String id) {
    orgForms.computeIfAbsent(keys[0], k -> new LinkedHashSet<>(2)).add(id);
    orgByCompactKey.computeIfAbsent(keys[1], k -> new LinkedHashSet<>(2)).add(id);
    orgIdsCache.clear();
  }

  private void addOrgForm(String form, Set<String> ids) {
    if (organisationsShared) {
      unshareOrganisations();
    }
    String key = form.toLowerCase(Locale.ROOT);
    // most forms name one speaker: a small table, not the default sixteen buckets, twice per form and session
    orgForms.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).addAll(ids);
    orgByCompactKey.computeIfAbsent(key.replace(" ", ""), k -> new LinkedHashSet<>(2)).addAll(ids);
    orgIdsCache.clear();
  }

  private void addForm(String form, String id) {
    String f = form.strip();
    if (f.isEmpty()) {
      return;
    }
    String old = forms.get(f);
    if (old != null && !old.equals(id)) {
      forms.put(f, ""); // ambiguous: names two people
    } else {
      forms.put(f, id);
    }
  }

  private void learn(String alias, String id) {
    Person p = person(id);
    if (p == null || p.name().equals(alias) || p.aliases().contains(alias)) {
      addForm(alias, id);
      return;
    }
    addForm(alias, id);
    learned.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(alias);
  }

  /** The forms known to name one person, in the order they were learned ("" for two people): for tests. */
  Map<String, String> forms() {
    return java.util.Collections.unmodifiableMap(forms);
  }

  /** Aliases read from the text so far, per speaker id. */
  Map<String, List<String>> learned() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    learned.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  private Person person(String id) {
    for (Person p : people) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Reads declared aliases: "Kai Fu Lee(이하 카플리)", "아라빈드 스리니바스(Aravind Srinivas)", "람다(Lambda)". The
   * scan starts from each parenthesis and looks a few words to each side, so it is linear in the text.
   */
  void learnDeclared(String text) {
    if (text.indexOf('(') < 0) {
      return; // most claims: a declaration needs a parenthesis
    }
    String[] pair = declaration;
    for (int from = 0; (from = nextDeclaration(text, from, pair)) >= 0; ) {
      declare(pair[0], pair[1]);
    }
  }

  /** nextDeclaration's answer, kept between calls. */
  private final String[] declaration = new String[2];

  /**
   * From {@code from}, the next declared alias of the text: its Latin form in {@code pair[0]} and its Hangul
   * form in {@code pair[1]}; returns where to go on from, or -1 when there is none. A declaration is a
   * parenthesis (60 characters at most) that holds capitalised Latin words with as many Hangul words right
   * before it ({@code 아라빈드 스리니바스(Aravind Srinivas)}), or that holds Hangul words, after "이하 " or not,
   * with capitalised Latin words before it ({@code Kai Fu Lee(이하 카플리)}). Read in place: the regexes and
   * word lists it replaces are {@code NameMatcherSetupTest}'s plain form.
   */
  static int nextDeclaration(String text, int from, String[] pair) {
    while (true) {
      int open = text.indexOf('(', from);
      if (open < 0) {
        return -1;
      }
      from = open + 1;
      int close = text.indexOf(')', open);
      if (close < 0) {
        return -1;
      }
      if (close - open > 60) {
        continue;
      }
      String inside = text.substring(open + 1, close).strip();
      int before = open > 0 && text.charAt(open - 1) == ' ' ? open - 1 : open;
      if (inside.startsWith("이하 ")) {
        inside = inside.substring(3).strip();
      }
      int latinWords = latinWordCount(inside);
      if (latinWords > 0) {
        // 한글(Latin): as many Hangul words before as the Latin has words
        int start = wordsBefore(text, before, latinWords, true);
        if (start >= 0) {
          pair[0] = inside;
          pair[1] = stripParticle(text.substring(start, before));
          return from;
        }
      } else if (isHangulWords(inside)) {
        // Latin(한글) or Latin(이하 한글): the capitalised words before
        int start = wordsBefore(text, before, 4, false);
        if (start >= 0) {
          pair[0] = text.substring(start, before);
          pair[1] = inside;
          return from;
        }
      }
    }
  }

  /**
   * How many words {@code s} has when it is one to four capitalised Latin words one space apart, each up to 31
   * characters of {@code [A-Za-z.\-]} ({@code [A-Z][A-Za-z.\-]{0,30}(?: [A-Z][A-Za-z.\-]{0,30}){0,3}}), else 0.
   */
  static int latinWordCount(String s) {
    int n = s.length();
    int words = 0;
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z' || ++words > 4) {
        return 0;
      }
      int j = i + 1;
      while (j < n && (s.charAt(j) >= 'A' && s.charAt(j) <= 'Z' || s.charAt(j) >= 'a' && s.charAt(j) <= 'z'
          || s.charAt(j) == '.' || s.charAt(j) == '-')) {
        j++;
      }
      if (j - i > 31) {
        return 0;
      }
      if (j == n) {
        return words;
      }
      if (s.charAt(j) != ' ') {
        return 0;
      }
      i = j + 1; // a word must follow the space
    }
    return 0; // empty, or a space at the end
  }

  /** True when {@code s} is one to three words of one to twelve syllables one space apart. */
  static boolean isHangulWords(String s) {
    int n = s.length();
    int words = 0;
    for (int i = 0; i < n; ) {
      if (++words > 3) {
        return false;
      }
      int j = i;
      while (j < n && Transliteration.isHangul(s.charAt(j))) {
        j++;
      }
      if (j == i || j - i > 12) {
        return false;
      }
      if (j == n) {
        return true;
      }
      if (s.charAt(j) != ' ') {
        return false;
      }
      i = j + 1;
    }
    return false;
  }

  /**
   * Where the run of up to {@code max} words right before {@code end} begins (they are one space apart), or -1
   * for none: Hangul words, or capitalised Latin words (with dots and hyphens), each up to 30 characters.
   */
  static int wordsBefore(String text, int end, int max, boolean hangul) {
    int start = -1;
    int e = end;
    for (int taken = 0; taken < max && e > 0; taken++) {
      int b = e;
      while (b > 0 && e - b < 30 && (hangul ? Transliteration.isHangul(text.charAt(b - 1))
          : (Character.isLetter(text.charAt(b - 1)) && text.charAt(b - 1) < 128 || text.charAt(b - 1) == '.'
              || text.charAt(b - 1) == '-'))) {
        b--;
      }
      if (b == e || (!hangul && !Character.isUpperCase(text.charAt(b)))) {
        break;
      }
      start = b;
      if (b >= 2 && text.charAt(b - 1) == ' ') {
        e = b - 1;
      } else {
        break;
      }
    }
    return start;
  }

  private void declare(String latin, String hangul) {
    String id = forms.get(latin);
    if (id == null) {
      // the Latin part may be a suffix of a longer capitalised run
      for (Map.Entry<String, String> e : forms.entrySet()) {
        String key = e.getKey();
        int before = latin.length() - key.length() - 1; // where " " + key would start
        if (before >= 0 && latin.endsWith(key) && latin.charAt(before) == ' ' && key.indexOf(' ') >= 0) {
          id = e.getValue();
        }
      }
    }
    if (id != null && !id.isEmpty()) {
      learn(hangul, id);
      return;
    }
    Set<String> orgIds = orgIds(latin);
    if (!orgIds.isEmpty()) {
      addOrgForm(hangul, orgIds);
    }
  }

  /** People are looked for in this many first characters of a sentence: a subject comes first. */
  static final int MAX_SENTENCE = 2_000;
  /** At most this many places are kept per organisation form (hostile input). */
  private static final int MAX_ORG_SPANS = 8;

  /**
   * Every person named in the sentence, resolved or (when written as a person is) unresolved, by position;
   * only the first {@value #MAX_SENTENCE} characters are read.
   */
  List<Mention> mentions(String sentence) {
    return mentions(sentence, null, 0);
  }

  /**
   * {@link #mentions(String)} of a sentence that stands in {@code text} at {@code offset}: the Hangul words are
   * read once for the whole text (and kept for {@link #organisations}), and the sentence's are taken from them.
   */
  List<Mention> mentions(String sentence, String text, int offset) {
    String s = sentence.length() > MAX_SENTENCE ? sentence.substring(0, MAX_SENTENCE) : sentence;
    // the sentence's words are words [first, first + count) of the text's, shifted by offset: a view, no copy
    HangulWords words;
    int first = 0;
    int count;
    int shift = 0;
    int startsFrom = 0; // and the word starts [startsFrom, startsTo), likewise
    int startsTo;
    if (text == null || s != sentence) {
      words = hangulWords(s);
      count = words.size;
      startsTo = words.words;
    } else {
      words = hangulWords(text);
      if (offset == 0 && s.length() == text.length()) {
        count = words.size;
        startsTo = words.words;
      } else {
        first = words.firstFrom(offset);
        count = words.lastBefore(first, offset + s.length()) - first;
        startsFrom = words.firstStartFrom(offset);
        startsTo = words.lastStartBefore(startsFrom, offset + s.length());
        shift = offset;
      }
    }
    List<Mention> out = new ArrayList<>();
    // 1. known forms, in the order they were learned, each by position
    indexForms();
    int places = formIndex.wordStarting() ? formIndex.find(s, words, startsFrom, startsTo, shift, false)
        : formIndex.find(s);
    for (int k = 0; k < places; k++) {
      long found = formIndex.found(k);
      String form = formIndex.get(FirstCharIndex.which(found));
      int at = FirstCharIndex.where(found);
      String id = forms.get(form);
      if (!id.isEmpty()) {
        add(out, new Mention(at, at + form.length(), id, form));
      }
    }
    // 2. transliterations
    int titledAt = -1; // where positionAfter was last asked (the second word's end of a pair), and its answer
    boolean titledThere = false;
    // the words' arrays in locals: learn, called inside, could change fields as far as the compiler knows
    int[] wordStart = words.start;
    int[] wordEnd = words.end;
    int[] wordBare = words.bare;
    for (int i = 0; i < count; i++) {
      int w = first + i;
      int start = wordStart[w] - shift;
      int end = wordEnd[w] - shift;
      if (covered(out, start)) {
        continue;
      }
      if (i + 1 < count && words.pairs(w) && s.charAt(end) == ' ') {
        int secondStart = wordStart[w + 1] - shift;
        int secondEnd = wordBare[w + 1] - shift;
        boolean sounds = maySoundLikePerson(words.pairKey[w], 4);
        boolean titled = positionAfter(s, secondEnd) != null;
        titledAt = secondEnd;
        titledThere = titled;
        if (sounds || titled) {
          String second = s.substring(secondStart, secondEnd);
          String cand = s.substring(start, end) + " " + second;
          String id = sounds ? phonetic(cand, 4, false) : null;
          if (id == null && titled) {
            id = tokenwise(s.substring(start, end), second);
          }
          if (id != null) {
            learn(cand, id);
            learnShort(s.substring(start, end), second, id);
            add(out, new Mention(start, secondEnd, id, cand));
            continue;
          }
        }
      }
      int singleEnd = wordBare[w] - shift;
      if (singleEnd - start < 2) {
        continue;
      }
      // the next word's end as a pair's second word is this word's own: positionAfter is asked once there
      boolean positioned = singleEnd == titledAt ? titledThere : positionAfter(s, singleEnd) != null;
      boolean context = positioned || orgBefore(s, start) != null;
      if (!context && !maySoundLikePerson(words.bareKey[w], 5)) {
        continue; // phonetic would find nobody, and without context near is not tried
      }
      String single = s.substring(start, singleEnd);
      String id = phonetic(single, context ? 3 : 5, context);
      if (id == null && context) {
        id = near(single, s, start, singleEnd);
      }
      if (id != null) {
        learn(single, id);
        add(out, new Mention(start, singleEnd, id, single));
      }
    }
    // 3. unresolved people: "사티아 나델라 회장은", "Sam Altman은"
    unresolved(s, out, words, startsFrom, startsTo, shift);
    if (out.size() > 1) {
      out.sort(BY_START);
    }
    return out;
  }

  private static final Comparator<Mention> BY_START = Comparator.comparingInt(Mention::start);

  /** Brings formIndex up to date with forms. */
  private void indexForms() {
    if (formIndex.size() != forms.size()) {
      // forms only grow, and a new form comes last: the index takes the new ones
      int have = formIndex.size();
      int i = 0;
      for (String form : forms.keySet()) {
        if (i++ >= have) {
          formIndex.add(form);
        }
      }
    }
  }

  private void learnShort(String first, String last, String id) {
    Person p = person(id);
    if (p == null) {
      return;
    }
    String[] parts = p.name().split(" ");
    if (parts.length >= 2) {
      if (Transliteration.hangul(first).equals(Transliteration.latin(parts[0])) && !forms.containsKey(first)) {
        forms.put(first, id);
      }
      if (Transliteration.hangul(last).equals(Transliteration.latin(parts[parts.length - 1]))
          && !forms.containsKey(last)) {
        forms.put(last, id);
      }
    }
  }

  /**
   * With a position word beside it, a short two-word name ("리사 수 CEO") matches a participant whose first
   * and last names each have the skeleton of one word.
   */
  private String tokenwise(String first, String last) {
    String a = Transliteration.hangul(first);
    String b = Transliteration.hangul(last);
    if (a.isEmpty() || b.isEmpty()) {
      return null;
    }
    String found = null;
    for (Person p : people) {
      String[] parts = p.name().split(" ");
      if (!p.participant() || parts.length < 2 || !Transliteration.hangul(p.name()).isEmpty()) {
        continue;
      }
      if (skeleton(parts[0]).equals(a) && skeleton(parts[parts.length - 1]).equals(b)) {
        if (found != null) {
          return null;
        }
        found = p.id();
      }
    }
    return found;
  }

  /** The single speaker whose Latin name has the candidate's skeleton, or null. */
  private String phonetic(String hangul, int minLength, boolean participantsOnly) {
    if (!maySoundLikePerson(Transliteration.hangulKey(hangul, 0, hangul.length()), minLength)) {
      return null;
    }
    String sk = hangulSkeleton(hangul);
    if (sk.length() < minLength) {
      return null;
    }
    boolean short_ = sk.length() < 4;
    String found = null;
    for (Person p : people) {
      if (participantsOnly && !p.participant()) {
        continue;
      }
      if (hangulNamed(p)) {
        continue;
      }
      if (skeleton(p.name()).equals(sk)
          && (!short_ || Transliteration.syllables(hangul) == Transliteration.vowelGroups(p.name()))) {
        if (found != null && !found.equals(p.id())) {
          return null; // two people sound alike: no guess
        }
        found = p.id();
      }
    }
    return found;
  }

  /**
   * False when {@code phonetic} of Hangul words with this skeleton key and minimum length is surely null: no
   * speaker's Latin name has the skeleton.
   */
  private boolean maySoundLikePerson(long key, int minLength) {
    return key == -1 || Transliteration.keyLength(key) >= minLength && contains(personKeys, personBits, key);
  }

  /** A Hangul spelling one vowel away from a speaker's, with that speaker's organisation or position beside. */
  private String near(String hangul, String s, int start, int end) {
    String found = null;
    String position = positionAfter(s, end);
    String org = orgBefore(s, start);
    for (Person p : people) {
      if (!Transliteration.nearHangul(hangul, p.name())) {
        continue;
      }
      boolean orgOk = org != null && orgIds(org).contains(p.id());
      boolean posOk = position != null && p.positions().contains(position);
      if (orgOk || posOk) {
        if (found != null) {
          return null;
        }
        found = p.id();
      }
    }
    return found;
  }

  /** The position word written right after a name ("이강옥 부사장은"), or null. */
  static String positionAfter(String s, int end) {
    int i = end;
    if (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    for (int k : longPositionsAt(s, i)) {
      String p = POSITION_ARRAY[k];
      if (p.length() > 1 && s.startsWith(p, i)) {
        int after = i + p.length();
        if (after >= s.length() || !Character.isLetter(s.charAt(after)) || particleAt(s, after)) {
          return p;
        }
      }
    }
    return null;
  }

  /** The organisation written as "X의 " right before a name, or null. */
  private String orgBefore(String s, int start) {
    int i = start - 1;
    if (i < 1 || s.charAt(i) != ' ' || s.charAt(i - 1) != '의') {
      return null;
    }
    int end = i - 1;
    int b = end;
    while (b > 0 && !Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    if (surelyNoOrganisation(s, b, end)) {
      return null; // most words before 의 name no organisation: no copy, no look-up
    }
    String org = s.substring(b, end);
    return orgIds(org).isEmpty() ? null : org;
  }

  /**
   * True when {@code orgIds(s.substring(b, end))} is surely empty: the range is a word of Hangul syllables
   * alone whose first character and length no organisation key has, nor any Latin organisation its skeleton
   * ({@link #mayNameOrganisation}: an all-Hangul word is its own key, and its skeleton's key is its
   * {@link Transliteration#hangulKey}). False for any other range, which orgIds must answer.
   */
  boolean surelyNoOrganisation(String s, int b, int end) {
    if (b >= end) {
      return false;
    }
    for (int i = b; i < end; i++) {
      if (!Transliteration.isHangul(s.charAt(i))) {
        return false;
      }
    }
    indexHangulOrganisations();
    return !mayNameOrganisation(s.charAt(b), end - b, Transliteration.hangulKey(s, b, end));
  }

  Set<String> orgIds(String org) {
    Set<String> cached = orgIdsCache.get(org);
    if (cached != null) {
      return cached;
    }
    Set<String> base = orgByCompactKey.get(org.toLowerCase(Locale.ROOT).replace(" ", ""));
    // copied only when there is something to hold: most words asked about name no organisation
    Set<String> ids = base == null || base.isEmpty() ? null : new LinkedHashSet<>(base);
    if (Transliteration.allHangul(org)) {
      String sk = hangulSkeleton(org);
      if (sk.length() >= 3) {
        for (int i = 0; i < latinOrganisations.size(); i++) { // by index: no iterator per Hangul word asked
          LatinOrganisation o = latinOrganisations.get(i);
          if ((o.skeleton().equals(sk) || o.skeletonSingular().equals(sk))
              && (sk.length() >= 4 || syllablesFit(org, o.name()))) {
            ids = ids == null ? new LinkedHashSet<>() : ids;
            ids.add(o.id());
          }
        }
      }
    }
    Set<String> result = ids == null ? Set.of() : java.util.Collections.unmodifiableSet(ids);
    orgIdsCache.put(org, result);
    return result;
  }

  /**
   * A short transliteration must have as many syllables as the Latin word has vowel groups (람다, Lambda); an
   * acronym (NVIDIA, 엔비디아) is read letter by letter and may have more.
   */
  private static boolean syllablesFit(String hangul, String latin) {
    int syllables = Transliteration.syllables(hangul);
    int vowels = Transliteration.vowelGroups(latin);
    boolean acronym = latin.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    return acronym ? syllables >= vowels : syllables == vowels;
  }

  /** The speakers whose organisation the text names. */
  Set<String> organisations(String s) {
    // made when something is found: most claims name no organisation
    Set<String> ids = null;
    List<int[]> spans = List.of();
    List<Set<String>> owners = List.of();
    if (orgIndexedKeys != orgForms.size()) {
      indexOrganisations();
    }
    int kept = 0;
    int previous = -1;
    // the keys are in lower case: the text is lowered character by character as it is read, not copied
    HangulWords words = hangulWords(s); // read once for the claim: its mentions read the same
    int places;
    if (words.unlowerable) {
      places = orgIndex.find(lowerCase(s)); // a character that String lowers by its context, or into two
    } else if (orgIndex.wordStarting()) {
      places = orgIndex.find(s, words, 0, words.words, 0, true);
    } else {
      places = orgIndex.findLowered(s);
    }
    if (places > 0) {
      spans = new ArrayList<>(places);
      owners = new ArrayList<>(places);
    }
    for (int k = 0, count = places; k < count; k++) {
      long found = orgIndex.found(k);
      int which = FirstCharIndex.which(found);
      kept = which == previous ? kept + 1 : 1;
      previous = which;
      if (kept > MAX_ORG_SPANS) {
        continue;
      }
      int at = FirstCharIndex.where(found);
      spans.add(new int[] {at, at + orgIndex.get(which).length()});
      owners.add(orgVariantOwners.get(which));
    }
    // a name inside a longer one is not named on its own ("SK" in "SK 하이닉스")
    for (int i = 0; i < spans.size(); i++) {
      int[] a = spans.get(i);
      boolean inside = false;
      for (int[] b : spans) {
        if (b != a && b[0] <= a[0] && a[1] <= b[1] && (b[1] - b[0]) > (a[1] - a[0])) {
          inside = true;
          break;
        }
      }
      if (!inside && !owners.get(i).isEmpty()) {
        ids = ids == null ? new LinkedHashSet<>() : ids;
        ids.addAll(owners.get(i));
      }
    }
    // transliterated organisations: one Hangul word for a one-word name, two for a two-word name; a short
    // one (three consonant classes) only with a particle after it ("람다는", not "리모트 노드")
    indexHangulOrganisations();
    // the words' arrays in locals: orgIds, called inside, could change fields as far as the compiler knows
    int[] wordStart = words.start;
    int[] wordEnd = words.end;
    int[] wordBare = words.bare;
    long[] bareKey = words.bareKey;
    long[] pairKey = words.pairKey;
    for (int i = 0, size = words.size; i < size; i++) {
      int start = wordStart[i];
      int end = wordEnd[i];
      int singleEnd = wordBare[i];
      char first = s.charAt(start);
      if (mayNameOrganisation(first, singleEnd - start, bareKey[i])) {
        String single = s.substring(start, singleEnd);
        boolean particle = singleEnd != end;
        for (String id : orgIds(single)) {
          if (particle || hangulSkeleton(single).length() >= 4 || !phoneticOnly(single, id)) {
            ids = ids == null ? new LinkedHashSet<>() : ids;
            ids.add(id);
          }
        }
      }
      if (words.pairs(i)) {
        int secondStart = wordStart[i + 1];
        int secondEnd = wordBare[i + 1];
        if (mayNameOrganisation(first, end - start + secondEnd - secondStart, pairKey[i])) {
          String pair = s.substring(start, end) + " " + s.substring(secondStart, secondEnd);
          for (String id : orgIds(pair)) {
            if (!phoneticOnly(pair, id) || twoWordOrganisation(id)) {
              ids = ids == null ? new LinkedHashSet<>() : ids;
              ids.add(id);
            }
          }
        }
      }
    }
    return ids == null ? Set.of() : ids;
  }

  /**
   * {@code s.toLowerCase(Locale.ROOT)}, with ASCII and Hangul syllables (most of a post) mapped without a
   * look-up in the Unicode tables. Other characters are mapped by {@link Character#toLowerCase(char)}, as
   * String does, except those String treats otherwise (a surrogate, capital sigma by its context, dotted
   * capital I into two characters): then String does it all.
   */
  static String lowerCase(String s) {
    int n = s.length();
    char[] out = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char lower;
      if (c < 128) {
        lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (Transliteration.isHangul(c)) {
        continue;
      } else if (Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130') {
        return s.toLowerCase(Locale.ROOT);
      } else {
        lower = Character.toLowerCase(c);
      }
      if (lower != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = lower;
      }
    }
    return out == null ? s : new String(out);
  }

  /** The character as {@link #lowerCase} maps it; 0 for one it leaves to String (and for NUL itself). */
  static char lowered(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    if (Transliteration.isHangul(c)) {
      return c;
    }
    if (Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130') {
      return 0;
    }
    return Character.toLowerCase(c);
  }

  /**
   * False when {@code orgIds} of Hangul words is surely empty: no organisation key has their first character
   * and length (spaces aside), and no Latin organisation their skeleton (given as its key).
   */
  private boolean mayNameOrganisation(char first, int length, long key) {
    // most summits' organisations are written in Latin letters: no shape to look up for each Hangul word
    if (hangulOrgShapes.length != 0 && contains(hangulOrgShapes, hangulOrgShapeBits, (long) first << 32 | length)) {
      return true;
    }
    return key == -1 || Transliteration.keyLength(key) >= 3 && contains(latinOrgKeys, latinOrgBits, key);
  }

  /** The first character and length of each all-Hangul key of orgByCompactKey, sorted; kept up to date. */
  private void indexHangulOrganisations() {
    if (hangulOrgShapesOf == orgByCompactKey.size()) {
      return;
    }
    // a loop, not a stream: this runs for every session's matcher
    long[] shapes = new long[orgByCompactKey.size()];
    int n = 0;
    for (String k : orgByCompactKey.keySet()) {
      if (Transliteration.allHangul(k)) {
        shapes[n++] = (long) k.charAt(0) << 32 | k.length();
      }
    }
    hangulOrgShapes = Arrays.copyOf(shapes, n);
    Arrays.sort(hangulOrgShapes);
    hangulOrgShapeBits = bits(hangulOrgShapes);
    hangulOrgShapesOf = orgByCompactKey.size();
  }

  /**
   * Every organisation form and its variants (forms of two characters or more), in the order of orgForms:
   * orgForms only grow and a new key comes last, so the forms added since the last call are appended.
   */
  private void indexOrganisations() {
    int i = 0;
    for (Map.Entry<String, Set<String>> e : orgForms.entrySet()) {
      if (i++ < orgIndexedKeys) {
        continue;
      }
      for (String form : variants(e.getKey())) {
        if (form.length() >= 2) {
          orgIndex.add(form);
          orgVariantOwners.add(e.getValue());
        }
      }
    }
    orgIndexedKeys = orgForms.size();
  }


  /** True when the speaker's organisation matches the text only by sound, not as written or declared. */
  private boolean phoneticOnly(String text, String id) {
    String key = text.toLowerCase(Locale.ROOT).replace(" ", "");
    return !orgByCompactKey.getOrDefault(key, Set.of()).contains(id);
  }

  private boolean twoWordOrganisation(String id) {
    Person p = person(id);
    if (p == null) {
      return false;
    }
    for (int k = 0, n = p.organizations().size(); k < n; k++) { // no stream and no regex split per pair asked
      if (twoWords(p.organizations().get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Pattern.compile("\\s+").split(o.strip()).length == 2}: the stripped text has one run of {@code \s}
   * characters (it cannot begin or end with one, and is not empty then).
   */
  static boolean twoWords(String o) {
    String s = o.strip();
    int runs = 0;
    for (int i = 0, n = s.length(); i < n; ) {
      if (regexSpace(s.charAt(i))) {
        runs++;
        while (i < n && regexSpace(s.charAt(i))) {
          i++;
        }
      } else {
        i++;
      }
    }
    return runs == 1;
  }

  /** A character of the regex class {@code \s}: {@code [ \t\n\x0B\f\r]}. */
  private static boolean regexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }


  /**
   * Every place {@code at} (2 or later, right after a space) where a position word of two characters or more
   * starts in {@code s}, as {@code k << 32 | at} for {@code POSITIONS.get(k)}, ordered by k and then by place
   * (what a search for each present position in list order finds); taken from the word starts
   * {@code words.wordStart[from, to)} less {@code shift} (every position word begins with a letter, so it
   * starts a word there). Returns how many, in {@code hits} (which may be grown: read {@link #hits}).
   */
  int positionHits(String s, HangulWords words, int from, int to, int shift) {
    long[] hits = this.hits;
    int n = 0;
    for (int j = from; j < to; j++) {
      int i = words.wordStart[j] - shift;
      if (i < 2 || s.charAt(i - 1) != ' ') {
        continue;
      }
      for (int k : longPositionsAt(s, i)) {
        String pos = POSITION_ARRAY[k];
        if (pos.length() >= 2 && s.startsWith(pos, i)) {
          if (n == hits.length) {
            hits = Arrays.copyOf(hits, n * 2);
            this.hits = hits;
          }
          hits[n++] = (long) k << 32 | i;
        }
      }
    }
    FirstCharIndex.sort(hits, n);
    return n;
  }

  /** {@link #positionHits}' results, kept between calls. */
  long[] hits = new long[8];

  private void unresolved(String s, List<Mention> out, HangulWords words, int from, int to, int shift) {
    // Hangul words before a position word; positions are tried in list order (covered() depends on it), each
    // by place, as found at the text's word starts
    for (int h = 0, places = positionHits(s, words, from, to, shift); h < places; h++) {
      String pos = POSITION_ARRAY[(int) (hits[h] >>> 32)];
      int at = (int) hits[h];
      int after = at + pos.length();
      if (!(after >= s.length() || particleAt(s, after) || !Character.isLetter(s.charAt(after)))) {
        continue;
      }
      int end = at - 1;
      int start = end;
      int wordsTaken = 0;
      int cursor = end;
      while (wordsTaken < 2) {
        int b = cursor;
        while (b > 0 && Transliteration.isHangul(s.charAt(b - 1))) {
          b--;
        }
        if (b == cursor) {
          break;
        }
        String word = s.substring(b, cursor);
        if (endsWithParticle(word) || (b > 0 && letterOrDigit(s.charAt(b - 1)))) {
          break;
        }
        start = b;
        wordsTaken++;
        if (b >= 2 && s.charAt(b - 1) == ' ' && Transliteration.isHangul(s.charAt(b - 2))) {
          cursor = b - 1;
        } else {
          break;
        }
      }
      if (wordsTaken == 0 || start >= end) {
        continue;
      }
      if (covered(out, start) || covered(out, end - 1)) {
        continue;
      }
      String surface = s.substring(start, end);
      if (!orgIds(surface).isEmpty()) {
        continue;
      }
      add(out, new Mention(start, end, null, surface));
    }
    if (!words.capitalised || !hasCapitalisedWord(s)) {
      return; // LATIN_NAME begins with an upper-case letter followed by a lower-case one
    }
    for (int at = 0, n = s.length(); at < n; ) {
      char c = s.charAt(at);
      // a match begins with a capital: most characters are passed over by one comparison
      int end = c >= 'A' && c <= 'Z' ? latinNameAt(s, at) : -1;
      if (end < 0) {
        at++;
        continue;
      }
      int start = at;
      at = end; // as Matcher.find goes on after a match
      boolean personLike = particleAt(s, end) || positionAfter(s, end) != null;
      if (!personLike || covered(out, start) || !boundaryBefore(s, start)) {
        continue;
      }
      String surface = s.substring(start, end);
      if (!orgIds(surface).isEmpty()) {
        continue;
      }
      add(out, new Mention(start, end, null, surface));
    }
  }

  /**
   * Where a match of {@link #LATIN_NAME} that starts at {@code at} ends, or -1: two or three capitalised
   * words ({@code [A-Z][a-z]+}) one space apart, as many as there are. Its words cannot give back a letter
   * (a lower-case letter is never the space or capital that follows), so the longest reading is the match.
   */
  static int latinNameAt(String s, int at) {
    int end = capitalisedWordEnd(s, at);
    if (end < 0) {
      return -1;
    }
    int words = 1;
    while (words < 3 && end < s.length() && s.charAt(end) == ' ') {
      int next = capitalisedWordEnd(s, end + 1);
      if (next < 0) {
        break;
      }
      end = next;
      words++;
    }
    return words >= 2 ? end : -1;
  }

  /** The end of {@code [A-Z][a-z]+} at {@code at} (all its lower-case letters), or -1. */
  private static int capitalisedWordEnd(String s, int at) {
    int n = s.length();
    if (at + 1 >= n) {
      return -1;
    }
    char c = s.charAt(at);
    char next = s.charAt(at + 1);
    if (c < 'A' || c > 'Z' || next < 'a' || next > 'z') {
      return -1;
    }
    int i = at + 2;
    while (i < n && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      i++;
    }
    return i;
  }


  private boolean hangulNamed(Person p) {
    return hangulNamed.contains(p.id());
  }

  private String hangulSkeleton(String hangul) {
    return skeletons.hangul(hangul);
  }

  private String skeleton(String latin) {
    return skeletons.latin(latin);
  }

  private String skeletonSingular(String latin) {
    return skeletons.latinSingular(latin);
  }

  /** A form as stored, and with a space where Latin meets Hangul ("sk하이닉스" → "sk 하이닉스"). */
  private static List<String> variants(String form) {
    for (int i = 1; i < form.length(); i++) {
      char a = form.charAt(i - 1);
      char b = form.charAt(i);
      if (a < 128 && Character.isLetter(a) && Transliteration.isHangul(b)) {
        return List.of(form, form.substring(0, i) + " " + form.substring(i));
      }
    }
    return List.of(form);
  }

  static boolean hasCapitalisedWord(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      char next = s.charAt(i + 1);
      if (c >= 'A' && c <= 'Z' && next >= 'a' && next <= 'z') {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithParticle(String word) {
    char last = word.charAt(word.length() - 1);
    return "의은는을를에서과와로인적".indexOf(last) >= 0 && word.length() > 1
        || word.endsWith("에서") || word.length() > 5;
  }

  private static boolean covered(List<Mention> out, int at) {
    for (int i = 0, n = out.size(); i < n; i++) {
      Mention m = out.get(i);
      if (at >= m.start() && at < m.end()) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Mention> out, Mention m) {
    for (int i = 0; i < out.size(); i++) {
      Mention o = out.get(i);
      if (m.start() < o.end() && o.start() < m.end()) {
        if (m.end() - m.start() > o.end() - o.start()) {
          out.set(i, m); // the longer form wins ("Steve Scott" over "Scott")
        }
        return;
      }
    }
    out.add(m);
  }

  /** The words of the text read last: attribution and organisations read each claim one after the other. */
  private HangulWords lastWords;

  /**
   * Whether the text has a sentence break ({@code !ClaimAttributor.oneSentence(text)}), read with its words:
   * the attribution that asks goes on to read its mentions, and its organisations come next.
   */
  boolean breaks(String text) {
    return hangulWords(text).breaks;
  }

  private HangulWords hangulWords(String s) {
    if (lastWords == null) {
      lastWords = new HangulWords(s);
    } else if (!lastWords.text.equals(s)) {
      lastWords.read(s); // its arrays are reused: a sentence's words are a view on them, read at once
    }
    return lastWords;
  }

  /**
   * The runs of Hangul syllables of a text that are words of their own (not the end of a mixed word such as
   * "SK텔레콤"), each with its end without a particle ({@link #stripParticle}) and the skeleton keys looked up:
   * of the word without its particle, and of the word followed by the next one without its particle.
   */
  static final class HangulWords {
    String text;
    int size;
    int[] start;
    int[] end;
    /** Where each word ends without its particle. */
    int[] bare;
    long[] bareKey;
    /** The key of each whole word, particle and all. */
    long[] wholeKey;
    /** For {@link #pairs}: the key of {@code word + " " + next word without its particle}. */
    long[] pairKey;

    HangulWords(String s) {
      start = new int[16];
      end = new int[16];
      bare = new int[16];
      bareKey = new long[16];
      wholeKey = new long[16];
      pairKey = new long[16];
      read(s);
    }

    /**
     * Where the text's words start: each letter or digit whose previous character is none (where
     * {@code boundaryBefore} holds), in order; {@code words} of them.
     */
    int[] wordStart = new int[16];
    int words;
    /** The text has an ASCII capital followed by a lower-case letter, where {@link #LATIN_NAME} may begin. */
    boolean capitalised;
    /** The text has a character that {@link #lowered} leaves to String ({@link FirstCharIndex#findLowered} gives -1). */
    boolean unlowerable;
    /** The text has a sentence break ({@link ClaimAttributor#oneSentence} is false). */
    boolean breaks;

    /**
     * Reads the words of {@code s} into this object's arrays, in one pass over its characters that also notes
     * where every word starts and the flags above, so that no other reader of a claim walks it again.
     */
    void read(String s) {
      this.text = s;
      this.size = 0;
      this.words = 0;
      this.capitalised = false;
      this.unlowerable = false;
      this.breaks = false;
      int n = s.length();
      boolean previous = false; // letterOrDigit(s[i - 1])
      for (int i = 0; i < n; ) {
        char c = s.charAt(i);
        if (!Transliteration.isHangul(c)) {
          boolean letter;
          if (c < 128) {
            letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (c <= ' ') {
              breaks = breaks || ClaimAttributor.breakEnd(s, i) >= 0;
            } else if (c >= 'A' && c <= 'Z' && i + 1 < n && s.charAt(i + 1) >= 'a' && s.charAt(i + 1) <= 'z') {
              capitalised = true;
            }
          } else {
            letter = Character.isLetterOrDigit(c);
            unlowerable = unlowerable || Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130';
          }
          if (letter && !previous) {
            addStart(i);
          }
          previous = letter;
          i++;
          continue;
        }
        int from = i;
        do {
          i++;
        } while (i < n && Transliteration.isHangul(s.charAt(i)));
        if (previous) {
          continue; // the end of a mixed word ("SK텔레콤"): the character before is no syllable
        }
        addStart(from);
        previous = true;
        if (size == start.length) {
          start = Arrays.copyOf(start, size * 2);
          end = Arrays.copyOf(end, size * 2);
          bare = Arrays.copyOf(bare, size * 2);
          bareKey = Arrays.copyOf(bareKey, size * 2);
          wholeKey = Arrays.copyOf(wholeKey, size * 2);
          pairKey = Arrays.copyOf(pairKey, size * 2);
        }
        int stripped = strippedEnd(s, from, i);
        // the key of the word without its particle, then taken on over the particle for the whole word: two
        // short runs of runKey, which takes no branch per syllable, cost less than one branching pass that kept
        // the keys of the last three prefixes (a particle is one to three syllables)
        long key = Transliteration.runKey(s, from, stripped, 0, true);
        start[size] = from;
        end[size] = i;
        bare[size] = stripped;
        bareKey[size] = key;
        wholeKey[size] = stripped == i ? key : Transliteration.runKey(s, stripped, i, key, false);
        size++;
      }
      for (int k = 0; k + 1 < size; k++) {
        if (pairs(k)) {
          // a word is all syllables: the key of the whole word goes on with the next word's without its particle
          pairKey[k] = Transliteration.joinKeys(wholeKey[k], bareKey[k + 1]);
        }
      }
    }

    /**
     * The first word that starts at or after {@code offset}: a sentence that stands in this text at
     * {@code offset} (it begins and ends at white space) has this text's words in its range, with the same ends
     * and keys; only its last word pairs with nothing.
     */
    int firstFrom(int offset) {
      return runEnd(start, size, 0, offset);
    }

    /** From word {@code from}, the end of the run of words that end at or before {@code limit}. */
    int lastBefore(int from, int limit) {
      return runEnd(end, size, from, limit + 1);
    }

    /** True when word k and the next are one character apart (a space, or another separator). */
    boolean pairs(int k) {
      return k + 1 < size && start[k + 1] == end[k] + 1;
    }

    private void addStart(int at) {
      if (words == wordStart.length) {
        wordStart = Arrays.copyOf(wordStart, words * 2);
      }
      wordStart[words++] = at;
    }

    /** The first word start at or after {@code offset}. */
    int firstStartFrom(int offset) {
      return runEnd(wordStart, words, 0, offset);
    }

    /** From word start {@code from}, the end of the run of word starts before {@code limit}. */
    int lastStartBefore(int from, int limit) {
      return runEnd(wordStart, words, from, limit);
    }

    /** From {@code from}, the first index below {@code size} whose value is {@code bound} or more (or size). */
    private static int runEnd(int[] values, int size, int from, int bound) {
      int k = from;
      while (k < size && values[k] < bound) {
        k++;
      }
      return k;
    }
  }

  /** The last characters of the particles, so most words are passed over with one look-up. */
  private static final String PARTICLE_ENDINGS = PARTICLES.stream().map(p -> p.substring(p.length() - 1))
      .distinct().reduce("", String::concat);

  /** The first characters of the particles, so most places are passed over with one look-up. */
  private static final String PARTICLE_STARTS = PARTICLES.stream().map(p -> p.substring(0, 1))
      .distinct().reduce("", String::concat);

  /** Per syllable, 1 + its index in PARTICLE_ENDINGS, or 0 (all particles end in a syllable). */
  private static final byte[] PARTICLE_ENDING_OF = new byte[0xD7A4 - 0xAC00];

  static {
    for (int k = 0; k < PARTICLE_ENDINGS.length(); k++) {
      PARTICLE_ENDING_OF[PARTICLE_ENDINGS.charAt(k) - 0xAC00] = (byte) (k + 1);
    }
  }

  /** {@code PARTICLE_ENDINGS.indexOf(c)} by a table look-up. */
  private static int particleEnding(char c) {
    return Transliteration.isHangul(c) ? PARTICLE_ENDING_OF[c - 0xAC00] - 1 : -1;
  }

  /** The particles by last character (PARTICLE_ENDINGS), each group in the order of PARTICLES. */
  private static final String[][] PARTICLES_BY_ENDING = PARTICLE_ENDINGS.chars()
      .mapToObj(e -> PARTICLES.stream().filter(p -> p.charAt(p.length() - 1) == e).toArray(String[]::new))
      .toArray(String[][]::new);

  static String stripParticle(String word) {
    int end = strippedEnd(word, 0, word.length());
    return end == word.length() ? word : word.substring(0, end);
  }

  /** PARTICLES_BY_ENDING as characters, compared by hand: String.startsWith costs more than a short match. */
  private static final char[][][] PARTICLE_CHARS_BY_ENDING = java.util.Arrays.stream(PARTICLES_BY_ENDING)
      .map(group -> java.util.Arrays.stream(group).map(String::toCharArray).toArray(char[][]::new))
      .toArray(char[][][]::new);

  /** Where {@code s[start, end)} ends without its particle: {@link #stripParticle} on a range of a text. */
  static int strippedEnd(String s, int start, int end) {
    int length = end - start;
    int ending = length < 2 ? -1 : particleEnding(s.charAt(end - 1));
    if (ending < 0) {
      return end;
    }
    for (char[] p : PARTICLE_CHARS_BY_ENDING[ending]) {
      int n = p.length;
      if (length > n + 1 && endsWith(s, end, p)) {
        return end - n;
      }
    }
    return end;
  }

  /** {@code s.startsWith(new String(p), end - p.length)} for a particle whose last character is s[end - 1]. */
  private static boolean endsWith(String s, int end, char[] p) {
    for (int j = p.length - 2, i = end - 2; j >= 0; j--, i--) {
      if (s.charAt(i) != p[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The particles by first character (PARTICLE_STARTS), each group in the order of PARTICLES: whether one
   * stands at a place is asked of the few that begin with its character.
   */
  private static final String[][] PARTICLES_BY_START = PARTICLE_STARTS.chars()
      .mapToObj(c -> PARTICLES.stream().filter(p -> p.charAt(0) == c).toArray(String[]::new))
      .toArray(String[][]::new);

  /** Per syllable, 1 + its index in PARTICLE_STARTS, or 0 (every particle starts with a syllable). */
  private static final byte[] PARTICLE_START_OF = new byte[0xD7A4 - 0xAC00];

  static {
    for (int k = 0; k < PARTICLE_STARTS.length(); k++) {
      PARTICLE_START_OF[PARTICLE_STARTS.charAt(k) - 0xAC00] = (byte) (k + 1);
    }
  }

  static boolean particleAt(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    int start = Transliteration.isHangul(c) ? PARTICLE_START_OF[c - 0xAC00] - 1 : -1;
    if (start < 0) {
      return false;
    }
    for (String p : PARTICLES_BY_START[start]) {
      if (s.startsWith(p, i)) {
        int after = i + p.length();
        if (after >= s.length() || !Transliteration.isHangul(s.charAt(after))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean boundaryBefore(String s, int at) {
    if (at == 0) {
      return true;
    }
    char p = s.charAt(at - 1);
    return !letterOrDigit(p);
  }

  /**
   * {@link Character#isLetterOrDigit(char)}, with ASCII and Hangul syllables (most of a post) answered without
   * the Unicode tables; {@code NameMatcherShortcutsTest} checks every character.
   */
  static boolean letterOrDigit(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Transliteration.isHangul(c) || Character.isLetterOrDigit(c);
  }

  private static boolean boundaryAfter(String s, int at, String form) {
    if (at >= s.length()) {
      return true;
    }
    char c = s.charAt(at);
    if (Transliteration.isHangul(c)) {
      return particleAt(s, at);
    }
    return !letterOrDigit(c);
  }

  /** Builds the organisations and positions of a speaker from what the agenda writes. */
  static List<String> organisationsOf(Optional<String> organization, Optional<String> affiliation) {
    Set<String> out = new LinkedHashSet<>();
    for (Optional<String> source : List.of(organization, affiliation)) {
      if (source.isEmpty()) {
        continue;
      }
      // the parts between commas and slashes, as splitting at "[,/]" gives them but for empty ones,
      // which are skipped anyway (stripRoles keeps them empty): cut by hand, no regex per participant
      String text = source.get();
      for (int from = 0, cut; from <= text.length(); from = cut + 1) {
        cut = from;
        while (cut < text.length() && text.charAt(cut) != ',' && text.charAt(cut) != '/') {
          cut++;
        }
        String org = stripRoles(text.substring(from, cut));
        if (!org.isEmpty() && !org.equalsIgnoreCase("Moderator")) {
          out.add(org);
          if (org.endsWith("그룹")) {
            out.add(org.substring(0, org.length() - 2).strip());
          }
        }
      }
    }
    return List.copyOf(out);
  }

  static List<String> positionsOf(Optional<String> position, Optional<String> affiliation) {
    Set<String> out = new LinkedHashSet<>();
    position.ifPresent(p -> out.addAll(splitAtBreaks(p)));
    affiliation.ifPresent(a -> {
      for (String w : splitAtBreaks(a)) {
        if (POSITION_SET.contains(w)) { // POSITIONS.contains: one hash, not up to 33 comparisons
          out.add(w);
        }
      }
    });
    return List.copyOf(out);
  }

  /**
   * {@code List.of(Pattern.compile("[ ,]+").split(s))}, cut by hand (a regex per participant and session was a visible
   * part of a session's set-up): the pieces between runs of spaces and commas, an empty first piece when s
   * starts with one, no empty pieces at the end, and s itself when it has none.
   */
  static List<String> splitAtBreaks(String s) {
    int n = s.length();
    List<String> out = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (c != ' ' && c != ',') {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == ',')) {
        j++;
      }
      out.add(s.substring(start, i));
      start = j;
      i = j;
    }
    if (start == 0) {
      return List.of(s); // no break at all (Pattern.split gives the input, even an empty one)
    }
    out.add(s.substring(start));
    int size = out.size();
    while (size > 0 && out.get(size - 1).isEmpty()) {
      size--;
    }
    return out.subList(0, size);
  }

  private static final String[] LATIN_ROLE_ARRAY = LATIN_ROLE_WORDS.toArray(new String[0]);

  private static boolean roleWord(String w) {
    for (String r : LATIN_ROLE_ARRAY) {
      if (r.equalsIgnoreCase(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code String.join(" ", the words of Pattern.compile("\\s+").split(part.strip()) that are no role word)
   * .strip()}, read in place: the part itself when it has no role word and single spaces only (most organisations).
   */
  private static String stripRoles(String part) {
    String s = part.strip();
    int n = s.length();
    // s is stripped, so its \\s-separated words are never empty and it neither starts nor ends with a space
    boolean same = true;
    for (int i = 0; i < n && same; ) {
      int end = wordEnd(s, i);
      int next = spacesEnd(s, end);
      same = !roleWord(s, i, end) && (next == end || next == n || next - end == 1 && s.charAt(end) == ' ');
      i = next;
    }
    if (same) {
      return s; // no role word, single spaces: joined again it is itself
    }
    StringBuilder out = new StringBuilder(n);
    boolean any = false;
    for (int i = 0; i < n; ) {
      int end = wordEnd(s, i);
      if (!roleWord(s, i, end)) {
        if (any) {
          out.append(' ');
        }
        out.append(s, i, end);
        any = true;
      }
      i = spacesEnd(s, end);
    }
    return out.toString().strip();
  }

  private static int wordEnd(String s, int from) {
    int i = from;
    while (i < s.length() && !Affiliation.isPatternSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int spacesEnd(String s, int from) {
    int i = from;
    while (i < s.length() && Affiliation.isPatternSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@link #roleWord(String)} of {@code s[from, to)}. */
  static boolean roleWord(String s, int from, int to) {
    int len = to - from;
    if (len <= 0) {
      return false;
    }
    // an ASCII character or a syllable is equal, ignoring case, only to the same character in ASCII lower
    // case: then only role words that begin with it are compared (the case-blind comparison of the others
    // was most of a participant's set-up); any other first character is compared with every role word
    char first = s.charAt(from);
    char folded = first < 128 ? asciiLower(first) : Transliteration.isHangul(first) ? first : 0;
    for (int k = 0; k < LATIN_ROLE_ARRAY.length; k++) {
      String r = LATIN_ROLE_ARRAY[k];
      if (r.length() == len && (folded == 0 || ROLE_FIRST[k] == folded) && equalsIgnoringCase(r, s, from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code r.regionMatches(true, 0, s, from, r.length())}: two different ASCII characters are compared in ASCII
   * lower case (what String's case-blind comparison comes to for them) without its Unicode look-ups; at any
   * other difference String compares.
   */
  static boolean equalsIgnoringCase(String r, String s, int from) {
    int n = r.length();
    if (from < 0 || from + n > s.length()) {
      return r.regionMatches(true, 0, s, from, n);
    }
    for (int j = 0; j < n; j++) {
      char a = r.charAt(j);
      char b = s.charAt(from + j);
      if (a == b) {
        continue;
      }
      if (a < 128 && b < 128) {
        if (asciiLower(a) != asciiLower(b)) {
          return false;
        }
        continue;
      }
      return r.regionMatches(true, 0, s, from, n);
    }
    return true;
  }

  /** The first character of each role word in ASCII lower case (all are ASCII or syllables). */
  private static final char[] ROLE_FIRST = new char[LATIN_ROLE_ARRAY.length];

  static {
    for (int k = 0; k < LATIN_ROLE_ARRAY.length; k++) {
      ROLE_FIRST[k] = asciiLower(LATIN_ROLE_ARRAY[k].charAt(0));
    }
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }


  /**
   * Strings found in a text in one scan: they are indexed by first character, so each word start of the text
   * is compared with the few strings that can begin there, not the whole text searched once per string.
   */
  static final class FirstCharIndex {
    private String[] strings = new String[16];
    private int size;
    /** The distinct first characters; {@code byFirst[k]} holds the strings starting with firsts[k]. */
    private String firsts = "";
    private int[][] byFirst = new int[8][];
    private int[] counts = new int[8];
    /**
     * Bit {@code c & 1023} set for every first character c: most characters of a text are passed over with
     * one look-up instead of a scan of firsts.
     */
    private final long[] mayStart = new long[16];

    FirstCharIndex() {}

    /** A copy that can grow on its own (its results, valid until the next find, are not copied). */
    FirstCharIndex copy() {
      FirstCharIndex c = new FirstCharIndex();
      c.strings = strings.clone();
      c.size = size;
      c.firsts = firsts;
      c.byFirst = byFirst.clone();
      for (int k = 0; k < firsts.length(); k++) {
        c.byFirst[k] = byFirst[k].clone();
      }
      c.counts = counts.clone();
      System.arraycopy(mayStart, 0, c.mayStart, 0, mayStart.length);
      c.wordStarting = wordStarting;
      return c;
    }

    /** Appends a string: an index of strings that only grow is kept up to date without being rebuilt. */
    void add(String string) {
      if (size == strings.length) {
        strings = Arrays.copyOf(strings, size * 2);
      }
      int which = size++;
      strings[which] = string;
      char c = string.charAt(0);
      int k = firsts.indexOf(c);
      if (k < 0) {
        k = firsts.length();
        firsts = firsts + c;
        if (k == byFirst.length) {
          byFirst = Arrays.copyOf(byFirst, k * 2);
          counts = Arrays.copyOf(counts, k * 2);
        }
        byFirst[k] = new int[2];
        mayStart[(c >> 6) & 15] |= 1L << c;
        wordStarting &= letterOrDigit(c);
      }
      if (counts[k] == byFirst[k].length) {
        byFirst[k] = Arrays.copyOf(byFirst[k], counts[k] * 2);
      }
      byFirst[k][counts[k]++] = which;
    }

    int size() {
      return size;
    }

    String get(int which) {
      return strings[which];
    }

    /**
     * Every string begins with a letter or digit: then it can only stand at a word start of a text (a letter
     * or digit after none), and {@link #find(String, HangulWords, int, int, int, boolean)} tries those alone.
     */
    private boolean wordStarting = true;

    boolean wordStarting() {
      return wordStarting;
    }

    /**
     * {@link #find(String)} of {@code s} (or, {@code lowered}, {@link #findLowered} of it, which the caller
     * knows to give no -1), trying only the word starts {@code words.wordStart[from, to)}, each less
     * {@code shift}: {@code s} stands in the text {@code words} read at {@code shift}, and those are the word
     * starts in its range. Only for an index that is {@link #wordStarting}: the places are the same, since a
     * place needs a boundary before it and a first character that is a letter or digit (lowered or not, as
     * {@code NameMatcherShortcutsTest} checks), which is what a word start is.
     */
    int find(String s, HangulWords words, int from, int to, int shift, boolean lowered) {
      long[] found = this.found;
      int n = 0;
      int[] starts = words.wordStart;
      for (int j = from; j < to; j++) {
        int at = starts[j] - shift;
        char c = lowered ? lowered(s.charAt(at)) : s.charAt(at);
        if ((mayStart[(c >> 6) & 15] & 1L << c) == 0) {
          continue;
        }
        int k = firsts.indexOf(c);
        if (k < 0) {
          continue;
        }
        int[] group = byFirst[k];
        for (int g = 0, count = counts[k]; g < count; g++) {
          int which = group[g];
          String form = strings[which];
          if ((lowered ? startsWithLowered(s, form, at) : s.startsWith(form, at))
              && boundaryAfter(s, at + form.length(), form)) {
            if (n == found.length) {
              found = Arrays.copyOf(found, n * 2);
              this.found = found;
            }
            found[n++] = ((long) which << 32) | at;
          }
        }
      }
      sort(found, n);
      return n;
    }

    /** {@link #find}'s results, kept between calls: a matcher reads one text at a time. */
    private long[] found = new long[8];

    /**
     * Finds every place where a string stands as a word of its own (a boundary before it, and after it a
     * boundary or a particle), encoded by {@link #which} and {@link #where}, ordered by string and then by
     * place; returns how many, read by {@link #found(int)}.
     */
    int find(String s) {
      long[] found = this.found;
      int n = 0;
      for (int at = 0; at < s.length(); at++) {
        char c = s.charAt(at);
        if ((mayStart[(c >> 6) & 15] & 1L << c) == 0) {
          continue;
        }
        int k = firsts.indexOf(c);
        if (k < 0 || !boundaryBefore(s, at)) {
          continue;
        }
        int[] group = byFirst[k];
        for (int j = 0, count = counts[k]; j < count; j++) {
          int which = group[j];
          String form = strings[which];
          if (s.startsWith(form, at) && boundaryAfter(s, at + form.length(), form)) {
            if (n == found.length) {
              found = Arrays.copyOf(found, n * 2);
              this.found = found;
            }
            found[n++] = ((long) which << 32) | at;
          }
        }
      }
      sort(found, n);
      return n;
    }

    /**
     * {@code find(lowerCase(s))}, lowering each character as it is read (no lower-case copy of the text); -1
     * when {@code s} has a character {@link #lowerCase} leaves to String (a surrogate, capital sigma, dotted
     * capital I). Positions and lengths are the same in both texts, and a lowered character is a letter or
     * digit, or a syllable, exactly when the character is ({@code NameMatcherShortcutsTest} checks every
     * character), so the boundaries are read on {@code s} itself.
     */
    int findLowered(String s) {
      long[] found = this.found;
      int n = 0;
      int length = s.length();
      for (int at = 0; at < length; at++) {
        char c = lowered(s.charAt(at));
        if (c == 0) {
          return -1;
        }
        if ((mayStart[(c >> 6) & 15] & 1L << c) == 0) {
          continue;
        }
        int k = firsts.indexOf(c);
        if (k < 0 || !boundaryBefore(s, at)) {
          continue;
        }
        int[] group = byFirst[k];
        for (int j = 0, count = counts[k]; j < count; j++) {
          int which = group[j];
          String form = strings[which];
          if (startsWithLowered(s, form, at) && boundaryAfter(s, at + form.length(), form)) {
            if (n == found.length) {
              found = Arrays.copyOf(found, n * 2);
              this.found = found;
            }
            found[n++] = ((long) which << 32) | at;
          }
        }
      }
      sort(found, n);
      return n;
    }

    /** {@code lowerCase(s).startsWith(form, at)} for a text that {@link #findLowered} reads. */
    private static boolean startsWithLowered(String s, String form, int at) {
      int n = form.length();
      if (at + n > s.length()) {
        return false;
      }
      for (int j = 0; j < n; j++) {
        if (lowered(s.charAt(at + j)) != form.charAt(j)) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@code Arrays.sort(a, 0, n)}: most texts have no or a few places, and the library sort's set-up cost more
     * than sorting them (a tenth of the organisation search).
     */
    static void sort(long[] a, int n) {
      if (n > 32) {
        Arrays.sort(a, 0, n);
        return;
      }
      for (int i = 1; i < n; i++) {
        long x = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > x) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
    }

    /** The places {@link #find} found, valid until its next call: {@code found(k)} for k below its result. */
    long found(int k) {
      return found[k];
    }

    static int which(long found) {
      return (int) (found >>> 32);
    }

    static int where(long found) {
      return (int) found;
    }
  }
}
