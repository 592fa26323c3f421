package dev.summit.parser.internal.recognise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The recognise step's hand-written readers find exactly what the patterns they replace find. */
class HandReadPatternsTest {

  @Provide
  Arbitrary<String> numberedTexts() {
    // digits, dots, spaces and a few other chars, so that every branch of the patterns is reached
    return Arbitraries.strings().withChars("0123456789...  \t\n\u000B\u2028a*:").ofMinLength(1).ofMaxLength(16);
  }

  @Property(tries = 3000)
  void numberReaderMatchesThePatterns(@ForAll("numberedTexts") String text) {
    assertArrayEquals(byPatterns(text), HeaderLine.readNumber(text), text);
  }

  @Test
  void numberReaderOnTypicalHeaders() {
    for (String t : new String[] {"5. AI의 미래", "2.3.1 제목", "12345 title", "1.2345 x", "1..2 x", "7.", "7",
        "1.2.3.4.5.6 x", "1.2.3.4.5 x", "2024.11 x", "3.\tx", "3 ", "3. ", "10.1.", "1.234. x"}) {
      assertArrayEquals(byPatterns(t), HeaderLine.readNumber(t), t);
    }
    assertArrayEquals(new String[] {"2.3.1", "제목"}, HeaderLine.readNumber("2.3.1 제목"));
  }

  private static String[] byPatterns(String t) {
    Matcher m = HeaderLine.NUMBERED.matcher(t);
    if (m.matches()) {
      return new String[] {m.group(1), m.group(2)};
    }
    Matcher only = HeaderLine.NUMBER_ONLY.matcher(t);
    return only.matches() ? new String[] {only.group(1), null} : null;
  }
}
