package dev.summit.parser.internal.read;

import dev.summit.model.Diagnostic;
import dev.summit.model.Severity;
import dev.summit.parser.ParserLimits;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read step: bytes to {@link SourceText}. Decodes, normalises line ends and splits off front matter. */
public final class SourceReader {
  private final ParserLimits limits;

  public SourceReader(ParserLimits limits) {
    this.limits = limits;
  }

  public SourceText read(byte[] bytes, String id, String fileName) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    String hash = sha256(bytes);
    int length = bytes.length;
    if (length > limits.maxInputBytes()) {
      diagnostics.add(Diagnostic.of(Severity.WARNING, "limit-exceeded",
          "input is larger than " + limits.maxInputBytes() + " bytes; the rest is not read", id, 0, 0));
      length = limits.maxInputBytes();
      // cut before a UTF-8 sequence, not inside it (at most 3 continuation bytes back)
      for (int back = 0; back < 3 && length > 0 && (bytes[length] & 0xC0) == 0x80; back++) {
        length--;
      }
    }
    int offset = 0;
    if (length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      offset = 3;
    }
    // exactly the chars valid UTF-8 gives, not one per byte (a Korean post is a third of that); bytes that are
    // not valid UTF-8 fail the strict decode whether or not the count fits them. The same pass over the bytes
    // counts the line ends (see scan)
    long counts = scan(bytes, offset, length);
    char[] chars = new char[utf16Length(counts)];
    CharBuffer out = CharBuffer.wrap(chars);
    if (strictDecoder().decode(ByteBuffer.wrap(bytes, offset, length - offset), out, true).isUnderflow()) {
      // valid UTF-8: a byte below 0x20 is a char below 0x20 and the other way round, so the bytes tell
      // whether there is a CR or another control char to deal with, and count the line ends
      return fromChars(chars, out.position(), lineEnds(counts), id, fileName, hash, diagnostics);
    }
    String decoded = decodeInvalid(bytes, offset, length - offset, id, diagnostics);
    return fromChars(decoded.toCharArray(), decoded.length(), -1, id, fileName, hash, diagnostics);
  }

  /**
   * One pass over {@code bytes[from, to)}, eight bytes at a time, for what the read needs before and after the
   * decode: the UTF-16 length if the bytes are valid UTF-8 (low 32 bits, {@link #utf16Length(long)}), and the
   * number of {@code \n} bytes, or -1 if they hold a byte below 0x20 other than {@code \n} and tab (a CR, NUL or
   * another control char, which the char passes then deal with; high 32 bits, {@link #lineEnds(long)}). Two
   * word loops did this before, one for each count; fused, the bytes are read once and the line ends are
   * counted without a branch per word that holds one (most words of a post with short lines).
   */
  static long scan(byte[] bytes, int from, int to) {
    int chars = 0;
    int newlines = 0;
    long controls = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(bytes, i);
      // in each byte, bit 7 set and bit 6 clear marks a continuation byte, bits 7 to 4 set the lead of a
      // four-byte sequence, bits 7 to 5 clear a byte below 0x20; shifting the word left brings a byte's lower
      // bits to its bit 7 without crossing into the next byte's
      long continuation = w & ~(w << 1) & HIGH_BITS;
      long fourByteLead = w & (w << 1) & (w << 2) & (w << 3) & HIGH_BITS;
      chars += 8 - Long.bitCount(continuation) + Long.bitCount(fourByteLead);
      long below = ~(w | w << 1 | w << 2) & HIGH_BITS;
      long lf = zeroBytes(w ^ LF_BYTES);
      newlines += Long.bitCount(lf);
      long other = below & ~lf;
      if (other != 0) {
        // a tab or a control char: rare in a post, so the tab test runs only then
        controls |= other & ~zeroBytes(w ^ TAB_BYTES);
      }
    }
    for (; i < to; i++) {
      int b = bytes[i];
      chars += (b >= -64 ? 1 : 0) + ((b & 0xF0) == 0xF0 ? 1 : 0);
      if (b == '\n') {
        newlines++;
      } else if (b >= 0 && b < 0x20 && b != '\t') {
        controls = 1;
      }
    }
    return (long) (controls != 0 ? -1 : newlines) << 32 | (chars & 0xFFFF_FFFFL);
  }

  /** Bit 7 set in exactly the bytes of {@code x} that are 0: no borrow or carry crosses a byte. */
  private static long zeroBytes(long x) {
    return ~(((x & LOW_BITS) + LOW_BITS) | x | LOW_BITS);
  }

  /** The UTF-16 length of valid UTF-8, from {@link #scan}'s result. */
  static int utf16Length(long scan) {
    return (int) scan;
  }

  /** The number of {@code \n}, or -1 for a CR or another control char but tab, from {@link #scan}'s result. */
  static int lineEnds(long scan) {
    return (int) (scan >> 32);
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long LF_BYTES = 0x0A0A0A0A0A0A0A0AL;
  private static final long TAB_BYTES = 0x0909090909090909L;

  /** Reads already decoded text (a String given to the parser). */
  public SourceText read(String text, String id) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    String hash = sha256(text.getBytes(StandardCharsets.UTF_8));
    if (text.length() > limits.maxInputBytes()) {
      diagnostics.add(Diagnostic.of(Severity.WARNING, "limit-exceeded",
          "input is longer than " + limits.maxInputBytes() + " chars; the rest is not read", id, 0, 0));
      int cut = limits.maxInputBytes();
      text = text.substring(0, Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    text = replaceLoneSurrogates(text, id, diagnostics);
    char[] chars = text.toCharArray();
    return fromChars(chars, chars.length, -1, id, null, hash, diagnostics);
  }

  /**
   * A lone surrogate is no character: no UTF-8 writer can write it, so it would turn into {@code ?} in every
   * export. Like a bad byte in the byte input, it is read as U+FFFD and reported once, where the first one is.
   */
  private static String replaceLoneSurrogates(String text, String id, List<Diagnostic> diagnostics) {
    int first = firstLoneSurrogate(text, 0);
    if (first < 0) {
      return text;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < first; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    diagnostics.add(Diagnostic.of(Severity.ERROR, "invalid-utf16",
        "input holds a lone surrogate (U+" + HexFormat.of().withUpperCase().toHexDigits(text.charAt(first))
            + "), which is no character; lone surrogates read as U+FFFD",
        id, line, text.codePointCount(lineStart, first) + 1));
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (int at = first; at >= 0; at = firstLoneSurrogate(text, at + 1)) {
      out.append(text, from, at).append('\uFFFD');
      from = at + 1;
    }
    return out.append(text, from, text.length()).toString();
  }

  private static int firstLoneSurrogate(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * The rest of the read step on {@code chars[0, length)}, in place: line ends, controls, line count and front
   * matter; then the one String of the text. {@code lineEnds} is the number of {@code \n} when the chars are
   * known to hold no CR and no other control char but tab, else -1.
   */
  private SourceText fromChars(char[] chars, int length, int lineEnds, String id, String fileName, String hash,
      List<Diagnostic> diagnostics) {
    int n = length;
    int newlines = lineEnds;
    if (lineEnds < 0) {
      n = normaliseLineEnds(chars, length);
      newlines = stripControls(chars, n, id, diagnostics);
    }
    int lineCount = n == 0 ? 0 : 1 + newlines - (chars[n - 1] == '\n' ? 1 : 0);
    Map<String, Object> frontMatter = new LinkedHashMap<>();
    int start = splitFrontMatter(chars, n, id, frontMatter, diagnostics);
    return new SourceText(id, fileName, hash, new String(chars, start, n - start), lineCount, frontMatter,
        diagnostics);
  }

  /** The text of bytes that are not valid UTF-8, bad bytes as U+FFFD, and the diagnostic that says where. */
  private static String decodeInvalid(byte[] bytes, int offset, int length, String id, List<Diagnostic> diagnostics) {
    int bad = firstMalformed(bytes, offset, length);
    int[] lc = lineColumn(bytes, offset, bad);
    diagnostics.add(Diagnostic.of(Severity.ERROR, "invalid-utf8",
        "input is not valid UTF-8 (first bad byte at offset " + (bad - offset) + "); bad bytes read as U+FFFD",
        id, lc[0], lc[1]));
    CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer chars = lenient.decode(ByteBuffer.wrap(bytes, offset, length));
      return chars.toString();
    } catch (CharacterCodingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static int firstMalformed(byte[] bytes, int offset, int length) {
    CharsetDecoder decoder = strictDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(Math.max(16, length));
    decoder.decode(in, out, true);
    return in.position();
  }

  private static int[] lineColumn(byte[] bytes, int from, int to) {
    int line = 1;
    int column = 1;
    for (int i = from; i < to && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** Turns CR LF and lone CR into LF in {@code chars[0, length)}; returns the new length. */
  static int normaliseLineEnds(char[] chars, int length) {
    int i = 0;
    while (i < length && chars[i] != '\r') {
      i++;
    }
    int out = i;
    for (; i < length; i++) {
      char c = chars[i];
      if (c == '\r') {
        chars[out++] = '\n';
        if (i + 1 < length && chars[i + 1] == '\n') {
          i++;
        }
      } else {
        chars[out++] = c;
      }
    }
    return out;
  }

  /**
   * NUL and other C0 controls but tab and newline carry no text; they are replaced and reported once. Returns
   * the number of newlines, which the same pass counts.
   */
  private static int stripControls(char[] chars, int length, String id, List<Diagnostic> diagnostics) {
    int newlines = 0;
    boolean controls = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c < 0x20) {
        if (c == '\n') {
          newlines++;
        } else if (c != '\t') {
          controls = true;
        }
      }
    }
    if (!controls) {
      return newlines;
    }
    int first = 0;
    while (!isControl(chars[first])) {
      first++;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < first; i++) {
      if (chars[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    diagnostics.add(Diagnostic.of(Severity.ERROR, "control-characters",
        "input holds control characters (such as NUL); is it a binary file? They are read as U+FFFD",
        id, line, first - lineStart + 1));
    for (int i = first; i < length; i++) {
      if (isControl(chars[i])) {
        chars[i] = '\uFFFD';
      }
    }
    return newlines;
  }

  private static boolean isControl(char c) {
    return c < 0x20 && c != '\n' && c != '\t';
  }

  /**
   * Finds a front matter block ({@code ---} on the first line, up to the next {@code ---} or {@code ...}),
   * reads it as YAML, and blanks its lines so that line numbers stay those of the file: the text is then
   * {@code chars[start, length)}, where start is returned and the blanked lines are newlines.
   */
  private static int splitFrontMatter(
      char[] chars, int length, String id, Map<String, Object> frontMatter, List<Diagnostic> diagnostics) {
    boolean opens = length >= 3 && chars[0] == '-' && chars[1] == '-' && chars[2] == '-'
        && (length == 3 || chars[3] == '\n');
    if (!opens) {
      return 0;
    }
    int pos = 4;
    int line = 2;
    int end = -1;
    while (pos <= length) {
      int nl = indexOf(chars, length, '\n', pos);
      int lineEnd = nl < 0 ? length : nl;
      if (isFrontMatterEnd(chars, pos, lineEnd)) {
        end = lineEnd;
        break;
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
      line++;
    }
    if (end < 0) {
      diagnostics.add(Diagnostic.of(Severity.WARNING, "front-matter-unclosed",
          "front matter opened with --- on line 1 is never closed; read as Markdown", id, 1, 1));
      return 0;
    }
    String yaml = new String(chars, 4, Math.max(4, pos) - 4);
    FrontMatterYaml.read(yaml, id, frontMatter, diagnostics);
    // the front matter's lines hold at least as many chars as the newlines that replace them
    int start = Math.min(length, end + 1) - line;
    java.util.Arrays.fill(chars, start, start + line, '\n');
    return start;
  }

  /** Whether {@code chars[from, to)} is {@code ---} or {@code ...}, trailing spaces aside. */
  private static boolean isFrontMatterEnd(char[] chars, int from, int to) {
    while (to > from && Character.isWhitespace(chars[to - 1])) {
      to--;
    }
    if (to - from != 3) {
      return false;
    }
    char c = chars[from];
    return (c == '-' || c == '.') && chars[from + 1] == c && chars[from + 2] == c;
  }

  private static int indexOf(char[] chars, int length, char c, int from) {
    for (int i = from; i < length; i++) {
      if (chars[i] == c) {
        return i;
      }
    }
    return -1;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
