package dev.summit.parser.internal.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
  /** Loaded on the first post with front matter: building it costs ~100-250 ms of a cold start. */
  private static final class Yaml {
    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
  }

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
    String decoded = decode(bytes, offset, length - offset, id, diagnostics);
    return fromText(decoded, id, fileName, hash, diagnostics);
  }

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
    return fromText(text, id, null, hash, diagnostics);
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

  private SourceText fromText(String raw, String id, String fileName, String hash, List<Diagnostic> diagnostics) {
    String text = normaliseLineEnds(raw);
    text = stripControls(text, id, diagnostics);
    int lineCount = countLines(text);
    Map<String, Object> frontMatter = new LinkedHashMap<>();
    text = splitFrontMatter(text, id, frontMatter, diagnostics);
    return new SourceText(id, fileName, hash, text, lineCount, frontMatter, diagnostics);
  }

  private static String decode(byte[] bytes, int offset, int length, String id, List<Diagnostic> diagnostics) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
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
  }

  private static int firstMalformed(byte[] bytes, int offset, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
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

  static String normaliseLineEnds(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** NUL and other C0 controls but tab and newline carry no text; they are replaced and reported once. */
  private static String stripControls(String text, String id, List<Diagnostic> diagnostics) {
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\t') {
        first = i;
        break;
      }
    }
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
    diagnostics.add(Diagnostic.of(Severity.ERROR, "control-characters",
        "input holds control characters (such as NUL); is it a binary file? They are read as U+FFFD",
        id, line, first - lineStart + 1));
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
    }
    return out.toString();
  }

  private static int countLines(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length()) {
        lines++;
      }
    }
    return lines;
  }

  /**
   * Finds a front matter block ({@code ---} on the first line, up to the next {@code ---} or {@code ...}),
   * reads it as YAML, and blanks its lines so that line numbers stay those of the file.
   */
  private static String splitFrontMatter(
      String text, String id, Map<String, Object> frontMatter, List<Diagnostic> diagnostics) {
    if (!(text.startsWith("---\n") || text.equals("---"))) {
      return text;
    }
    int pos = 4;
    int line = 2;
    int end = -1;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      String l = text.substring(pos, lineEnd).stripTrailing();
      if (l.equals("---") || l.equals("...")) {
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
      return text;
    }
    String yaml = text.substring(4, Math.max(4, pos));
    try {
      JsonNode node = Yaml.MAPPER.readTree(yaml);
      if (node != null && node.isObject()) {
        node.fields().forEachRemaining(e -> frontMatter.put(e.getKey(), toValue(e.getValue())));
      } else if (node != null && !node.isMissingNode() && !node.isNull()) {
        diagnostics.add(Diagnostic.of(Severity.WARNING, "front-matter-invalid",
            "front matter is not a mapping of keys to values", id, 2, 1));
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int errLine = loc == null ? 2 : Math.max(1, loc.getLineNr()) + 1;
      int errCol = loc == null ? 1 : Math.max(1, loc.getColumnNr());
      diagnostics.add(Diagnostic.of(Severity.ERROR, "front-matter-invalid",
          "front matter is not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
          id, errLine, errCol));
    } catch (RuntimeException e) {
      diagnostics.add(Diagnostic.of(Severity.ERROR, "front-matter-invalid",
          "front matter cannot be read: " + e.getClass().getSimpleName(), id, 2, 1));
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < line; i++) {
      out.append('\n');
    }
    out.append(text, Math.min(text.length(), end + 1), text.length());
    return out.toString();
  }

  private static Object toValue(JsonNode node) {
    if (node.isArray()) {
      List<String> values = new ArrayList<>();
      node.forEach(n -> values.add(n.isValueNode() ? n.asText() : n.toString()));
      return List.copyOf(values);
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
