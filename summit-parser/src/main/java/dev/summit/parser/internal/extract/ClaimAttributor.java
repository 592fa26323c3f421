package dev.summit.parser.internal.extract;

import dev.summit.model.Affiliation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whom one claim is attributed to.
 *
 * <ul>
 *   <li>Each sentence has at most one subject: its first person mention, when a topic or subject particle
 *       (은/는/이/가/께서/도, or 역시) follows it, maybe after a parenthesis and position words ("람다의 스티븐 발라반
 *       CEO는", "Bryan Black은", "아라빈드 스리니바스(Aravind Srinivas)는"); "A와 B는" names both. A sentence whose
 *       first mention is not its subject ("이 패널에는 AMD의 Steve Scott, …") names nobody.</li>
 *   <li>In a panel or dialogue, a claim goes to the participants its sentences name as subjects.</li>
 *   <li>In a keynote, a claim goes to the speaker, unless a sentence reports another person speaking
 *       ("Microsoft 사티아 나델라 회장은 … 언급"): then it goes to nobody.</li>
 * </ul>
 * Stateless; the {@link NameMatcher} passed in carries the session's knowledge.
 */
final class ClaimAttributor {

  /** The outcome for one claim. */
  record Attribution(List<String> speakerIds, boolean namesSubject, List<NameMatcher.Mention> unresolved) {}

  private static final String[] SUBJECT_PARTICLES = {"께서는", "께서", "은", "는", "이", "가", "도"};
  static final String[] SPEECH = {
      "말했", "말하", "말한", "강조", "언급", "설명", "밝혔", "주장", "이야기", "전망", "지적", "덧붙", "소개", "역설",
      "제시", "제안", "확신", "평가", "답했", "발언", "예측", "얘기"};
  private static final String[] ENGLISH_SPEECH = {
      " said", " says", " argued", " argues", " noted", " notes", " explained", " explains", " added", " adds",
      " stressed", " emphasised", " emphasized", " warned", " believes", " thinks", " pointed out", " told",
      " described", " predicted", " expects", " expected", " showed", " presented", " announced"};
  private static final String[] CONTINUATIONS = {
      "특히", "또한", "그는", "그녀는", "그들은", "이어", "아울러", "그러면서", "덧붙여", "이에 대해", "He", "She", "They",
      "Also"};

  /**
   * @param text the claim's plain text
   * @param names the session's matcher
   * @param participants the speaker ids of the session's participants
   * @param keynoteSpeakers the speakers a keynote's claims default to; empty for a panel or dialogue
   */
  Attribution attribute(String text, NameMatcher names, Set<String> participants, List<String> keynoteSpeakers) {
    return attribute(text, names, participants, keynoteSpeakers, authorVoice(text));
  }

  /** {@link #attribute(String, NameMatcher, Set, List)} with {@link #authorVoice(String)} of the text known. */
  Attribution attribute(String text, NameMatcher names, Set<String> participants, List<String> keynoteSpeakers,
      boolean authorVoice) {
    // made when first needed: most sentences name nobody
    Set<String> named = null;
    List<NameMatcher.Mention> unresolved = List.of();
    boolean namesSubject = false;
    boolean otherSpeaks = false;
    List<String> sentences;
    int[] starts;
    // the matcher reads the claim once (its words, where they start, whether it has a sentence break)
    if (!names.breaks(text)) { // most claims: the text itself, without a list and offsets of its own
      sentences = List.of(text);
      starts = AT_ZERO;
    } else {
      sentences = new ArrayList<>(2);
      starts = sentences(text, sentences);
    }
    for (int k = 0; k < sentences.size(); k++) {
      String sentence = sentences.get(k);
      if (sentence.isBlank()) {
        continue;
      }
      // the matcher reads the claim's words once, and each sentence as a part of them
      List<NameMatcher.Mention> subjects = subjects(sentence, names.mentions(sentence, text, starts[k]));
      if (subjects.isEmpty()) {
        continue;
      }
      namesSubject = true;
      // by index: an iterator over an immutable list is an object per sentence
      for (int j = 0; j < subjects.size(); j++) {
        NameMatcher.Mention m = subjects.get(j);
        if (!m.resolved()) {
          if (unresolved.isEmpty()) {
            unresolved = new ArrayList<>(2);
          }
          unresolved.add(m);
        }
        boolean other = !m.resolved() || !participants.contains(m.speakerId());
        if (other) {
          if (!keynoteSpeakers.isEmpty() && speaks(sentence)) {
            otherSpeaks = true;
          }
        } else {
          if (named == null) {
            named = new LinkedHashSet<>();
          }
          named.add(m.speakerId());
        }
      }
    }
    List<String> ids;
    if (keynoteSpeakers.isEmpty()) {
      ids = named == null ? List.of() : List.copyOf(named);
    } else if (otherSpeaks) {
      ids = List.of();
    } else if (named != null) {
      ids = List.copyOf(named);
    } else if (keynoteSpeakers.size() == 1) {
      ids = List.copyOf(keynoteSpeakers);
    } else {
      ids = List.of();
    }
    if (authorVoice) {
      return new Attribution(List.of(), true, unresolved); // the author's own words
    }
    return new Attribution(ids, namesSubject, unresolved);
  }

  /**
   * The text split into sentences as {@code Pattern.split} with {@code (?<=[.!?。])(?<!\s[A-Z]\.)\s+|\n+}
   * would split it (white space after an end mark that does not close an initial such as "J.", or a run of
   * line breaks), read in one pass.
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>(2);
    sentences(text, out);
    return out;
  }

  private static final int[] AT_ZERO = {0};

  /** Whether {@link #sentences(String)} gives the text whole: it has no sentence break. */
  static boolean oneSentence(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (breakEnd(text, i) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Where the break at {@code i} ends (see {@link #sentences(String)}), or -1 when there is none at i. */
  static int breakEnd(String text, int i) {
    char c = text.charAt(i);
    if (c > ' ') {
      return -1; // every \\s character and the line break are at most a space: most characters end here
    }
    int n = text.length();
    if (i > 0 && Affiliation.isPatternSpace(c)) {
      char p = text.charAt(i - 1);
      if ((p == '.' || p == '!' || p == '?' || p == '。')
          && !(i >= 3 && Affiliation.isPatternSpace(text.charAt(i - 3)) && text.charAt(i - 2) >= 'A' && text.charAt(i - 2) <= 'Z'
              && p == '.')) {
        int end = i + 1;
        while (end < n && Affiliation.isPatternSpace(text.charAt(end))) {
          end++;
        }
        return end;
      }
    }
    if (c == '\n') {
      int end = i + 1;
      while (end < n && text.charAt(end) == '\n') {
        end++;
      }
      return end;
    }
    return -1;
  }

  /** Adds the sentences of {@link #sentences(String)} to {@code out}; returns where each starts in the text. */
  static int[] sentences(String text, List<String> out) {
    int[] starts = new int[4];
    int start = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int end = breakEnd(text, i);
      if (end < 0) {
        i++;
        continue;
      }
      starts = put(starts, out.size(), start);
      out.add(text.substring(start, i));
      start = end;
      i = end;
    }
    if (start < n || out.isEmpty()) {
      starts = put(starts, out.size(), start);
      out.add(text.substring(start));
    }
    return starts;
  }

  private static int[] put(int[] a, int i, int value) {
    int[] out = i < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
    out[i] = value;
    return out;
  }


  /** The subjects of one sentence: its first mention if a particle follows it, with a conjoined second. */
  static List<NameMatcher.Mention> subjects(String s, List<NameMatcher.Mention> mentions) {
    if (mentions.isEmpty()) {
      return List.of();
    }
    NameMatcher.Mention first = mentions.get(0);
    int after = afterName(s, first.end());
    if (subjectParticleAt(s, after)) {
      return List.of(first);
    }
    // "A와 B는": both are subjects
    if (mentions.size() > 1 && (s.startsWith("와 ", after) || s.startsWith("과 ", after))) {
      NameMatcher.Mention second = mentions.get(1);
      if (second.start() == after + 2 && subjectParticleAt(s, afterName(s, second.end()))) {
        return List.of(first, second);
      }
    }
    return List.of();
  }

  /** Skips a parenthesis and position words after a name. */
  private static int afterName(String s, int end) {
    int i = end;
    if (i < s.length() && s.charAt(i) == '(') {
      int close = s.indexOf(')', i);
      if (close > 0 && close - i < 80) {
        i = close + 1;
      }
    }
    for (int k = 0; k < 3; k++) {
      boolean moved = false;
      int j = i < s.length() && s.charAt(i) == ' ' ? i + 1 : i;
      for (int pk : NameMatcher.positionsAt(s, j)) {
        String p = NameMatcher.position(pk);
        if (s.startsWith(p, j)) {
          int e = j + p.length();
          if (e >= s.length() || !NameMatcher.letterOrDigit(s.charAt(e)) || NameMatcher.particleAt(s, e)) {
            i = e;
            moved = true;
            break;
          }
        }
      }
      if (!moved) {
        break;
      }
    }
    return i;
  }

  private static boolean subjectParticleAt(String s, int i) {
    if (s.startsWith(" 역시", i)) {
      return true;
    }
    for (String verb : ENGLISH_SPEECH) {
      if (s.startsWith(verb, i)) {
        int e = i + verb.length();
        if (e >= s.length() || !Character.isLetter(s.charAt(e))) {
          return true; // "Lisa Su said …"
        }
      }
    }
    for (String p : SUBJECT_PARTICLES) {
      if (s.startsWith(p, i)) {
        int e = i + p.length();
        if (e >= s.length() || !Transliteration.isHangul(s.charAt(e))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean speaks(String sentence) {
    return SPEECH_PHRASES.in(sentence);
  }

  private static final Pattern REPORTED = Pattern.compile(
      "[다라]고\\s?(강조|말|설명|언급|덧붙|밝|주장|지적|전망|이야기|역설|평가|확신|답)|것으로\\s?(전망|기대|예상|내다)");
  /** The author's own voice: first-person pronouns (not inside a longer word), and phrases of a blog post. */
  static final String[] AUTHOR_PRONOUNS = {"제가 ", "저는 ", "저도 ", "저희는 "};
  static final String[] AUTHOR_PHRASES = {
      "이번 블로그", "블로그에서는", "포스트", "해보았", "해봤", "보았습니다", "봤습니다", "보겠습니다", "도록 하겠습니다",
      "도록하겠습니다", "스킵", "궁금하신", "이번 글", "본 글", "마치겠습니다", "감사합니다", "개인적으로", "(개인 의견)",
      "(개인의견)", "(후기)"};

  private static final Pattern DIGRESSION_VERB = Pattern.compile(
      "(살펴보|알아보|조사|정리하|정리해|짚어보|해보)[^.]{0,12}(겠습니다|았습니다|봤습니다)");
  // literal look-ups (String.indexOf is an intrinsic) instead of regex alternations tried at every index
  static final String[] DIGRESSION_CUES = {"앞서", "용어", "디테일하게", "자세히", "곁가지", "여담", "잠깐"};
  static final String[] SIDE_TRACKS = {"옆길로", "옆 길로", "잠깐빠져", "잠깐 빠져"};
  static final String[] DIGRESSION_ENDS = {"본론", "본 발표", "본격적인 발표"};
  /** SPEECH, searched in one pass ({@link Phrases}). */
  private static final Phrases SPEECH_PHRASES = Phrases.of(SPEECH);

  /** A bit of {@link #cues}: the claim holds one of {@link #DIGRESSION_ENDS}. */
  static final int DIGRESSION_END = 1;
  /** A bit of {@link #cues}: one of {@link #SIDE_TRACKS}. */
  static final int SIDE_TRACK = 2;
  /** A bit of {@link #cues}: one of {@link #DIGRESSION_CUES}. */
  static final int DIGRESSION_CUE = 4;
  /** A bit of {@link #cues}: one of {@link #AUTHOR_PHRASES}, or one of {@link #AUTHOR_PRONOUNS} after no syllable. */
  static final int AUTHOR_VOICE = 8;
  /**
   * A bit of {@link #cues}: a digit right before 년 ({@link #YEAR_DIGITS}), without which (and without an arrow)
   * {@link TimelineExtractor#dated} finds no entry.
   */
  static final int YEAR_DIGIT = 16;
  /**
   * A bit of {@link #cues}: one of {@link #CONTRAST_HINTS}, without which {@link ProseComparisonDeriver#contrast}
   * finds no marker (반면, 달리, 에 반해; the last holds " 반해").
   */
  static final int CONTRAST_HINT = 32;
  /**
   * A bit of {@link #cues}: one of {@link #NOW_HINTS}, without which an arrow gives {@link TimelineExtractor#dated}
   * no "now" entry (its pattern NOW needs one of these words).
   */
  static final int NOW_HINT = 64;
  /** A bit of {@link #cues}: one of {@link QuantityExtractor#NUMERAL_FACTORS} ("두 배"). */
  static final int NUMERAL_FACTOR = 128;
  static final String[] YEAR_DIGITS = {"0년", "1년", "2년", "3년", "4년", "5년", "6년", "7년", "8년", "9년"};
  static final String[] NOW_HINTS = {"현재", "지금", "오늘날", "now", "today", "Now", "Today"};
  static final String[] CONTRAST_HINTS = {"반면", "달리", " 반해"};

  /**
   * Every phrase list a claim is asked about on its own (the digression's ends, side tracks and cues, the author's
   * phrases and pronouns, and the derivers' hints), in one table: a claim is read once for all of them instead of
   * once per list.
   */
  private static final Phrases CUES = Phrases.groups(
      new String[][] {DIGRESSION_ENDS, SIDE_TRACKS, DIGRESSION_CUES, AUTHOR_PHRASES, AUTHOR_PRONOUNS, YEAR_DIGITS,
          CONTRAST_HINTS, NOW_HINTS, QuantityExtractor.NUMERAL_FACTORS},
      new int[] {DIGRESSION_END, SIDE_TRACK, DIGRESSION_CUE, AUTHOR_VOICE, AUTHOR_VOICE, YEAR_DIGIT, CONTRAST_HINT,
          NOW_HINT, NUMERAL_FACTOR},
      new boolean[] {false, false, false, false, true, false, false, false, false});

  /**
   * What one pass over a claim's text tells: the bits {@link #DIGRESSION_END}, {@link #SIDE_TRACK},
   * {@link #DIGRESSION_CUE}, {@link #AUTHOR_VOICE}, and for the extractors {@link #YEAR_DIGIT},
   * {@link #CONTRAST_HINT}, {@link #NOW_HINT} and {@link #NUMERAL_FACTOR}, each set exactly when the search of its
   * own would find it ({@code ClaimAttributorOnePassTest}). {@link #endsDigression(int)},
   * {@link #startsDigression(int, String)} and {@link #authorVoice(int)} read them.
   */
  static int cues(String text) {
    return CUES.find(text);
  }

  /**
   * True when an author's claim opens a digression of the author's own: it says it steps aside ("옆 길로 잠깐
   * 빠져서"), or announces the author's own look at something with a cue that it goes beyond the talk ("조금 더
   * 디테일하게 … 살펴보도록 하겠습니다", "발표 내용을 소개하기에 앞서 … 용어를 정리하고 넘어가겠습니다"). Until
   * it ends, keynote claims are the author's, not the speaker's.
   */
  static boolean startsDigression(String text) {
    return startsDigression(cues(text), text);
  }

  /** {@link #startsDigression(String)} with the text's {@link #cues} read already. */
  static boolean startsDigression(int cues, String text) {
    return (cues & SIDE_TRACK) != 0 || (cues & DIGRESSION_CUE) != 0 && DIGRESSION_VERB.matcher(text).find();
  }

  /** True when an author's claim returns to the talk ("다시 본론으로 넘어가겠습니다"). */
  static boolean endsDigression(String text) {
    return endsDigression(cues(text));
  }

  /** {@link #endsDigression(String)} from the text's {@link #cues}. */
  static boolean endsDigression(int cues) {
    return (cues & DIGRESSION_END) != 0;
  }

  /**
   * Phrases (of two characters or more) found in one pass over a text: each place is looked up by its first two
   * characters in a bit table and compared with the phrases that begin with its character only when some phrase
   * begins with that pair, instead of the text searched once per phrase. A claim is asked about some forty
   * phrases of six lists; one search each walked it forty times.
   *
   * <p>Each phrase carries the bit of its list, and a list may count only where its phrase stands at the start or
   * after no syllable (a pronoun, not the end of a longer word); {@link #find} gives the bits of every list found.
   */
  static final class Phrases {
    /**
     * Bit {@link #pair} set for the first two characters of every phrase: 65,536 bits (8 KB), so that places of no
     * phrase rarely share a bit with one (at 4,096 bits, 330 of a post's 455 hits were such places).
     */
    private final long[] pairs = new long[1024];
    /**
     * By the top 12 bits of {@link #pair} of their first two characters (null for none): the phrases, with their
     * lists' bits and whether they need a word start. A hit goes straight to the few phrases that may start there.
     */
    private final String[][] byPair = new String[4096][];
    private final int[][] bitsByPair = new int[4096][];
    private final boolean[][] wordStartByPair = new boolean[4096][];

    private Phrases(String[][] lists, int[] bits, boolean[] wordStart) {
      for (int l = 0; l < lists.length; l++) {
        for (String p : lists[l]) {
          if (p.length() < 2) {
            throw new IllegalArgumentException("a phrase of one character: " + p);
          }
          int bit = pair(p.charAt(0), p.charAt(1));
          pairs[bit >>> 6] |= 1L << bit;
          int h = bit >>> 4;
          int k = byPair[h] == null ? 0 : byPair[h].length;
          byPair[h] = java.util.Arrays.copyOf(byPair[h] == null ? new String[0] : byPair[h], k + 1);
          bitsByPair[h] = java.util.Arrays.copyOf(bitsByPair[h] == null ? new int[0] : bitsByPair[h], k + 1);
          wordStartByPair[h] =
              java.util.Arrays.copyOf(wordStartByPair[h] == null ? new boolean[0] : wordStartByPair[h], k + 1);
          byPair[h][k] = p;
          bitsByPair[h][k] = bits[l];
          wordStartByPair[h][k] = wordStart[l];
        }
      }
    }

    /** One list, found anywhere: {@link #in} tells whether the text holds one of its phrases. */
    static Phrases of(String... phrases) {
      return new Phrases(new String[][] {phrases}, new int[] {1}, new boolean[] {false});
    }

    /**
     * Several lists, each found by its bit ({@code bits[l]}); a list with {@code wordStart[l]} counts only at the
     * start or after no syllable.
     */
    static Phrases groups(String[][] lists, int[] bits, boolean[] wordStart) {
      return new Phrases(lists, bits, wordStart);
    }

    /** Two characters as a bit index (0 to 65,535): a hash, so pairs of no phrase may share a bit. */
    private static int pair(char a, char b) {
      return (a * 31 + b) * 0x9E3779B1 >>> 16;
    }

    /**
     * The bits of the phrases that start at {@code at}, whose first two characters have the {@link #pair}
     * {@code bit}, and whose bits are not in {@code found} yet.
     */
    private int at(String text, int at, int bit, int found) {
      int h = bit >>> 4;
      String[] ps = byPair[h];
      int[] bits = bitsByPair[h];
      boolean[] wordStart = wordStartByPair[h];
      int out = 0;
      for (int j = 0; j < ps.length; j++) {
        if ((found & bits[j]) == 0 && text.startsWith(ps[j], at)
            && (!wordStart[j] || at == 0 || !Transliteration.isHangul(text.charAt(at - 1)))) {
          out |= bits[j];
        }
      }
      return out;
    }

    /** Whether the text contains a phrase: a search per phrase ({@code ClaimAttributorOnePassTest} checks it so). */
    boolean in(String text) {
      return find(text) != 0;
    }

    /** The bits of the lists the text holds a phrase of, read in one pass. */
    int find(String text) {
      int n = text.length();
      int found = 0;
      // the loop holds only the pair test: most places of a claim begin no phrase (a test for digits in the
      // same loop cost more than the figure scan it would have spared)
      char a = n == 0 ? 0 : text.charAt(0);
      for (int i = 1; i < n; i++) {
        char b = text.charAt(i);
        int h = pair(a, b);
        if ((pairs[h >>> 6] & 1L << h) != 0) {
          found |= at(text, i - 1, h, found);
        }
        a = b;
      }
      return found;
    }
  }

  /** True when the claim is written in the author's own voice ("살펴보도록 하겠습니다", "제가 …"). */
  static boolean authorVoice(String text) {
    // one pass for the phrases and the pronouns (a pronoun counts at the start or after no syllable), not a
    // search per phrase
    return authorVoice(cues(text));
  }

  /** {@link #authorVoice(String)} from the text's {@link #cues}. */
  static boolean authorVoice(int cues) {
    return (cues & AUTHOR_VOICE) != 0;
  }

  /** True when the claim reports what someone said ("…다고 강조했습니다") without naming who. */
  static boolean reported(String text) {
    return REPORTED.matcher(text).find();
  }


  private static final Pattern INTRODUCES = Pattern.compile("설명하며|설명했|다음과 같|아래와 같|[:：]\\s*$");

  /** True when a claim announces an explanation that the next labelled claims give ("…의 차이를 설명하며"). */
  static boolean introduces(String text) {
    return INTRODUCES.matcher(text).find();
  }

  /** True when a claim opens as the continuation of the one before ("특히 …", "그는 …"). */
  static boolean continues(String text) {
    String t = text.stripLeading();
    if (t.startsWith("(")) {
      return false;
    }
    for (String c : CONTINUATIONS) {
      if (t.startsWith(c) && (t.length() == c.length() || !Character.isLetter(t.charAt(c.length())))) {
        return true;
      }
    }
    return false;
  }
}
