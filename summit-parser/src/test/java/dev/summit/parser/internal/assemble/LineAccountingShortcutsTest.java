package dev.summit.parser.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Line accounting's hand-read forms give what the plain computations they stand for give. */
class LineAccountingShortcutsTest {
  /** The pattern {@link LineAccounting#markersEnd} reads by hand. */
  private static final Pattern LINE_MARKERS = Pattern.compile("^[\\s>]*(?:[*+\\-]|\\d{1,9}[.)])?\\s*");

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.strings().withChars(" \t\u000B\f\r>*+-0123456789.)a가:").ofMaxLength(16);
  }

  @Property(tries = 5000)
  void markersEndIsWhereTheMarkersPatternEnds(@ForAll("lines") String line, @ForAll("lines") String before,
      @ForAll("lines") String after) {
    String text = before + line + after; // read in place: the line is a range of a longer text
    int from = before.length();
    int to = from + line.length();
    Matcher m = LINE_MARKERS.matcher(text).region(from, to);
    assertThat(m.lookingAt()).isTrue();
    assertThat(LineAccounting.markersEnd(text, from, to)).as("[%s]", line).isEqualTo(m.end());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("\nab가 ").ofMaxLength(60);
  }

  @Property(tries = 3000)
  void lineStartsCutTheTextAsSplitDoes(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 40) int expected) {
    int[] starts = LineAccounting.lineStarts(text, expected);
    String[] lines = text.split("\n", -1);
    assertThat(starts[0]).isEqualTo(lines.length);
    int at = 0;
    for (int k = 0; k < lines.length; k++) {
      int start = k == 0 ? 0 : starts[k];
      assertThat(start).isEqualTo(at);
      assertThat(text.substring(start, starts[k + 1] - 1)).isEqualTo(lines[k]);
      at += lines[k].length() + 1;
    }
    assertThat(starts[lines.length]).isEqualTo(text.length() + 1);
  }

  @Provide
  Arbitrary<String> headings() {
    return Arbitraries.strings().withChars(" \t\n\u000B\f\r\u00A0\u2003\u001Cab가").ofMaxLength(12);
  }

  @Property(tries = 5000)
  void sameNormalisedIsTheComparisonOfTheNormalisedTexts(@ForAll("headings") String heading,
      @ForAll("headings") String title) {
    assertThat(LineAccounting.sameNormalised(heading, title)).as("[%s] [%s]", heading, title)
        .isEqualTo(normalise(heading).equals(normalise(title)));
    assertThat(LineAccounting.sameNormalised(title, title)).isTrue();
    assertThat(LineAccounting.sameNormalised(title, normalise(title))).isTrue();
  }

  /** The plain form of {@link LineAccounting#sameNormalised}'s normalisation. */
  private static String normalise(String s) {
    return Pattern.compile("\\s+").matcher(s).replaceAll(" ").strip();
  }
}
