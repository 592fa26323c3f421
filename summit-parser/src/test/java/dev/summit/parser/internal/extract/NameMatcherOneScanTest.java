package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A claim is read once ({@link NameMatcher.HangulWords#read}): its word starts and flags, and what is looked up
 * at them, are what the plain scans of the whole text (or of one sentence of it) that they replace give.
 */
class NameMatcherOneScanTest {

  /** Pieces of claims: names, particles, positions, separators, and characters that lower oddly. */
  private static final String[] PIECES = {
      "스티븐", "발라반", "리사", "수", "이강옥", "SK", "하이닉스", "sk하이닉스", "람다", "Bryan", "Black", "Lambda",
      "AMD", "amd", "NVIDIA", "CEO", "부사장", "대표이사", "대표", "교수", "님", "은", "는", "의", "이", "가", "에서",
      "께서는", " ", " ", " ", "  ", "\n", "\n\n", ". ", "! ", "? ", "。", "\t", "J. ", ",", "(", ")", "-", "'", "x",
      "Q", "1", "01.ai", "Σ", "İ", "ǅ", "Ä", "ä", "Ⓐ", "💡", "르", "가나", "Sam Altman"};

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(24).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 3000)
  void wordStartsAndFlagsAreThoseOfThePlainScans(@ForAll("texts") String text) {
    NameMatcher.HangulWords words = new NameMatcher.HangulWords(text);
    List<Integer> starts = new ArrayList<>();
    boolean unlowerable = false;
    for (int at = 0; at < text.length(); at++) {
      char c = text.charAt(at);
      if (Character.isLetterOrDigit(c) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))) {
        starts.add(at);
      }
      unlowerable |= NameMatcher.lowered(c) == 0 && c != 0;
    }
    List<Integer> read = new ArrayList<>();
    for (int k = 0; k < words.words; k++) {
      read.add(words.wordStart[k]);
    }
    assertThat(read).as(text).isEqualTo(starts);
    assertThat(words.capitalised).as(text).isEqualTo(NameMatcher.hasCapitalisedWord(text));
    assertThat(words.unlowerable).as(text).isEqualTo(unlowerable);
    assertThat(words.breaks).as(text).isEqualTo(!ClaimAttributor.oneSentence(text));
  }

  @Property(tries = 3000)
  void findingAtWordStartsIsFindingEverywhere(@ForAll("texts") String text) {
    NameMatcher.FirstCharIndex index = new NameMatcher.FirstCharIndex();
    NameMatcher.FirstCharIndex lower = new NameMatcher.FirstCharIndex();
    for (String form : List.of("스티븐", "스티븐 발라반", "Bryan Black", "SK", "SK하이닉스", "람다", "리사 수", "Lambda",
        "이강옥", "01.ai", "Ǆ", "Ä")) {
      index.add(form);
      lower.add(NameMatcher.lowerCase(form));
    }
    assertThat(index.wordStarting()).isTrue();
    NameMatcher.HangulWords words = new NameMatcher.HangulWords(text);
    List<String> sentences = new ArrayList<>();
    int[] offsets = ClaimAttributor.sentences(text, sentences);
    sentences.add(text); // and the whole text, as the organisations read it
    for (int k = 0; k < sentences.size(); k++) {
      String s = sentences.get(k);
      int shift = k < sentences.size() - 1 ? offsets[k] : 0;
      int from = words.firstStartFrom(shift);
      int to = words.lastStartBefore(from, shift + s.length());
      assertThat(found(index, index.find(s, words, from, to, shift, false))).as(s)
          .isEqualTo(found(index, index.find(s)));
      if (!words.unlowerable) {
        assertThat(found(lower, lower.find(s, words, from, to, shift, true))).as(s)
            .isEqualTo(found(lower, lower.findLowered(s)));
      }
    }
  }

  @Property(tries = 3000)
  void positionWordsAtWordStartsAreThoseASearchForEachFinds(@ForAll("texts") String text) {
    NameMatcher matcher = new NameMatcher(List.of());
    NameMatcher.HangulWords words = new NameMatcher.HangulWords(text);
    List<String> sentences = new ArrayList<>();
    int[] offsets = ClaimAttributor.sentences(text, sentences);
    for (int k = 0; k < sentences.size(); k++) {
      String s = sentences.get(k);
      // the plain form: each present position in list order, every place it occurs after a space, index 2 on
      List<Long> expected = new ArrayList<>();
      long present = positionsAfterSpace(s);
      for (int p = 0; p < NameMatcher.POSITIONS.size(); p++) {
        if ((present & 1L << p) == 0) {
          continue;
        }
        String pos = NameMatcher.POSITIONS.get(p);
        for (int at = s.indexOf(pos); at >= 0; at = s.indexOf(pos, at + 1)) {
          if (at >= 2 && s.charAt(at - 1) == ' ') {
            expected.add((long) p << 32 | at);
          }
        }
      }
      int from = words.firstStartFrom(offsets[k]);
      int to = words.lastStartBefore(from, offsets[k] + s.length());
      List<Long> actual = new ArrayList<>();
      for (int h = 0, n = matcher.positionHits(s, words, from, to, offsets[k]); h < n; h++) {
        actual.add(matcher.hits[h]);
      }
      assertThat(actual).as(s).isEqualTo(expected);
    }
  }

  private static final String[] SYLLABLES = {
      "람", "다", "엔", "비", "디", "아", "세", "레", "브", "라", "스", "마", "이", "크", "로", "소", "프", "트", "에",
      "엠", "하", "닉", "의", "르", "솔", "루", "션", "즈"};

  @Provide
  Arbitrary<String> hangulWords() {
    return Arbitraries.oneOf(Arbitraries.of("람다", "엔비디아", "세레브라스", "마이크로소프트", "에이엠디", "하이닉스",
        "솔루션즈", "솔루션", "람다스"), Arbitraries.of(SYLLABLES).list().ofMinSize(1).ofMaxSize(9)
            .map(l -> String.join("", l)));
  }

  @Property(tries = 5000)
  void aWordSurelyNamingNoOrganisationNamesNone(@ForAll("hangulWords") String word) {
    NameMatcher matcher = new NameMatcher(List.of(
        new NameMatcher.Person("a", "Stephen Balaban", List.of(), List.of("Lambda"), List.of("CEO"), true),
        new NameMatcher.Person("b", "이강욱", List.of(), List.of("SK하이닉스", "하이닉스"), List.of("부사장"), true),
        new NameMatcher.Person("c", "Andrew Feldman", List.of(), List.of("Cerebras Systems", "마이크로소프트"),
            List.of(), false),
        new NameMatcher.Person("d", "Lisa Su", List.of(), List.of("AMD", "Nvidia Solutions"), List.of(), false)));
    String s = "(" + word + ")";
    if (matcher.surelyNoOrganisation(s, 1, 1 + word.length())) {
      assertThat(matcher.orgIds(word)).as(word).isEmpty();
    }
    assertThat(matcher.surelyNoOrganisation("x" + word, 0, word.length() + 1)).isFalse(); // not all Hangul
    if (word.equals("람다") || word.equals("하이닉스") || word.equals("마이크로소프트")) {
      assertThat(matcher.orgIds(word)).isNotEmpty(); // the property is not vacuous
      assertThat(matcher.surelyNoOrganisation(s, 1, 1 + word.length())).isFalse();
    }
  }

  @Property(tries = 5000)
  void aWordEndsWithoutItsParticleWhereThePlainSearchSays(@ForAll("texts") String text) {
    for (int start = 0; start <= text.length(); start++) {
      for (int end = start; end <= text.length(); end++) {
        // the plain form: the first particle, in list order, that ends the range and leaves two characters
        int expected = end;
        for (String p : NameMatcher.PARTICLES) {
          if (end - start > p.length() + 1 && text.startsWith(p, end - p.length())) {
            expected = end - p.length();
            break;
          }
        }
        assertThat(NameMatcher.strippedEnd(text, start, end)).as(text + " " + start + " " + end).isEqualTo(expected);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void thePositionsAtACharacterAreThoseThatBeginWithIt() {
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      List<Integer> expected = new ArrayList<>();
      for (int k = 0; k < NameMatcher.POSITIONS.size(); k++) {
        if (NameMatcher.POSITIONS.get(k).charAt(0) == c) {
          expected.add(k);
        }
      }
      List<Integer> actual = new ArrayList<>();
      for (int k : NameMatcher.positionsAt(String.valueOf(c), 0)) {
        actual.add(k);
      }
      assertThat(actual).as("U+%04X", i).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<String> positionTexts() {
    return Arbitraries.of(" ", ",", ", ", "  ", "CEO", "부사장", "x", "", "Moderator", "교수").list().ofMaxSize(8)
        .map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void positionWordsAreCutAsThePatternSplitsThem(@ForAll("positionTexts") String text) {
    assertThat(NameMatcher.splitAtBreaks(text)).as("'" + text + "'")
        .isEqualTo(List.of(java.util.regex.Pattern.compile("[ ,]+").split(text)));
  }

  @Property(tries = 300)
  void positionWordsOfAnyTextAreCutAsThePatternSplitsThem(@ForAll String text) {
    assertThat(NameMatcher.splitAtBreaks(text)).isEqualTo(List.of(java.util.regex.Pattern.compile("[ ,]+").split(text)));
  }

  private static List<Long> found(NameMatcher.FirstCharIndex index, int places) {
    List<Long> out = new ArrayList<>();
    for (int k = 0; k < places; k++) {
      out.add(index.found(k));
    }
    return out;
  }

  /** Bit k set when POSITIONS.get(k), of two characters or more, starts right after a space at index 2 or later. */
  private static long positionsAfterSpace(String s) {
    long present = 0;
    // from space to space (String.indexOf is an intrinsic): i is each index 2 or later right after a space
    for (int space = s.indexOf(' ', 1); space >= 0 && space + 1 < s.length(); space = s.indexOf(' ', space + 1)) {
      int i = space + 1;
      for (int k : NameMatcher.positionsAt(s, i)) {
        String pos = NameMatcher.POSITIONS.get(k);
        if (pos.length() >= 2 && s.startsWith(pos, i)) {
          present |= 1L << k;
        }
      }
    }
    return present;
  }
}
