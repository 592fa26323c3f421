package dev.summit.export.internal;

/**
 * Escapes plain text for CommonMark (with GFM tables and strikethrough) so that it reads back as the same
 * text and never as structure. Works character by character, not with a Markdown grammar:
 *
 * <ul>
 *   <li>everywhere: the characters that open or close inline structure or entities get a backslash:
 *       {@code \ ` * _ [ ] < > | ~ & #};</li>
 *   <li>at the start of the text (which is the start of a line or of a list item): {@code - + =} and the
 *       delimiter of an ordered-list marker ({@code 1.}, {@code 1)}) get a backslash, so that nothing turns
 *       into a list, a setext underline or a thematic break;</li>
 *   <li>other control characters become numeric character references ({@code &#4;});</li>
 *   <li>line breaks and tabs become single spaces (the model's text is one line), leading and trailing
 *       spaces are dropped (Markdown would drop them, or read them as a hard break or code block).</li>
 * </ul>
 */
public final class MarkdownEscaper {
  private static final String ALWAYS = "\\`*_[]<>|~&#";
  /** A character reference as Markdown decodes one: named, decimal or hexadecimal. */
  private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile(
      "&(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");
  private static final byte PLAIN = 0;
  /** A space, which flattening keeps between other characters only, and once. */
  private static final byte SPACE = 1;
  /** Tab, line feed, carriage return, form feed or line tabulation: flattening makes them a space. */
  private static final byte BLANK = 2;
  /** Escaped wherever it stands: with a backslash, or as a character reference for a control character. */
  private static final byte ESCAPED = 3;
  /** By ASCII code, what a character is to {@link #flatten(String)} and {@link #escapeFlat(String, boolean)}. */
  private static final byte[] KINDS = new byte[128];

  static {
    for (char c = 0; c < ' '; c++) {
      KINDS[c] = ESCAPED;
    }
    for (char c : new char[] {'\t', '\n', '\r', '\f', '\u000B'}) {
      KINDS[c] = BLANK;
    }
    KINDS[' '] = SPACE;
    for (int i = 0; i < ALWAYS.length(); i++) {
      KINDS[ALWAYS.charAt(i)] = ESCAPED;
    }
  }

  private MarkdownEscaper() {}

  /** The text, escaped to stand anywhere a line or list item starts. */
  public static String escape(String text) {
    return escapeText(text, true);
  }

  /** The text escaped for the middle of a line: only the always-escaped characters. */
  public static String escapeInline(String text) {
    return escapeText(text, false);
  }

  /**
   * {@code escapeFlat(flatten(text), lineStart)} in one pass over a text that is already flat, as most are; a
   * text that flattening would change goes through both.
   */
  private static String escapeText(String text, boolean lineStart) {
    int n = text.length();
    int at = lineStart ? lineStartEscape(text) : -1;
    int special = firstSpecial(text);
    if (at < 0 && special == n) {
      return text;
    }
    StringBuilder out = null;
    int i = 0;
    if (at >= 0) {
      out = new StringBuilder(n + 8).append(text, 0, at).append('\\').append(text.charAt(at));
      i = at + 1;
    }
    int run = i;
    for (i = Math.max(i, special); i < n; i++) {
      char c = text.charAt(i);
      if (c >= KINDS.length) {
        if (c == '\u2028' || c == '\u2029') {
          return escapeFlat(flatten(text), lineStart);
        }
        continue;
      }
      byte kind = KINDS[c];
      if (kind == PLAIN) {
        continue;
      }
      if (kind == SPACE) {
        if (i == 0 || i == n - 1 || text.charAt(i + 1) == ' ') {
          return escapeFlat(flatten(text), lineStart);
        }
        continue;
      }
      if (kind == BLANK) {
        return escapeFlat(flatten(text), lineStart);
      }
      if (out == null) {
        out = new StringBuilder(n + 8);
      }
      out.append(text, run, i);
      run = i + 1;
      escape(c, out);
    }
    return out == null ? text : out.append(text, run, n).toString();
  }

  /**
   * Escapes text that is already on one line (see {@link #flatten(String)}), keeping its spaces;
   * {@code lineStart} adds the rules for the start of a line.
   */
  public static String escapeFlat(String flat, boolean lineStart) {
    int n = flat.length();
    StringBuilder out = null;
    int i = 0;
    int at = lineStart ? lineStartEscape(flat) : -1;
    if (at >= 0) {
      out = new StringBuilder(n + 8).append(flat, 0, at).append('\\').append(flat.charAt(at));
      i = at + 1;
    }
    // the text between escapes is copied in runs; a text with nothing to escape is returned as it is
    int run = i;
    for (; i < n; i++) {
      char c = flat.charAt(i);
      // flat text may still hold line breaks (a caller's own, or a term's): as control characters they are escaped
      if (c >= KINDS.length || KINDS[c] < BLANK || c == '\t') {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n + 8);
      }
      out.append(flat, run, i);
      run = i + 1;
      escape(c, out);
    }
    return out == null ? flat : out.append(flat, run, n).toString();
  }

  /**
   * The index of the first character that flattening or escaping would change, or the length of the text. The
   * text is scanned as a char array: {@code charAt} tests the string's coder and bounds at every character.
   */
  private static int firstSpecial(String text) {
    char[] chars = text.toCharArray();
    int last = chars.length - 1;
    for (int i = 0; i <= last; i++) {
      char c = chars[i];
      if (c >= KINDS.length) {
        if (c == '\u2028' || c == '\u2029') {
          return i;
        }
      } else if (KINDS[c] != PLAIN && (KINDS[c] != SPACE || i == 0 || i == last || chars[i + 1] == ' ')) {
        return i;
      }
    }
    return chars.length;
  }

  /**
   * The index of the character that needs a backslash at the start of a line, or -1: a leading {@code - + =},
   * or the {@code .} or {@code )} after up to ten leading digits (an ordered-list marker).
   */
  private static int lineStartEscape(String flat) {
    if (flat.isEmpty()) {
      return -1;
    }
    char first = flat.charAt(0);
    if (first == '-' || first == '+' || first == '=') {
      return 0;
    }
    int j = 0;
    while (j < flat.length() && j < 10 && isAsciiDigit(flat.charAt(j))) {
      j++;
    }
    return j > 0 && j < flat.length() && (flat.charAt(j) == '.' || flat.charAt(j) == ')') ? j : -1;
  }

  private static void escape(char c, StringBuilder out) {
    if (c < ' ') {
      // a control character written as itself is read as U+FFFD; as a character reference it stays itself
      out.append("&#").append((int) c).append(';');
    } else {
      out.append('\\').append(c);
    }
  }

  /** A code span holding the text, with a backtick fence longer than any run of backticks inside. */
  public static String codeSpan(String text) {
    String flat = flatten(text);
    String fence = "`".repeat(longestRun(flat, '`') + 1);
    boolean pad = flat.startsWith("`") || flat.endsWith("`");
    return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
  }

  /** The length of the longest run of the character in the text. */
  public static int longestRun(String text, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /** A URL for a link or image destination: in angle brackets when it holds spaces or parentheses. */
  public static String destination(String url) {
    String flat = url.replace("\n", "").replace("\r", "");
    boolean plain = !flat.isEmpty();
    for (int i = 0; i < flat.length() && plain; i++) {
      char c = flat.charAt(i);
      plain = c > ' ' && c != '(' && c != ')' && c != '<' && c != '>' && c != '\\';
    }
    // Markdown decodes a character reference (&amp;) in a destination: an & that starts one is escaped, in the
    // angle-bracket form, so the destination reads back as the text it is (an autolink keeps its references)
    boolean references = flat.indexOf('&') >= 0 && ENTITY.matcher(flat).find();
    if (plain && !references) {
      return flat;
    }
    StringBuilder out = new StringBuilder("<");
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (c == '<' || c == '>' || c == '\\'
          || c == '&' && references && ENTITY.matcher(flat).region(i, flat.length()).lookingAt()) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('>').toString();
  }

  /** The text on one line: runs of spaces, tabs and line breaks become one space; no leading or trailing space. */
  public static String flatten(String text) {
    if (isFlat(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBlank(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether flattening leaves the text as it is: its only blanks are single spaces between other characters. */
  private static boolean isFlat(String text) {
    int last = text.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c >= KINDS.length) {
        if (c == '\u2028' || c == '\u2029') {
          return false;
        }
      } else if (KINDS[c] == SPACE) {
        if (i == 0 || i == last || text.charAt(i + 1) == ' ') {
          return false;
        }
      } else if (KINDS[c] == BLANK) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(char c) {
    return c < KINDS.length ? KINDS[c] == SPACE || KINDS[c] == BLANK : c == '\u2028' || c == '\u2029';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
