package dev.summit.export.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A text value encoded once as UTF-8, for a value that a UTF-8 generator writes more than once (a claim's text
 * goes into the content tree and again into the session's flat {@code claims} view). Jackson's
 * {@link JsonGenerator#writeString(String)} encodes Hangul char by char each time; this encodes it once with
 * {@link String#getBytes} and hands the bytes to the generator, which writes them as they are
 * ({@link JsonGenerator#writeRawUTF8String}) or, when the text holds a control character, quote or backslash,
 * escapes them itself ({@link JsonGenerator#writeUTF8String}). Either way the generator writes the bytes
 * {@code writeString(WellFormedText.of(value))} writes: unpaired surrogates become U+FFFD, as
 * {@link WellFormedText} makes them, and a surrogate pair becomes one 4-byte sequence, as Jackson writes it with
 * {@code COMBINE_UNICODE_SURROGATES_IN_UTF8}.
 */
public final class JsonText {
  private static final int ESCAPE = 1;
  private static final int QUESTION_MARK = 2;
  /**
   * What each byte of UTF-8 (as {@code b & 0xFF}) asks for: the ASCII controls, the quote and the backslash are
   * escaped in JSON; '?' is what {@link String#getBytes} makes of an unpaired surrogate, so text that holds one
   * is checked for surrogates.
   */
  private static final byte[] SPECIAL = new byte[256];

  static {
    for (int c = 0; c < 0x20; c++) {
      SPECIAL[c] = ESCAPE;
    }
    SPECIAL['"'] = ESCAPE;
    SPECIAL['\\'] = ESCAPE;
    SPECIAL['?'] = QUESTION_MARK;
  }

  private final byte[] utf8;
  private final boolean escape;

  private JsonText(byte[] utf8, boolean escape) {
    this.utf8 = utf8;
    this.escape = escape;
  }

  /**
   * Whether a generator can write a {@code JsonText}: a UTF-8 generator that escapes only what JSON requires
   * (no custom escapes, no escaping of non-ASCII text or of '/'), so that it writes text free of controls,
   * quotes and backslashes as its UTF-8 form, and escapes UTF-8 input as it escapes a String.
   */
  @SuppressWarnings("deprecation") // JsonGenerator.Feature is how a 2.x generator reports its write features
  public static boolean canWrite(JsonGenerator g) {
    return g instanceof UTF8JsonGenerator
        && g.getCharacterEscapes() == null
        && g.getHighestEscapedChar() == 0
        && !g.isEnabled(JsonGenerator.Feature.ESCAPE_NON_ASCII)
        && !g.isEnabled(JsonGenerator.Feature.ESCAPE_FORWARD_SLASHES);
  }

  /** The value, encoded. */
  public static JsonText of(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    int seen = 0;
    for (byte b : utf8) {
      seen |= SPECIAL[b & 0xFF];
    }
    if ((seen & QUESTION_MARK) != 0 && hasSurrogate(value)) {
      utf8 = WellFormedText.of(value).getBytes(StandardCharsets.UTF_8);
    }
    return new JsonText(utf8, (seen & ESCAPE) != 0);
  }

  /**
   * Writes the value as {@code g.writeString(WellFormedText.of(value))} does.
   *
   * @param g a generator that {@linkplain #canWrite can write} it
   */
  public void writeTo(JsonGenerator g) throws IOException {
    if (escape) {
      g.writeUTF8String(utf8, 0, utf8.length);
    } else {
      g.writeRawUTF8String(utf8, 0, utf8.length);
    }
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
