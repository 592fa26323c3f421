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
}
