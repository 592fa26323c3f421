package dev.summit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSpellingTest {
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      이강욱         | 이강옥          | true
      이강욱         | 이강욱          | true
      Gary Grider    | gary grider     | true
      Gary Grider    | Gary Grieder    | true
      Lisa Su        | Lisa Sue        | true
      Su Li          | Su Lee          | false
      김철수         | 박철수          | false
      이강욱         | 이강            | false
      이강욱         | 이가옥          | false
      Rani Borkar    | Rani Barker     | false
      Bryan Black    | Brian Black     | true
      """)
  void variants(String a, String b, boolean expected) {
    assertThat(NameSpelling.variants(a, b)).isEqualTo(expected);
    assertThat(NameSpelling.variants(b, a)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Gary  Grider.   | garygrider
      이강욱 (SK하이닉스) | 이강욱sk하이닉스
      Rani Borkar, CVP | raniborkarcvp
      """)
  void key(String name, String key) {
    assertThat(NameSpelling.key(name)).isEqualTo(key);
  }
}
