package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link QuantityExtractor#extract} stops only where a figure may start; it reads what the plain scan reads. */
class QuantityShortcutsTest {
  private static final String[] TOKENS = {"두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "배", "배율",
      "배터리", " ", "\u00A0", "\t", "가", "한", "5", "10", "2.5", "1,200", "$", "$3", "M", "%", "~", "-", "→", "에서",
      "만", "억", "조", "천", "명", "개", "년", "월", "시간", "마다", "원", "달러", "GW", "H", "GPT-", "여 ", ".", ","};

  private final QuantityExtractor quantities = new QuantityExtractor();

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(20).map(l -> String.join("", l));
  }

  @Property(tries = 30_000)
  void extractReadsWhatThePlainScanReads(@ForAll("texts") String text) {
    assertThat(quantities.extract(text)).as("[%s]", text).isEqualTo(quantities.extractOneByOne(text));
    // told that the text holds no numeral factor only when it holds none of NUMERAL_FACTORS
    boolean factor = false;
    for (String f : QuantityExtractor.NUMERAL_FACTORS) {
      factor |= text.contains(f);
    }
    assertThat(quantities.extract(text, factor)).as("[%s]", text).isEqualTo(quantities.extractOneByOne(text));
  }

  @Property(tries = 10_000)
  void nextFactorIsTheFirstPlaceTheNumeralReaderReads(@ForAll("texts") String text) {
    for (int from = 0; from <= text.length(); from++) {
      int expected = -1;
      for (int p = from; p < text.length(); p++) {
        if (QuantityExtractor.isHangul(text.charAt(p)) && (p == 0 || !QuantityExtractor.isHangul(text.charAt(p - 1)))
            && quantities.numeralFactorAt(text, p)) {
          expected = p;
          break;
        }
      }
      assertThat(QuantityExtractor.nextFactor(text, from)).as("[%s] from %d", text, from).isEqualTo(expected);
    }
  }

  @Example
  void examples() {
    for (String text : List.of("두 배", "열배율", "세  배", "다섯 배가 되고 3~4배", "가두 배", "2.5배 두배 $3M 10%에서 20%",
        "아홉\u00A0배", "", "배", "두")) {
      assertThat(quantities.extract(text)).as(text).isEqualTo(quantities.extractOneByOne(text));
    }
    assertThat(quantities.extract("다섯 배가 되고 3~4배")).hasSize(2);
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.of("0", "7", "12", ",345", ".", "5", "999999999", "00", ",", "1").list().ofMinSize(1).ofMaxSize(8)
        .map(l -> String.join("", l));
  }

  @Property(tries = 20_000)
  void parseIsTheBigDecimalOfTheTextWithoutCommas(@ForAll("numbers") String number) {
    String text = "약 " + number + "%";
    java.math.BigDecimal plain = QuantityExtractor.parsePlain(text, 2, 2 + number.length());
    java.math.BigDecimal fast = QuantityExtractor.parse(text, 2, 2 + number.length());
    assertThat(fast).as(number).isEqualTo(plain); // BigDecimal.equals: the same unscaled value and scale
    if (plain != null) {
      assertThat(fast.toString()).isEqualTo(plain.toString());
      assertThat(fast.doubleValue()).isEqualTo(plain.doubleValue());
    }
  }

  @Example
  void latinUnitsStartWithAnAsciiLetter() {
    // readUnit looks at the power and Latin unit tables only after an ASCII letter
    for (String[][] table : List.of(QuantityExtractor.POWER_UNITS, QuantityExtractor.LATIN_UNITS)) {
      for (String[] unit : table) {
        assertThat(QuantityExtractor.isLatin(unit[0].charAt(0))).as(unit[0]).isTrue();
      }
    }
    assertThat(quantities.extract("500MWe와 3 TB, 40만 명, 5시간마다, 30 퍼센트, 2 bits"))
        .extracting(q -> q.unit()).containsExactly("kW", "TB", "count", "hour", "%", "bit");
  }
}
