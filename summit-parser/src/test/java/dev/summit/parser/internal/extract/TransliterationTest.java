package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(textBlock = """
      스티븐 발라반, Stephen Balaban
      마크 아담스, Mark Adams
      카플리, Kai Fu Lee
      아라빈드 스리니바스, Aravind Srinivas
      모하메드 아와드, Mohamed Awad
      브라이언 블랙, Bryan Black
      스티브 스콧, Steve Scott
      그렉 브록만, Greg Brockman
      크리스 르베스크, Chris Levesque
      라니 보르카르, Rani Borkar
      게리 그라이더, Gary Grider
      젠슨 황, Jensen Huang
      사티아 나델라, Satya Nadella
      람다, Lambda
      테라파워, TerraPower
      퍼플렉시티, Perplexity
      마이크로소프트, Microsoft
      샘 올트먼, Sam Altman
      리사 수, Lisa Su
      """)
  void transliterationsShareTheSkeletonOfTheLatinName(String hangul, String latin) {
    assertThat(Transliteration.hangul(hangul)).isEqualTo(Transliteration.latin(latin)).isNotEmpty();
  }

  @Test
  void pluralSIsOptionalForOrganisations() {
    assertThat(Transliteration.hangul("펭귄 솔루션")).isEqualTo(Transliteration.latinSingular("Penguin Solutions"));
    assertThat(Transliteration.hangul("펭귄 솔루션")).isNotEqualTo(Transliteration.latin("Penguin Solutions"));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource(textBlock = """
      스티븐 발라반, Mark Adams
      마크 아담스, Mohamed Awad
      브라이언 블랙, Steve Scott
      게리 그라이더, Greg Brockman
      유영상, Stephen Balaban
      데이터센터, Gary Grider
      """)
  void differentNamesDoNotMatch(String hangul, String latin) {
    assertThat(Transliteration.hangul(hangul)).isNotEqualTo(Transliteration.latin(latin));
  }

  @Test
  void nearHangulAllowsOneVowelOnly() {
    assertThat(Transliteration.nearHangul("이강옥", "이강욱")).isTrue();
    assertThat(Transliteration.nearHangul("이강욱", "이강욱")).isFalse();
    assertThat(Transliteration.nearHangul("이강옥", "이장욱")).isFalse(); // a consonant differs too
    assertThat(Transliteration.nearHangul("김강옥", "이강옥")).isFalse(); // family name differs
    assertThat(Transliteration.nearHangul("이강옥", "이걍욱")).isFalse(); // two syllables differ
    assertThat(Transliteration.nearHangul("이강옥", "이강옥수")).isFalse();
  }

  @Test
  void aKeyIsTheSkeletonPackedAndTheRangeKeyIsTheKeyOfTheWords() {
    String text = "SK하이닉스의 이강옥 부사장은 스티븐 발라반 CEO와 보르카르, 르네 그리고 크크크크 각국 바다가나마사자차카타파하바다가나마사 엔비디아를";
    java.util.List<int[]> words = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[가-힣]+").matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < words.size(); i++) {
      int[] a = words.get(i);
      String single = Transliteration.hangul(text.substring(a[0], a[1]));
      assertThat(Transliteration.hangulKey(text, a[0], a[1])).as(single).isEqualTo(Transliteration.key(single));
      for (int j = i + 1; j < words.size(); j++) {
        int[] b = words.get(j);
        String pair = Transliteration.hangul(text.substring(a[0], a[1]) + " " + text.substring(b[0], b[1]));
        assertThat(Transliteration.joinKeys(Transliteration.hangulKey(text, a[0], a[1]),
            Transliteration.hangulKey(text, b[0], b[1]))).as(pair).isEqualTo(Transliteration.key(pair));
      }
    }
    assertThat(Transliteration.key("BLBN")).isNotEqualTo(Transliteration.key("BLB"));
    assertThat(Transliteration.keyLength(Transliteration.key("BLBN"))).isEqualTo(4);
    assertThat(Transliteration.keyLength(Transliteration.key(""))).isZero();
    assertThat(Transliteration.key("KTKTKTKTKTKTKTKT")).isEqualTo(-1);
  }

  /** The key of a run of syllables as {@link Transliteration#hangulKey} computes it, step by step. */
  @Test
  void runKeyIsTheRangeKeyTakenOn() {
    // syllables with and without a final, runs of one class (각, 크크), the silent 르, and long runs past the
    // longest key
    String alphabet = "르스티븐발라반각국크바다가나마사자차카타파하아이우엔비디앙릉를";
    java.util.Random random = new java.util.Random(11);
    for (int n = 0; n < 20_000; n++) {
      int length = 1 + random.nextInt(n % 10 == 0 ? 24 : 8);
      StringBuilder b = new StringBuilder("x ");
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      int end = s.length();
      int cut = 3 + random.nextInt(length); // after the first syllable, as a particle is taken on after a word
      long first = Transliteration.hangulKey(s, 2, cut);
      assertThat(Transliteration.runKey(s, 2, cut, 0, true)).as(s).isEqualTo(first);
      assertThat(Transliteration.runKey(s, cut, end, first, false)).as(s + " at " + cut)
          .isEqualTo(Transliteration.hangulKey(s, 2, end));
    }
    for (char c = '\uAC00'; c <= '\uD7A3'; c++) { // every syllable, alone and after every class
      String s = "바" + c;
      assertThat(Transliteration.runKey(s, 1, 2, 0, true)).isEqualTo(Transliteration.hangulKey(s, 1, 2));
      for (long last = 1; last <= 8; last++) {
        assertThat(Transliteration.runKey(s, 1, 2, last, false)).isEqualTo(Transliteration.hangulKeyAfter(last, s, 1, 2));
      }
    }
  }

  @Test
  void joinKeysIsEveryClassOfTheSecondKeyAppended() {
    java.util.Random random = new java.util.Random(13);
    for (int n = 0; n < 50_000; n++) {
      long a = randomKey(random);
      long b = randomKey(random);
      assertThat(Transliteration.joinKeys(a, b)).as(Long.toHexString(a) + " " + Long.toHexString(b))
          .isEqualTo(joinKeysPlain(a, b));
    }
  }

  /** A key of 0 to 16 classes (16: -1), each class other than the one before, as keys are. */
  private static long randomKey(java.util.Random random) {
    int length = random.nextInt(random.nextBoolean() ? 17 : 6);
    if (length > Transliteration.MAX_KEY_LENGTH) {
      return -1;
    }
    long key = 0;
    for (int i = 0; i < length; i++) {
      int code;
      do {
        code = 1 + random.nextInt(8);
      } while (code == (key & 0xF));
      key = key << 4 | code;
    }
    return key;
  }

  /** joinKeys as it was: each class of b appended in turn, a run collapsing, past the longest key -1. */
  private static long joinKeysPlain(long a, long b) {
    if (a == -1 || b == -1) {
      return -1;
    }
    long k = a;
    for (int shift = 4 * (Transliteration.keyLength(b) - 1); shift >= 0 && k != -1; shift -= 4) {
      int code = (int) (b >>> shift & 0xF);
      if ((k & 0xF) != code) {
        k = Transliteration.keyLength(k) >= Transliteration.MAX_KEY_LENGTH ? -1 : k << 4 | code;
      }
    }
    return k;
  }
}
