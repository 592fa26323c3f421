package dev.summit.parser.internal.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the front matter that posts almost always have without a YAML parser: lines of {@code key: "value"}
 * and of {@code key:} followed by {@code - "value"} items. Anything else (plain or single-quoted scalars,
 * escapes, comments, blank lines, nesting, repeated keys …) is left to the YAML parser, so the answer is the
 * YAML parser's whenever there is one: a double-quoted scalar without escapes on one line is its text.
 */
final class PlainFrontMatter {
  /** Keys that YAML 1.1 reads as booleans or null; left to the YAML parser. */
  private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

  /** Far below YAML's 1,024 chars for an implicit key. */
  private static final int MAX_KEY = 64;

  private PlainFrontMatter() {}

  /**
   * The keys and values (String, or List of String) of {@code yaml}, in order; null when it is not of the
   * plain form.
   */
  static Map<String, Object> read(String yaml) {
    Map<String, Object> values = new LinkedHashMap<>();
    int pos = 0;
    int n = yaml.length();
    while (pos < n) {
      int lineEnd = yaml.indexOf('\n', pos);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int colon = keyEnd(yaml, pos, lineEnd);
      if (colon < 0) {
        return null;
      }
      String key = yaml.substring(pos, colon);
      if (key.length() > MAX_KEY || values.containsKey(key) || RESERVED.contains(key.toLowerCase(java.util.Locale.ROOT))) {
        return null;
      }
      if (colon + 1 < lineEnd) {
        if (yaml.charAt(colon + 1) != ' ') {
          return null;
        }
        String value = quoted(yaml, colon + 2, lineEnd);
        if (value == null) {
          return null;
        }
        values.put(key, value);
        pos = lineEnd + 1;
        continue;
      }
      // "key:" alone: a list of "- value" lines, all equally indented
      List<String> items = new ArrayList<>();
      int indent = -1;
      pos = lineEnd + 1;
      while (pos < n) {
        int end = yaml.indexOf('\n', pos);
        if (end < 0) {
          end = n;
        }
        int spaces = 0;
        while (pos + spaces < end && yaml.charAt(pos + spaces) == ' ') {
          spaces++;
        }
        if (pos + spaces + 1 >= end || yaml.charAt(pos + spaces) != '-' || yaml.charAt(pos + spaces + 1) != ' ') {
          break;
        }
        if (indent >= 0 && spaces != indent) {
          return null;
        }
        indent = spaces;
        String item = quoted(yaml, pos + spaces + 2, end);
        if (item == null) {
          return null;
        }
        items.add(item);
        pos = end + 1;
      }
      if (items.isEmpty()) {
        return null;
      }
      values.put(key, List.copyOf(items));
    }
    return values.isEmpty() ? null : values;
  }

  /** The index of the colon after a key of ASCII letters, digits and underscores at {@code from}; else -1. */
  private static int keyEnd(String yaml, int from, int lineEnd) {
    int i = from;
    while (i < lineEnd && isKeyChar(yaml.charAt(i), i == from)) {
      i++;
    }
    return i > from && i < lineEnd && yaml.charAt(i) == ':' ? i : -1;
  }

  private static boolean isKeyChar(char c, boolean first) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || !first && c >= '0' && c <= '9';
  }

  /**
   * The text of {@code "…"} filling {@code yaml[from, to)} exactly, with no backslash or quote inside and only
   * printable BMP chars; else null.
   */
  private static String quoted(String yaml, int from, int to) {
    if (to - from < 2 || yaml.charAt(from) != '"' || yaml.charAt(to - 1) != '"') {
      return null;
    }
    for (int i = from + 1; i < to - 1; i++) {
      char c = yaml.charAt(i);
      boolean printable = c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xD800 || c >= 0xE000 && c < 0xFEFF
          || c > 0xFEFF && c < 0xFFFE;
      if (!printable || c == '"' || c == '\\') {
        return null;
      }
    }
    return yaml.substring(from + 1, to - 1);
  }
}
