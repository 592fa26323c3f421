package dev.summit.parser.internal.extract;

import dev.summit.model.ImmutableQuantity;
import dev.summit.model.Quantity;
import dev.summit.model.QuantityKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads figures from plain sentence text: percentages, power, money, factors, counts, durations and rates,
 * with Korean magnitudes (백, 천, 만, 억, 조) and ranges ({@code 10~15%}, {@code 4~5배}, {@code 5%에서 80%},
 * {@code 5% → 80%}).
 *
 * <p>Normalised units (see {@link Quantity}):
 * <ul>
 *   <li>{@code %} — percentages ("50%", "10~15%", "30 퍼센트");</li>
 *   <li>{@code kW} — power: W, kW, MW, MWe, GW, GWe, TW are converted to kilowatts ("500MWe" → 500000);</li>
 *   <li>{@code kWh} — energy: Wh, kWh, MWh, GWh, TWh in kilowatt-hours (kind {@link QuantityKind#OTHER});</li>
 *   <li>{@code USD} — dollars: "$120M" → 1.2e8, "$1.2B" → 1.2e9, "2000달러" → 2000, "10억 달러" → 1e9;</li>
 *   <li>{@code KRW} — won: "3조 원" → 3e12, "500억원" → 5e10;</li>
 *   <li>{@code x} — a factor: "두 배" → 2, "2.5배" → 2.5, "4~5배" → 4 to 5;</li>
 *   <li>{@code count} — counts of things or people (개, 명, 곳, 건): "3천억 개" → 3e11, "40만 명" → 4e5;</li>
 *   <li>{@code year}, {@code month}, {@code week}, {@code day}, {@code hour}, {@code minute}, {@code second} —
 *       durations ("5시간 이상" → 5 hour, "3년 만에" → 3 year); followed by 마다 they are rates, kind
 *       {@link QuantityKind#RATE} ("6개월마다" → 6 month, "1.3년마다" → 1.3 year);</li>
 *   <li>{@code TB}, {@code GB}, {@code PB}, {@code MB}, {@code nm}, {@code mm}, {@code bit} — other units as
 *       written (비트 is written {@code bit}), kind {@link QuantityKind#OTHER}.</li>
 * </ul>
 *
 * <p>A number without a unit is not a figure ("GPT-4", "Claude 3.5"), nor is a calendar year ("2023년") or
 * a month of the year ("12월"): those are dates, read by {@link TimelineExtractor}. A number glued to a Latin
 * letter before it (H100, HBM4, DDR5) is a product name, not a figure.
 *
 * <p>The scan is a single left-to-right pass over the text, linear in its length; stateless and thread-safe.
 */
public final class QuantityExtractor {

  /** Numbers longer than this are not read (hostile input). */
  private static final int MAX_DIGITS = 24;

  private static final String[] NUMERAL_WORDS = {"두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"};

  /**
   * Every way a numeral factor is written: a numeral word, maybe one space ({@link #isSpace}), then 배. A text
   * without one has no numeral factor ({@link #nextFactor} finds none): {@link #extract(String, boolean)}.
   */
  static final String[] NUMERAL_FACTORS;

  static {
    List<String> factors = new ArrayList<>();
    for (String word : NUMERAL_WORDS) {
      for (String space : new String[] {"", " ", "\u00A0", "\t"}) {
        factors.add(word + space + "배");
      }
    }
    NUMERAL_FACTORS = factors.toArray(String[]::new);
  }
  private static final int[] NUMERAL_VALUES = {2, 3, 4, 5, 6, 7, 8, 9, 10};
  /** The first characters of the numeral words. */
  private static final String NUMERAL_STARTS = "두세네다여일아열";

  /**
   * Reads every figure of the text, in order of appearance.
   *
   * <p>The scan stops only where a figure may start: a digit or {@code $}, found by a tight loop, and a numeral
   * word before 배, found from the 배 back ({@link #factorAt}); every other character was passed over one by one,
   * each with its tests. {@code QuantityShortcutsTest} checks this against that plain scan.
   */
  public List<Quantity> extract(String text) {
    return extract(text, true);
  }

  /**
   * {@link #extract(String)}, told whether the text may hold one of {@link #NUMERAL_FACTORS}: when it holds none
   * (the enricher's one pass over a claim tells), the search for 배 is left out.
   */
  List<Quantity> extract(String text, boolean mayHoldNumeralFactor) {
    List<Quantity> out = null; // made at the first figure: most claims have none
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    int i = 0;
    int n = text.length();
    // a numeral word counts only before 배 ("두 배"): the next place where one starts, or -1
    int factor = mayHoldNumeralFactor ? nextFactor(text, 0) : -1;
    while (i < n) {
      int limit = factor >= 0 ? factor : n;
      while (i < limit && !digitOrDollar(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      char c = text.charAt(i);
      Amount first;
      if (digitOrDollar(c)) {
        if (c != '$' && !numberMayStartAt(text, i)) {
          i = skipDigits(text, i);
          factor = factor >= 0 && factor < i ? nextFactor(text, i) : factor;
          continue;
        }
        first = readAmount(text, i);
        if (first == null) {
          i = c == '$' ? i + 1 : skipDigits(text, i);
          factor = factor >= 0 && factor < i ? nextFactor(text, i) : factor;
          continue;
        }
      } else {
        first = readNumeralFactor(text, i); // i is the factor's place: never null there
      }
      Quantity q = completeRange(text, first);
      if (q != null) {
        out = out == null ? new ArrayList<>() : out;
        out.add(q);
        i = q.end();
      } else {
        i = Math.max(first.end, i + 1);
      }
      factor = factor >= 0 && factor < i ? nextFactor(text, i) : factor;
    }
    return out == null ? List.of() : out;
  }

  /** The plain scan {@link #extract} replaced, every character looked at: the reference its test checks it by. */
  List<Quantity> extractOneByOne(String text) {
    List<Quantity> out = null;
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    int i = 0;
    int n = text.length();
    boolean factors = text.indexOf('배') >= 0;
    while (i < n) {
      char c = text.charAt(i);
      Amount first = null;
      if (isDigit(c) || c == '$') {
        if (c != '$' && !numberMayStartAt(text, i)) {
          i = skipDigits(text, i);
          continue;
        }
        first = readAmount(text, i);
        if (first == null) {
          i = c == '$' ? i + 1 : skipDigits(text, i);
          continue;
        }
      } else if (factors && isHangul(c) && (i == 0 || !isHangul(text.charAt(i - 1)))) {
        first = readNumeralFactor(text, i);
        if (first == null) {
          i++;
          continue;
        }
      } else {
        i++;
        continue;
      }
      Quantity q = completeRange(text, first);
      if (q != null) {
        out = out == null ? new ArrayList<>() : out;
        out.add(q);
        i = q.end();
      } else {
        i = Math.max(first.end, i + 1);
      }
    }
    return out == null ? List.of() : out;
  }

  /** Whether the plain scan reads a numeral factor at {@code i}: what {@link #nextFactor} finds, tested. */
  boolean numeralFactorAt(String text, int i) {
    return readNumeralFactor(text, i) != null;
  }

  private static boolean digitOrDollar(char c) {
    return c >= '0' && c <= '9' || c == '$';
  }

  /**
   * The first place at or after {@code from} where a numeral factor starts ("두 배": where {@link
   * #readNumeralFactor} reads one, at the start of a Hangul word), or -1. Found from each 배 back: a numeral
   * word ends right before it or before one space; no numeral word is a prefix or a suffix of another, nor holds
   * 배 or a space, so each 배 has at most one such place, and the places of later ones lie further on.
   */
  static int nextFactor(String text, int from) {
    for (int j = text.indexOf('배', from + 1); j >= 0; j = text.indexOf('배', j + 1)) {
      int p = factorAt(text, j);
      if (p >= from) {
        return p;
      }
    }
    return -1;
  }

  /** Where the numeral factor ending in the 배 at {@code j} starts, or -1. */
  private static int factorAt(String text, int j) {
    if (hangulAt(text, j + 1, "율")) {
      return -1;
    }
    int wordEnd = j >= 1 && isSpace(text.charAt(j - 1)) ? j - 1 : j;
    for (String word : NUMERAL_WORDS) {
      int p = wordEnd - word.length();
      if (p >= 0 && text.startsWith(word, p) && (p == 0 || !isHangul(text.charAt(p - 1)))) {
        return p;
      }
    }
    return -1;
  }

  /** An amount read at one place: number, magnitude and (maybe) unit. */
  private record Amount(int start, int end, BigDecimal value, Unit unit, boolean calendar) {}

  /** A unit read after a number. */
  private record Unit(String unit, QuantityKind kind, BigDecimal factor) {}

  private Quantity completeRange(String text, Amount first) {
    int n = text.length();
    int j = first.end;
    // range separators directly after the first amount
    int k = skipSpaces(text, j, 1);
    if (k < n) {
      char s = text.charAt(k);
      boolean dash = s == '~' || s == '∼' || s == '〜' || s == '–' || s == '—' || s == '-' || s == '→';
      int afterSep = -1;
      if (dash) {
        afterSep = k + 1;
      } else if (first.unit != null && text.startsWith("에서", k)) {
        afterSep = k + 2;
      }
      if (afterSep > 0) {
        int m = skipSpaces(text, afterSep, 1);
        if (m < n && (isDigit(text.charAt(m)) || text.charAt(m) == '$')) {
          Amount second = readAmount(text, m);
          if (second != null && second.unit != null && !second.calendar && !first.calendar
              && (first.unit == null || first.unit.unit.equals(second.unit.unit))) {
            Unit unit = second.unit;
            BigDecimal low = first.unit == null ? first.value.multiply(unit.factor) : first.value;
            if (first.unit == null && s == '→') {
              // "5 → 80%" is not a range read with a bare first number
              return single(text, first);
            }
            return build(text, first.start, second.end, unit, low, second.value, true);
          }
        }
      }
    }
    return single(text, first);
  }

  private Quantity single(String text, Amount a) {
    if (a.unit == null || a.calendar) {
      return null;
    }
    return build(text, a.start, a.end, a.unit, a.value, null, false);
  }

  private Quantity build(
      String text, int start, int end, Unit unit, BigDecimal value, BigDecimal upper, boolean range) {
    QuantityKind kind = unit.kind;
    int e = end;
    if (kind == QuantityKind.DURATION && text.startsWith("마다", e)) {
      kind = QuantityKind.RATE;
      e += 2;
    }
    return ImmutableQuantity.builder()
        .text(text.substring(start, e))
        .start(start)
        .end(e)
        .kind(kind)
        .value(value.doubleValue())
        .upperValue(upper == null ? Optional.empty() : Optional.of(upper.doubleValue()))
        .unit(unit.unit)
        .build();
  }

  /** "두 배", "세배", "열 배" — a Korean numeral word before 배. */
  private Amount readNumeralFactor(String text, int i) {
    if (NUMERAL_STARTS.indexOf(text.charAt(i)) < 0) {
      return null; // most words: passed over with one look-up
    }
    for (int w = 0; w < NUMERAL_WORDS.length; w++) {
      String word = NUMERAL_WORDS[w];
      if (text.startsWith(word, i)) {
        int j = skipSpaces(text, i + word.length(), 1);
        if (j < text.length() && text.charAt(j) == '배' && !hangulAt(text, j + 1, "율")) {
          return new Amount(i, j + 1, BigDecimal.valueOf(NUMERAL_VALUES[w]),
              new Unit("x", QuantityKind.FACTOR, BigDecimal.ONE), false);
        }
      }
    }
    return null;
  }

  private static boolean hangulAt(String text, int i, String s) {
    return text.startsWith(s, i);
  }

  /** A number may start here unless it is glued to a Latin letter, a digit or a decimal point before it. */
  private static boolean numberMayStartAt(String text, int i) {
    if (i == 0) {
      return true;
    }
    char p = text.charAt(i - 1);
    if (isLatin(p) || isDigit(p) || p == '.' || p == ',') {
      return false;
    }
    if (p == '-' && i >= 2 && isLatin(text.charAt(i - 2))) {
      return false; // GPT-4
    }
    return true;
  }

  private static int skipDigits(String text, int i) {
    int j = i;
    while (j < text.length() && (isDigit(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == ',')) {
      j++;
    }
    return Math.max(j, i + 1);
  }

  private Amount readAmount(String text, int start) {
    int n = text.length();
    int i = start;
    boolean dollar = false;
    if (text.charAt(i) == '$') {
      dollar = true;
      i = skipSpaces(text, i + 1, 1);
    }
    BigDecimal total = BigDecimal.ZERO;
    int groupEnd;
    BigDecimal lastBig = null; // magnitude of the last 만/억/조 group, for "5조 2천억"
    boolean any = false;
    while (true) {
      int numEnd = scanNumber(text, i);
      if (numEnd < 0) {
        break;
      }
      BigDecimal v = parse(text, i, numEnd);
      if (v == null) {
        return null;
      }
      int j = numEnd;
      BigDecimal small = BigDecimal.ONE;
      if (j < n && (text.charAt(j) == '천' || text.charAt(j) == '백' || text.charAt(j) == '십')) {
        small = smallMagnitude(text.charAt(j));
        j++;
      }
      BigDecimal big = BigDecimal.ONE;
      if (j < n && (text.charAt(j) == '만' || text.charAt(j) == '억' || text.charAt(j) == '조')
          && !(j + 1 < n && isHangul(text.charAt(j + 1)) && text.charAt(j) == '만' && text.charAt(j + 1) == '에')) {
        big = bigMagnitude(text.charAt(j));
        j++;
      }
      if (lastBig != null && big.compareTo(lastBig) >= 0) {
        break;
      }
      total = total.add(v.multiply(small).multiply(big));
      any = true;
      groupEnd = j;
      i = groupEnd;
      if (big.compareTo(BigDecimal.ONE) > 0) {
        lastBig = big;
        // maybe another, smaller group: "5조 2천억"
        int k = skipSpaces(text, i, 1);
        if (k < n && isDigit(text.charAt(k))) {
          int save = i;
          int ne = scanNumber(text, k);
          if (ne > 0 && ne < n) {
            char after = text.charAt(ne);
            if (after == '천' || after == '백' || after == '십' || after == '만' || after == '억') {
              i = k;
              continue;
            }
          }
          i = save;
        }
      }
      break;
    }
    if (!any) {
      return null;
    }
    int end = i;
    if (dollar) {
      BigDecimal mult = BigDecimal.ONE;
      if (end < n) {
        char m = text.charAt(end);
        if ((m == 'K' || m == 'k' || m == 'M' || m == 'B' || m == 'T') && !latinAt(text, end + 1)) {
          mult = switch (m) {
            case 'K', 'k' -> BigDecimal.valueOf(1_000L);
            case 'M' -> BigDecimal.valueOf(1_000_000L);
            case 'B' -> BigDecimal.valueOf(1_000_000_000L);
            default -> BigDecimal.valueOf(1_000_000_000_000L);
          };
          end++;
        } else {
          int w = skipSpaces(text, end, 1);
          for (String[] word : new String[][] {{"thousand", "1000"}, {"million", "1000000"},
              {"billion", "1000000000"}, {"trillion", "1000000000000"}}) {
            if (text.regionMatches(true, w, word[0], 0, word[0].length()) && !latinAt(text, w + word[0].length())) {
              mult = new BigDecimal(word[1]);
              end = w + word[0].length();
              break;
            }
          }
        }
      }
      return new Amount(start, end, total.multiply(mult), new Unit("USD", QuantityKind.MONEY, BigDecimal.ONE), false);
    }
    // "60여 개국": 여 marks an approximate number
    int approx = end < n && text.charAt(end) == '여' && end + 1 < n && text.charAt(end + 1) == ' ' ? end + 1 : end;
    // unit after the number, maybe after one space
    int u = skipSpaces(text, approx, 1);
    UnitMatch um = readUnit(text, u);
    if (um == null) {
      return new Amount(start, end, total, null, false);
    }
    boolean calendar = um.calendar(total);
    return new Amount(start, um.end, total.multiply(um.unit.factor), um.unit, calendar);
  }

  private record UnitMatch(Unit unit, int end, boolean yearWord, boolean monthOfYear) {
    boolean calendar(BigDecimal v) {
      if (monthOfYear) {
        return true;
      }
      return yearWord && v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1000)) >= 0;
    }
  }

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private UnitMatch readUnit(String text, int u) {
    int n = text.length();
    if (u >= n) {
      return null;
    }
    char c = text.charAt(u);
    // percent
    if (c == '%' || c == '％') {
      return new UnitMatch(new Unit("%", QuantityKind.PERCENT, BigDecimal.ONE), u + 1, false, false);
    }
    if (text.startsWith("퍼센트", u)) {
      return new UnitMatch(new Unit("%", QuantityKind.PERCENT, BigDecimal.ONE), u + 3, false, false);
    }
    if (!isLatin(c) && c < '\uAC00') {
      return null; // every unit below starts with an ASCII letter or a Hangul syllable
    }
    // power and energy
    UnitMatch power = isLatin(c) ? readPower(text, u) : null; // each power unit starts with an ASCII letter
    if (power != null) {
      return power;
    }
    // Latin units as written (each starts with an ASCII letter, as checked by QuantityShortcutsTest)
    for (String[] lu : isLatin(c) ? LATIN_UNITS : NO_UNITS) {
      if (text.startsWith(lu[0], u) && !latinAt(text, u + lu[0].length())) {
        return new UnitMatch(new Unit(lu[1], QuantityKind.OTHER, BigDecimal.ONE), u + lu[0].length(), false, false);
      }
    }
    if (text.startsWith("비트", u)) {
      return new UnitMatch(new Unit("bit", QuantityKind.OTHER, BigDecimal.ONE), u + 2, false, false);
    }
    // Korean units
    if (text.startsWith("배", u) && !text.startsWith("배터", u) && !text.startsWith("배포", u)
        && !text.startsWith("배치", u) && !text.startsWith("배선", u) && !text.startsWith("배율", u)) {
      return new UnitMatch(new Unit("x", QuantityKind.FACTOR, BigDecimal.ONE), u + 1, false, false);
    }
    if (text.startsWith("달러", u)) {
      return new UnitMatch(new Unit("USD", QuantityKind.MONEY, BigDecimal.ONE), u + 2, false, false);
    }
    if (text.startsWith("원", u) && !hangulWordContinues(text, u + 1, "원")) {
      return new UnitMatch(new Unit("KRW", QuantityKind.MONEY, BigDecimal.ONE), u + 1, false, false);
    }
    if (text.startsWith("개월", u)) {
      return new UnitMatch(new Unit("month", QuantityKind.DURATION, BigDecimal.ONE), u + 2, false, false);
    }
    if (text.startsWith("개", u) || text.startsWith("명", u) || text.startsWith("곳", u) || text.startsWith("건", u)) {
      if (text.startsWith("개발", u) || text.startsWith("개선", u) || text.startsWith("개념", u)
          || text.startsWith("개인", u) || text.startsWith("명확", u) || text.startsWith("건설", u)
          || text.startsWith("건강", u)) {
        return null;
      }
      return new UnitMatch(new Unit("count", QuantityKind.COUNT, BigDecimal.ONE), u + 1, false, false);
    }
    if (text.startsWith("년", u) && !text.startsWith("년대", u)) {
      return new UnitMatch(new Unit("year", QuantityKind.DURATION, BigDecimal.ONE), u + 1, true, false);
    }
    if (text.startsWith("월", u)) {
      return new UnitMatch(new Unit("month", QuantityKind.DURATION, BigDecimal.ONE), u + 1, false, true);
    }
    if (text.startsWith("주일", u)) {
      return new UnitMatch(new Unit("week", QuantityKind.DURATION, BigDecimal.ONE), u + 2, false, false);
    }
    if (text.startsWith("일간", u) || text.startsWith("일마다", u) || text.startsWith("일 동안", u)) {
      return new UnitMatch(new Unit("day", QuantityKind.DURATION, BigDecimal.ONE), u + 1, false, false);
    }
    if (text.startsWith("시간", u)) {
      return new UnitMatch(new Unit("hour", QuantityKind.DURATION, BigDecimal.ONE), u + 2, false, false);
    }
    if (text.startsWith("분기", u)) {
      return null;
    }
    if (text.startsWith("초 ", u) && u > 0 && !isSpace(text.charAt(u - 1))) {
      return new UnitMatch(new Unit("second", QuantityKind.DURATION, BigDecimal.ONE), u + 1, false, false);
    }
    return null;
  }

  private static boolean hangulWordContinues(String text, int i, String unit) {
    // "원" followed by another syllable that makes a word (원자로, 원전, 원인) is not the won
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    if (!isHangul(c)) {
      return false;
    }
    // particles after 원: 원을, 원의, 원이, 원에, 원으로, 원과, 원도, 원은, 원까지, 원대, 원씩
    return "을의이에으과도은까대씩만".indexOf(c) < 0;
  }

  /** Power and energy units as written, with their factor to kW or kWh; a constant, not built per call. */
  static final String[][] POWER_UNITS = {
      {"kWh", "1", "e"}, {"KWh", "1", "e"}, {"MWh", "1000", "e"}, {"GWh", "1000000", "e"},
      {"TWh", "1000000000", "e"}, {"Wh", "0.001", "e"},
      {"MWe", "1000", "p"}, {"GWe", "1000000", "p"}, {"kW", "1", "p"}, {"KW", "1", "p"}, {"kw", "1", "p"},
      {"MW", "1000", "p"}, {"GW", "1000000", "p"}, {"TW", "1000000000", "p"}, {"W", "0.001", "p"}};
  private static final String[][] NO_UNITS = {};
  static final String[][] LATIN_UNITS = {{"TB", "TB"}, {"GB", "GB"}, {"PB", "PB"}, {"MB", "MB"},
      {"nm", "nm"}, {"mm", "mm"}, {"bit", "bit"}, {"bits", "bit"}};

  /** The unit of each of {@link #POWER_UNITS}, made once (its factor was parsed from a String at every match). */
  private static final Unit[] POWER_UNIT_VALUES = new Unit[POWER_UNITS.length];

  static {
    for (int k = 0; k < POWER_UNITS.length; k++) {
      boolean energy = POWER_UNITS[k][2].equals("e");
      POWER_UNIT_VALUES[k] = new Unit(energy ? "kWh" : "kW", energy ? QuantityKind.OTHER : QuantityKind.POWER,
          new BigDecimal(POWER_UNITS[k][1]));
    }
  }

  private UnitMatch readPower(String text, int u) {
    for (int k = 0; k < POWER_UNITS.length; k++) {
      String written = POWER_UNITS[k][0];
      if (text.startsWith(written, u) && !latinAt(text, u + written.length())) {
        return new UnitMatch(POWER_UNIT_VALUES[k], u + written.length(), false, false);
      }
    }
    return null;
  }

  /** End of a number at i ("1,200", "2.5", "40"), or -1. */
  private static int scanNumber(String text, int i) {
    int n = text.length();
    int j = i;
    int digits = 0;
    while (j < n && isDigit(text.charAt(j))) {
      j++;
      digits++;
      if (digits > MAX_DIGITS) {
        return -1;
      }
    }
    if (digits == 0) {
      return -1;
    }
    // thousands separators: ,ddd
    while (j < n && text.charAt(j) == ',' && allDigits(text, j + 1, j + 4)
        && !(j + 4 < n && isDigit(text.charAt(j + 4)))) {
      j += 4;
      digits += 3;
      if (digits > MAX_DIGITS) {
        return -1;
      }
    }
    if (j + 1 < n && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
      j++;
      int frac = 0;
      while (j < n && isDigit(text.charAt(j))) {
        j++;
        if (++frac > MAX_DIGITS) {
          return -1;
        }
      }
    }
    return j;
  }

  private static boolean allDigits(String text, int from, int to) {
    if (to > text.length()) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The number {@code text[from, to)} as {@link #scanNumber} found it (digits, ",ddd" groups, maybe a fraction):
   * {@code new BigDecimal} of it without its commas. Up to 18 digits it is read as a long and a scale, the same
   * unscaled value and scale, without the two Strings.
   */
  static BigDecimal parse(String text, int from, int to) {
    long unscaled = 0;
    int digits = 0;
    int scale = -1; // -1 before a decimal point
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        scale = scale < 0 ? scale : scale + 1;
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else if (c != ',') {
        digits = Integer.MAX_VALUE; // not a scanned number: the plain way decides
        break;
      }
      if (digits > 18) {
        break;
      }
    }
    if (digits <= 18 && digits > 0) {
      return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
    }
    return parsePlain(text, from, to);
  }

  /** The plain form of {@link #parse}. */
  static BigDecimal parsePlain(String text, int from, int to) {
    try {
      return new BigDecimal(text.substring(from, to).replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static BigDecimal smallMagnitude(char c) {
    return switch (c) {
      case '천' -> THOUSAND;
      case '백' -> BigDecimal.valueOf(100);
      default -> BigDecimal.TEN;
    };
  }

  private static BigDecimal bigMagnitude(char c) {
    return switch (c) {
      case '만' -> BigDecimal.valueOf(10_000L);
      case '억' -> BigDecimal.valueOf(100_000_000L);
      default -> BigDecimal.valueOf(1_000_000_000_000L);
    };
  }

  private static int skipSpaces(String text, int i, int max) {
    int j = i;
    while (j < text.length() && j - i < max && isSpace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\t';
  }

  private static boolean latinAt(String text, int i) {
    return i < text.length() && (isLatin(text.charAt(i)) || isDigit(text.charAt(i)));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isHangul(char c) {
    return c >= '\uAC00' && c <= '\uD7A3';
  }
}
