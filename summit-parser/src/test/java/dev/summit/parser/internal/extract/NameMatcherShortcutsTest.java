package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The matcher's shortcuts give what the plain computations they stand for give. */
class NameMatcherShortcutsTest {
  private static final String[] TEXTS = {
      "SK하이닉스의 이강옥 부사장은 HBM 수요가 늘 것이라고 말했습니다.",
      "스티븐 발라반 CEO는 람다의 GPU 클라우드를 소개했습니다. 그는 AMD와 NVIDIA를 비교했습니다.\n리사 수 CEO와 젠슨 황은",
      "Kai Fu Lee(이하 카플리)는 01.AI를 창업했고,  Sam Altman은\n\n오픈AI의 CEO입니다! ΣΑΣ İstanbul Ǆ ＡＢＣ 💡 끝",
      "",
      "   앞 공백과 뒤 공백   ",
  };

  @Test
  void lowerCaseIsStringToLowerCaseOfTheRootLocale() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0xD800; c++) {
      String one = String.valueOf(c);
      assertThat(NameMatcher.lowerCase(one)).as("U+%04X", (int) c).isEqualTo(one.toLowerCase(Locale.ROOT));
      all.append(c);
    }
    for (char c = 0xE000; c != 0; c++) {
      String one = String.valueOf(c);
      assertThat(NameMatcher.lowerCase(one)).as("U+%04X", (int) c).isEqualTo(one.toLowerCase(Locale.ROOT));
    }
    assertThat(NameMatcher.lowerCase(all.toString())).isEqualTo(all.toString().toLowerCase(Locale.ROOT));
    for (String text : TEXTS) {
      assertThat(NameMatcher.lowerCase(text)).isEqualTo(text.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void hangulWordsKeysAreTheKeysOfTheirWords() {
    String alphabet = "르스티븐발라반은는께서에게의이가도 .,SK1";
    Random random = new Random(7);
    NameMatcher.HangulWords words = new NameMatcher.HangulWords("");
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      words.read(s);
      for (int k = 0; k < words.size; k++) {
        int start = words.start[k];
        int end = words.end[k];
        assertThat(words.bare[k]).isEqualTo(NameMatcher.strippedEnd(s, start, end));
        assertThat(words.bareKey[k]).as(s).isEqualTo(Transliteration.hangulKey(s, start, words.bare[k]));
        if (words.pairs(k)) {
          long whole = Transliteration.hangulKey(s, start, end);
          assertThat(words.pairKey[k]).as(s)
              .isEqualTo(Transliteration.joinKeys(whole, Transliteration.hangulKey(s, words.start[k + 1], words.bare[k + 1])));
        }
      }
    }
  }

  @Test
  void longPositionsAtHasEveryPositionOfTwoCharactersOrMoreThatStandsThere() {
    // every first character of a position, followed by every second character of one and by others
    StringBuilder firsts = new StringBuilder();
    StringBuilder seconds = new StringBuilder("가나이사표장 .A");
    for (String p : NameMatcher.POSITIONS) {
      firsts.append(p.charAt(0));
      if (p.length() > 1) {
        seconds.append(p.charAt(1));
      }
    }
    for (int a = 0; a < firsts.length(); a++) {
      for (int b = 0; b < seconds.length(); b++) {
        for (String p : NameMatcher.POSITIONS) {
          String s = "x " + firsts.charAt(a) + seconds.charAt(b) + p.substring(Math.min(2, p.length()));
          for (int i = 0; i <= s.length(); i++) {
            assertThat(standing(s, i, NameMatcher.longPositionsAt(s, i))).as(s + " at " + i)
                .isEqualTo(standing(s, i, NameMatcher.positionsAt(s, i)));
          }
        }
      }
    }
  }

  /** The positions of two characters or more among {@code candidates} that stand in s at i. */
  private static List<String> standing(String s, int i, int[] candidates) {
    List<String> out = new ArrayList<>();
    for (int k : candidates) {
      String p = NameMatcher.position(k);
      if (p.length() >= 2 && s.startsWith(p, i)) {
        out.add(p);
      }
    }
    return out;
  }

  @Test
  void sortingFoundPlacesIsArraysSort() {
    Random random = new Random(5);
    for (int n = 0; n < 80; n++) {
      for (int round = 0; round < 50; round++) {
        long[] a = new long[n + 3];
        for (int i = 0; i < a.length; i++) {
          a[i] = random.nextInt(4) == 0 ? a[Math.max(0, i - 1)] : (long) random.nextInt(40) << 32 | random.nextInt(100);
        }
        long[] expected = a.clone();
        java.util.Arrays.sort(expected, 0, n);
        NameMatcher.FirstCharIndex.sort(a, n);
        assertThat(a).isEqualTo(expected);
      }
    }
  }

  @Test
  void latinNamesAreTheMatchesOfThePattern() {
    String alphabet = "AaBbZzMcDq  .-은는가나12";
    Random random = new Random(3);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      List<String> expected = new ArrayList<>();
      java.util.regex.Matcher m = NameMatcher.LATIN_NAME.matcher(s);
      while (m.find()) {
        expected.add(m.start() + "-" + m.end());
      }
      List<String> actual = new ArrayList<>();
      for (int at = 0; at < s.length(); ) {
        int end = NameMatcher.latinNameAt(s, at);
        if (end < 0) {
          at++;
        } else {
          actual.add(at + "-" + end);
          at = end;
        }
      }
      assertThat(actual).as(s).isEqualTo(expected);
    }
  }

  @Test
  void letterOrDigitIsCharacterIsLetterOrDigit() {
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      assertThat(NameMatcher.letterOrDigit(c)).as("U+%04X", i).isEqualTo(Character.isLetterOrDigit(c));
    }
  }

  @Test
  void aCharacterLoweredAloneIsItsLowerCaseWithTheSameBoundaries() {
    for (int i = 1; i <= 0xFFFF; i++) {
      char c = (char) i;
      char lowered = NameMatcher.lowered(c);
      if (Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130') {
        assertThat(lowered).as("U+%04X", i).isEqualTo((char) 0);
        continue;
      }
      assertThat(String.valueOf(lowered)).as("U+%04X", i).isEqualTo(NameMatcher.lowerCase(String.valueOf(c)));
      assertThat(Character.isLetterOrDigit(lowered)).as("U+%04X", i).isEqualTo(Character.isLetterOrDigit(c));
      assertThat(Transliteration.isHangul(lowered)).as("U+%04X", i).isEqualTo(Transliteration.isHangul(c));
    }
  }

  @Test
  void findingLoweredIsFindingInTheLowerCaseText() {
    NameMatcher.FirstCharIndex index = new NameMatcher.FirstCharIndex();
    String[] forms = {"sk", "sk 하이닉스", "sk하이닉스", "amd", "nvidia", "람다", "ǆ", "äb", "ⓐ", "01.ai", "σας"};
    for (String form : forms) {
      index.add(form);
    }
    String alphabet = "SsKkAaMmDdNnVvIiǄǅǆÄäBbⓐⒶ01.람다하이닉스은는의 ,\n\tΣσΑαİ";
    Random random = new Random(11);
    int compared = 0;
    int matched = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(6) == 0 ? forms[random.nextInt(forms.length)].toUpperCase(Locale.ROOT)
            : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      String s = text.toString();
      int lowered = index.findLowered(s);
      long[] a = new long[Math.max(lowered, 0)];
      for (int k = 0; k < a.length; k++) {
        a[k] = index.found(k);
      }
      int places = index.find(NameMatcher.lowerCase(s));
      long[] b = new long[places];
      for (int k = 0; k < places; k++) {
        b[k] = index.found(k);
      }
      if (lowered < 0) {
        assertThat(s).as(s).containsAnyOf("Σ", "İ");
        continue;
      }
      compared++;
      matched += b.length;
      assertThat(a).as(s).isEqualTo(b);
    }
    assertThat(compared).isGreaterThan(10_000);
    assertThat(matched).isGreaterThan(10_000);
  }

  @Test
  void hangulKeyTakenOnEqualsTheKeyOfTheWholeRun() {
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder run = new StringBuilder();
      int length = 2 + random.nextInt(8);
      for (int i = 0; i < length; i++) {
        // 르 (silent after a word's start) often, as particles and transliterations write it
        run.append(random.nextInt(4) == 0 ? '르' : (char) (0xAC00 + random.nextInt(0xD7A4 - 0xAC00)));
      }
      String s = "x " + run + " y";
      for (int cut = 3; cut < 2 + length; cut++) {
        long first = Transliteration.hangulKey(s, 2, cut);
        assertThat(Transliteration.hangulKeyAfter(first, s, cut, 2 + length)).as(s + " at " + cut)
            .isEqualTo(Transliteration.hangulKey(s, 2, 2 + length));
      }
    }
  }

  @Test
  void theWordsOfASentenceAreTheTextsWordsInItsRange() {
    for (String text : TEXTS) {
      NameMatcher.HangulWords whole = new NameMatcher.HangulWords(text);
      List<String> sentences = new ArrayList<>();
      int[] starts = ClaimAttributor.sentences(text, sentences);
      for (int k = 0; k < sentences.size(); k++) {
        String sentence = sentences.get(k);
        assertThat(text.substring(starts[k], starts[k] + sentence.length())).isEqualTo(sentence);
        // the view NameMatcher.mentions takes: words [first, first + count) of the text's, shifted by the start
        int shift = starts[k];
        int first = whole.firstFrom(shift);
        int count = whole.lastBefore(first, shift + sentence.length()) - first;
        NameMatcher.HangulWords fresh = new NameMatcher.HangulWords(sentence);
        assertThat(count).as(sentence).isEqualTo(fresh.size);
        for (int i = 0; i < fresh.size; i++) {
          int w = first + i;
          assertThat(whole.start[w] - shift).isEqualTo(fresh.start[i]);
          assertThat(whole.end[w] - shift).isEqualTo(fresh.end[i]);
          assertThat(whole.bare[w] - shift).isEqualTo(fresh.bare[i]);
          assertThat(whole.bareKey[w]).isEqualTo(fresh.bareKey[i]);
          assertThat(i + 1 < count && whole.pairs(w)).isEqualTo(fresh.pairs(i));
          if (fresh.pairs(i)) {
            assertThat(whole.pairKey[w]).isEqualTo(fresh.pairKey[i]);
          }
        }
      }
    }
  }

  @Test
  void wordsReadAgainIntoTheSameArraysAreTheWordsReadAfresh() {
    NameMatcher.HangulWords reused = new NameMatcher.HangulWords(TEXTS[1]);
    for (String text : TEXTS) {
      reused.read(text);
      NameMatcher.HangulWords fresh = new NameMatcher.HangulWords(text);
      assertThat(reused.size).isEqualTo(fresh.size);
      for (int i = 0; i < fresh.size; i++) {
        assertThat(reused.start[i]).isEqualTo(fresh.start[i]);
        assertThat(reused.bare[i]).isEqualTo(fresh.bare[i]);
        assertThat(reused.bareKey[i]).isEqualTo(fresh.bareKey[i]);
        assertThat(reused.pairs(i)).isEqualTo(fresh.pairs(i));
      }
    }
  }
}
