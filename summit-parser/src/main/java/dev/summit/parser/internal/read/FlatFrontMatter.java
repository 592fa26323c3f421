package dev.summit.parser.internal.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front matter posts write, read without a YAML parser: lines {@code key: "value"}, and {@code key:}
 * followed by lines {@code - "item"}, every value double-quoted without escapes. For such text it gives what
 * {@link FrontMatterYaml}'s Jackson reading gives (the keys in order, a String or a List of String each);
 * for any other text, however valid, it gives null and Jackson reads it. Starting SnakeYAML's scanner,
 * parser and resolver for eight lines cost a parse about 200 µs (cold code between two posts), more than
 * the rest of the read step but decoding.
 *
 * <p>What it accepts, all of it, line by line ({@code \n} ends every line, the last one too):
 *
 * <ul>
 *   <li>a key: an ASCII letter, then ASCII letters, digits, {@code _} or {@code -}, at most 64 chars, at the
 *       start of the line, with a colon right after it;
 *   <li>after the colon, spaces and a double-quoted value, then only spaces; or nothing, and then one or more
 *       item lines at one indentation: spaces, {@code -}, one or more spaces, a double-quoted value, spaces;
 *   <li>a double-quoted value holds no {@code "} and no backslash, and no char YAML does not print or reads as
 *       a line break (controls, tab, U+0085, U+2028, U+2029, surrogates, U+FEFF, U+FFFE, U+FFFF), where
 *       double quotes keep every char as it is;
 *   <li>no key twice, no blank or comment line, at least one key, at most 64 K chars in all.
 * </ul>
 */
final class FlatFrontMatter {
  private static final int MAX_KEY = 64;
  /** Longer front matter goes to Jackson, whose YAML reader has limits of its own (SnakeYAML's code points). */
  private static final int MAX_LENGTH = 64 * 1024;

  private FlatFrontMatter() {}

  /** The keys and values of {@code yaml} in order, or null when it is not of the flat shape above. */
  static Map<String, Object> read(String yaml) {
    if (yaml.length() > MAX_LENGTH) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    int n = yaml.length();
    int pos = 0;
    while (pos < n) {
      int nl = yaml.indexOf('\n', pos);
      if (nl < 0) {
        return null;
      }
      int keyEnd = keyEnd(yaml, pos, nl);
      if (keyEnd < 0) {
        return null;
      }
      String key = yaml.substring(pos, keyEnd);
      if (out.containsKey(key)) {
        return null;
      }
      int at = skipSpaces(yaml, keyEnd + 1, nl);
      if (at < nl) {
        if (at == keyEnd + 1) {
          return null; // "key:value" is a plain scalar, not a key
        }
        String value = quoted(yaml, at, nl);
        if (value == null) {
          return null;
        }
        out.put(key, value);
        pos = nl + 1;
        continue;
      }
      // key: alone, then its items
      List<String> items = new ArrayList<>();
      int indent = -1;
      pos = nl + 1;
      while (pos < n) {
        int end = yaml.indexOf('\n', pos);
        if (end < 0) {
          return null;
        }
        int dash = skipSpaces(yaml, pos, end);
        if (dash >= end || yaml.charAt(dash) != '-') {
          break; // the next key, or a line that fails as one
        }
        if (indent >= 0 && dash - pos != indent) {
          return null;
        }
        indent = dash - pos;
        int value = skipSpaces(yaml, dash + 1, end);
        if (value == dash + 1 || value >= end) {
          return null;
        }
        String item = quoted(yaml, value, end);
        if (item == null) {
          return null;
        }
        items.add(item);
        pos = end + 1;
      }
      if (items.isEmpty()) {
        return null; // a key with no value is null in YAML: Jackson says so
      }
      out.put(key, List.copyOf(items));
    }
    return out.isEmpty() ? null : out;
  }

  /** Where the key that starts the line {@code [from, to)} ends (at its colon), or -1. */
  private static int keyEnd(String s, int from, int to) {
    if (from >= to || !isAsciiLetter(s.charAt(from))) {
      return -1;
    }
    int i = from + 1;
    while (i < to && i - from <= MAX_KEY) {
      char c = s.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
        return -1;
      }
      i++;
    }
    return -1;
  }

  /** {@code "…"} at {@code from}, then only spaces up to {@code to}: the chars between the quotes, or null. */
  private static String quoted(String s, int from, int to) {
    if (s.charAt(from) != '"') {
      return null;
    }
    int i = from + 1;
    while (i < to && s.charAt(i) != '"') {
      if (!isPlainQuotedChar(s.charAt(i))) {
        return null;
      }
      i++;
    }
    if (i >= to || skipSpaces(s, i + 1, to) != to) {
      return null;
    }
    return s.substring(from + 1, i);
  }

  /**
   * A char that a double-quoted YAML scalar keeps as it is: printable (YAML 1.1, as SnakeYAML reads it),
   * no line break of YAML's, no escape and no tab; surrogates are left to Jackson as well.
   */
  static boolean isPlainQuotedChar(char c) {
    if (c < 0x7F) {
      return c >= 0x20 && c != '\\' && c != '"';
    }
    return c >= 0xA0 && c < 0xD800 && c != 0x2028 && c != 0x2029
        || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static int skipSpaces(String s, int from, int to) {
    while (from < to && s.charAt(from) == ' ') {
      from++;
    }
    return from;
  }
}
