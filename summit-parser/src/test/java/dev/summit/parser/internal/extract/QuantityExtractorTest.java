package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.summit.model.Quantity;
import dev.summit.model.QuantityKind;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityExtractorTest {
  private final QuantityExtractor extractor = new QuantityExtractor();

  private Quantity only(String text) {
    List<Quantity> qs = extractor.extract(text);
    assertThat(qs).as("figures of %s", text).hasSize(1);
    Quantity q = qs.get(0);
    assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    return q;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      도입 기업이 50%에 불과하다                 | 50%        | PERCENT  | 50        |          | %
      성능 향상은 10~15%가 일반적이었다           | 10~15%     | PERCENT  | 10        | 15       | %
      도입률이 5%에서 80%로 늘어난다             | 5%에서 80%  | PERCENT  | 5         | 80       | %
      점유율은 20% → 35%로 바뀌었다              | 20% → 35%  | PERCENT  | 20        | 35       | %
      응답자의 30 퍼센트가 만족했다              | 30 퍼센트   | PERCENT  | 30        |          | %
      렉당 2~5KW의 전력을 요구했다               | 2~5KW      | POWER    | 2         | 5        | kW
      최대 30KW까지 필요하다                    | 30KW       | POWER    | 30        |          | kW
      최대 500MWe의 에너지를 공급한다            | 500MWe     | POWER    | 500000    |          | kW
      1GW(기가와트)급 데이터센터                 | 1GW        | POWER    | 1000000   |          | kW
      발전소는 1.5 GW 규모다                    | 1.5 GW     | POWER    | 1500000   |          | kW
      서버 한 대가 700W를 쓴다                   | 700W       | POWER    | 0.7       |          | kW
      투자 규모는 $1.2B에 달한다                 | $1.2B      | MONEY    | 1200000000 |         | USD
      초기 투자는 $120M이었다                    | $120M      | MONEY    | 120000000 |          | USD
      시장은 $3 billion 규모로 커졌다            | $3 billion | MONEY    | 3000000000 |         | USD
      가격은 2000달러 이하여야 한다              | 2000달러    | MONEY    | 2000      |          | USD
      정부는 3조 원을 투입한다                   | 3조 원      | MONEY    | 3000000000000 |      | KRW
      예산은 5조 2천억 원이다                    | 5조 2천억 원 | MONEY    | 5200000000000 |      | KRW
      매출 1,500억원을 기록했다                  | 1,500억원   | MONEY    | 150000000000 |       | KRW
      AI 모델의 성능이 두 배로 증가한다           | 두 배       | FACTOR   | 2         |          | x
      수요는 2.5배로 증가할 것이다               | 2.5배       | FACTOR   | 2.5       |          | x
      매년 4~5배로 성장했다                     | 4~5배       | FACTOR   | 4         | 5        | x
      데이터센터 규모가 100배 이상 커졌다         | 100배       | FACTOR   | 100       |          | x
      속도가 세배 빨라졌다                      | 세배        | FACTOR   | 3         |          | x
      3천억 개 이상의 기기에 쓰인다              | 3천억 개    | COUNT    | 300000000000 |       | count
      2천만 명 이상의 개발자가 있다              | 2천만 명    | COUNT    | 20000000  |          | count
      40만 명의 인력이 협력했다                  | 40만 명     | COUNT    | 400000    |          | count
      전국 1,200곳에 설치했다                   | 1,200곳     | COUNT    | 1200      |          | count
      60여 개국에 리전을 두었다                 | 60여 개     | COUNT    | 60        |          | count
      6개월마다 성능이 오른다                    | 6개월마다   | RATE     | 6         |          | month
      평균 1.3년마다 증가한다                    | 1.3년마다   | RATE     | 1.3       |          | year
      피크 시간대에 5시간 이상 공급한다           | 5시간       | DURATION | 5         |          | hour
      3년 만에 그 숫자가 늘었다                  | 3년         | DURATION | 3         |          | year
      앞으로 2~5년 안에 바뀐다                   | 2~5년       | DURATION | 2         | 5        | year
      최신 1nm 공정을 쓴다                      | 1nm         | OTHER    | 1         |          | nm
      QLC 60TB eSSD를 공개했다                  | 60TB        | OTHER    | 60        |          | TB
      4비트 데이터 타입을 쓴다                   | 4비트       | OTHER    | 4         |          | bit
      연간 20TWh를 소비한다                      | 20TWh       | OTHER    | 20000000000 |        | kWh
      """)
  void readsOneFigure(String text, String span, QuantityKind kind, double value, Double upper, String unit) {
    Quantity q = only(text.strip());
    assertThat(q.text()).isEqualTo(span.strip());
    assertThat(q.kind()).isEqualTo(kind);
    assertThat(q.value()).isCloseTo(value, within(1e-6 * Math.max(1, Math.abs(value))));
    if (upper == null) {
      assertThat(q.upperValue()).isEmpty();
    } else {
      assertThat(q.upperValue()).hasValueSatisfying(u -> assertThat(u).isCloseTo(upper, within(1e-9)));
    }
    assertThat(q.unit()).isEqualTo(unit.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      GPT-3에서 GPT-4로 전환했다
      H100과 H200을 도입한다
      Claude 3.5 Sonnet 모델을 통해
      5G와 6G 네트워크가 결합한다
      2022년 12월 출시 이후
      2.5D와 3D 패키징의 차이
      1962년, 존 F. 케네디 대통령은
      2010년대부터 증가해 왔다
      12월 판교 오픈 예정
      4차 산업혁명의 중심
      블라인드 테스트에서 1위를 차지했다
      Natrium 원자로는 원자력 발전 시스템이다
      수백억 개에서 수조 개로 증가했다
      HBM4와 DDR5, Gen6
      """)
  void ignoresNumbersThatAreNotFigures(String text) {
    assertThat(extractor.extract(text)).isEmpty();
  }

  @Test
  void readsSeveralFiguresInOrderWithSpans() {
    String text = "GPU 비용이 $120M에서 $1.2B로 10배 상승하는 사례";
    List<Quantity> qs = extractor.extract(text);
    assertThat(qs).extracting(Quantity::text).containsExactly("$120M에서 $1.2B", "10배");
    assertThat(qs.get(0).value()).isEqualTo(1.2e8);
    assertThat(qs.get(0).upperValue()).contains(1.2e9);
    assertThat(qs.get(1).unit()).isEqualTo("x");
    for (Quantity q : qs) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
  }

  @Test
  void rateAndFactorInOneSentence() {
    List<Quantity> qs = extractor.extract("성능을 평균 1.3년마다 두 배씩 증가시키고 있습니다.");
    assertThat(qs).extracting(Quantity::kind).containsExactly(QuantityKind.RATE, QuantityKind.FACTOR);
    assertThat(qs).extracting(Quantity::unit).containsExactly("year", "x");
  }

  @Test
  void yearsAreNotDurationsButShortSpansAre() {
    List<Quantity> qs = extractor.extract("ARM은 35년 전 창립했고 2030년까지 2년마다 두 배가 된다");
    assertThat(qs).extracting(Quantity::text).containsExactly("35년", "2년마다", "두 배");
  }

  @Test
  void wonInsideAWordIsNotMoney() {
    assertThat(extractor.extract("3원자로")).isEmpty();
    assertThat(extractor.extract("10원에 팔았다")).extracting(Quantity::unit).containsExactly("KRW");
  }

  @Test
  void emptyAndNull() {
    assertThat(extractor.extract("")).isEmpty();
    assertThat(extractor.extract(null)).isEmpty();
  }

  @Test
  void hostileLongLineIsReadWithoutFailure() {
    String digits = "9".repeat(200_000) + "% " + "1~".repeat(100_000) + "5배 " + "$".repeat(50_000);
    List<Quantity> qs = extractor.extract(digits);
    assertThat(qs).isNotEmpty().allSatisfy(q -> assertThat(q.text()).hasSizeLessThan(100));
  }

  @Property(tries = 300)
  void spansAlwaysPointIntoTheText(@ForAll @StringLength(max = 80) String noise) {
    String text = noise + " 10~15% " + noise + " 두 배 " + noise;
    List<Quantity> qs = extractor.extract(text);
    int last = -1;
    for (Quantity q : qs) {
      assertThat(q.start()).isGreaterThanOrEqualTo(last);
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      last = q.end();
    }
    assertThat(qs).extracting(Quantity::unit).contains("%", "x");
  }
}
