package dev.summit.parser.internal.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** ContentReader.normalise's one-scan shortcut gives what the plain form (strong markers, then spaces) gives. */
class NormaliseShortcutTest {

  @Provide
  Arbitrary<String> texts() {
    // spaces of every kind the plain form knows, stars, letters, Hangul, and chars at the table's edges
    return Arbitraries.strings()
        .withChars("  **ab가나.\t\n\u000B\f\r\u001C\u00A0\u0085\u1680\u2000\u2007\u2028\u202F\u3000\u3001\uAC00")
        .ofMinLength(0).ofMaxLength(14);
  }

  @Property(tries = 5000)
  void shortcutGivesWhatThePlainFormGives(@ForAll("texts") String text) {
    String plain = ContentReader.normalisePlain(text);
    assertEquals(plain, ContentReader.normalise(text), text);
    // the shortcut answers only for text the plain form leaves as it is
    if (ContentReader.isNormal(text)) {
      assertSame(text, plain, text);
    } else {
      assertFalse(plain.equals(text) && !text.contains("**") && isCollapsedPlain(text), text);
    }
  }

  @Test
  void typicalText() {
    String claim = "AI 데이터센터는 30KW per rack 이상의 전력이 필요";
    assertTrue(ContentReader.isNormal(claim));
    assertSame(claim, ContentReader.normalise(claim));
    assertFalse(ContentReader.isNormal("**메모리(HBM)**가 핵심"));
    assertEquals("메모리(HBM)가 핵심", ContentReader.normalise("**메모리(HBM)**가 핵심"));
    assertFalse(ContentReader.isNormal("a  b"));
    assertEquals("a b", ContentReader.normalise(" a \u00A0 b\t"));
    assertFalse(ContentReader.isNormal("a\u3000b"));
    assertTrue(ContentReader.isNormal("a * b * c"));
    assertTrue(ContentReader.isNormal(""));
  }

  /** The plain form's own test: every space a single ' ' between other chars. */
  private static boolean isCollapsedPlain(String text) {
    return ContentReader.collapseSpaces(text).equals(text);
  }
}
