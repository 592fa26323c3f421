package dev.summit.parser.internal.recognise;

import dev.summit.model.Affiliation;
import dev.summit.parser.internal.outline.Block;
import dev.summit.parser.internal.outline.BlockType;
import dev.summit.parser.internal.outline.Mark;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A block that reads as a header: a heading, or a paragraph led by bold (a "bold line"), with its number
 * ({@code 2.3.1}) when it has one.
 *
 * @param number the dotted number, or empty when unnumbered
 * @param title the title without number; stray emphasis markers removed
 * @param rest text after a line break inside the same paragraph, to be read as content
 * @param strayMarkers true when the raw title held unmatched emphasis markers
 */
public record HeaderLine(
    Block block, String number, String title, String rest, boolean heading, boolean strayMarkers) {

  // what parse reads by hand (kept as the definition, and for the tests)
  static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,3}){0,4})\\.?\\s+(\\S.*)$",
      Pattern.DOTALL);
  static final Pattern NUMBER_ONLY = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,3}){0,4})\\.?$");
  /** Headers longer than this are sentences set in bold, not headers. */
  private static final int MAX_UNNUMBERED = 90;

  public boolean numbered() {
    return !number.isEmpty();
  }

  /** Depth of the number: 1 for {@code 2}, 3 for {@code 2.3.1}; 0 when unnumbered. */
  public int depth() {
    int depth = number.isEmpty() ? 0 : 1;
    for (int i = number.indexOf('.'); i >= 0; i = number.indexOf('.', i + 1)) {
      depth++;
    }
    return depth;
  }

  /** The first number component: 2 for {@code 2.3.1}. */
  public int leadNumber() {
    int dot = number.indexOf('.');
    return Integer.parseInt(dot < 0 ? number : number.substring(0, dot));
  }

  /** Reads a block as a header, if it is one. */
  public static Optional<HeaderLine> of(Block block) {
    if (block.type() == BlockType.HEADING) {
      return parse(block, block.text(), "", true);
    }
    if (block.type() != BlockType.PARAGRAPH) {
      return Optional.empty();
    }
    String text = block.text();
    Mark lead = leadingBold(block);
    if (lead == null) {
      return Optional.empty();
    }
    int nl = text.indexOf('\n');
    String first = nl < 0 ? text : text.substring(0, nl);
    boolean wholeBold = lead.end() >= first.stripTrailing().length()
        || isColonOrEmpty(first.substring(Math.min(lead.end(), first.length())).strip());
    boolean mayBeUnnumbered = wholeBold && !first.isBlank() && first.length() <= MAX_UNNUMBERED;
    if (!mayBeUnnumbered && !mayBeNumbered(first)) {
      return Optional.empty();
    }
    String rest = nl < 0 ? "" : text.substring(nl + 1).strip();
    Optional<HeaderLine> header = parse(block, first, rest, false);
    if (header.isEmpty()) {
      return header;
    }
    HeaderLine h = header.get();
    if (h.numbered()) {
      // the bold must cover at least the number: "**7.** title" and "**1. title**: subtitle" both lead with it
      return header;
    }
    return mayBeUnnumbered ? header : Optional.empty();
  }

  /** False when {@link #of} surely finds no header: a block neither a heading nor a paragraph led by bold. */
  static boolean mayBeHeader(Block block) {
    return block.type() == BlockType.HEADING
        || block.type() == BlockType.PARAGRAPH && leadingBold(block) != null;
  }

  /**
   * Whether the normalised text can start with a digit: normalising drops only spaces and {@code **}, so
   * the first char that is neither must be one.
   */
  private static boolean mayBeNumbered(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '*' && !Character.isWhitespace(c) && c != '\u00A0') {
        return c >= '0' && c <= '9';
      }
    }
    return false;
  }

  private static Optional<HeaderLine> parse(Block block, String text, String rest, boolean heading) {
    String t = ContentReader.normalise(text);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String number = "";
    String title = t;
    // both patterns start with a digit
    char lead = t.charAt(0);
    if (lead >= '0' && lead <= '9') {
      String[] numbered = readNumber(t);
      if (numbered != null && numbered[1] != null) {
        number = numbered[0];
        title = numbered[1];
      } else if (numbered != null) {
        return Optional.empty();
      }
    }
    String cleaned = cleanTitle(title);
    boolean stray = !cleaned.equals(title.strip());
    // markers before the trailing colon ("…근법**:") are at the title's end once the colon is gone: a title
    // that kept them would lose them when read again
    String withoutColon = withoutTrailingColon(cleaned).strip();
    cleaned = cleanTitle(withoutColon);
    stray |= !cleaned.equals(withoutColon);
    if (cleaned.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new HeaderLine(block, number, cleaned, rest, heading, stray));
  }

  /**
   * What {@link #NUMBERED} and {@link #NUMBER_ONLY} match, by hand (a Matcher per header was the largest
   * allocation of this step): {number, title} when NUMBERED matches, {number, null} when NUMBER_ONLY does,
   * else null. The number's parts are read greedily; giving a digit back never lets either pattern match
   * otherwise, since a digit, or a dot and a digit, would then follow where only a dot, spaces or the end may.
   */
  static String[] readNumber(String t) {
    int end = numberEnd(t);
    if (end == 0) {
      return null;
    }
    int i = end < t.length() && t.charAt(end) == '.' ? end + 1 : end;
    int spaces = i;
    while (i < t.length() && Affiliation.isPatternSpace(t.charAt(i))) {
      i++;
    }
    if (i > spaces && i < t.length()) {
      return new String[] {t.substring(0, end), t.substring(i)};
    }
    return spaces == t.length() ? new String[] {t.substring(0, end), null} : null;
  }

  /** Where {@link #NUMBERED}'s number ends: 1–4 digits, then up to four times a dot and 1–3 digits. */
  private static int numberEnd(String t) {
    int i = 0;
    while (i < t.length() && i < 4 && isDigit(t.charAt(i))) {
      i++;
    }
    for (int k = 0; k < 4 && i > 0 && i + 1 < t.length() && t.charAt(i) == '.' && isDigit(t.charAt(i + 1)); k++) {
      int start = i + 1;
      i = start;
      while (i < t.length() && i - start < 3 && isDigit(t.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }


  // by hand, not String.matches/replaceAll: those compile a Pattern on every call (hot: once per block)
  private static boolean isColonOrEmpty(String s) {
    return s.isEmpty() || s.equals(":") || s.equals("：");
  }

  private static String withoutTrailingColon(String s) {
    return s.endsWith(":") || s.endsWith("：") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * Removes emphasis markers left unmatched at the ends of a title (a broken {@code **…**}), with the spaces
   * among them: a run such as {@code * * *} goes at once, so that the title cleaned up again is itself.
   */
  static String cleanTitle(String title) {
    String t = title;
    int start = 0;
    int end = t.length();
    while (start < end && isMarkerOrSpace(t.charAt(start))) {
      start++;
    }
    while (end > start && isMarkerOrSpace(t.charAt(end - 1))) {
      end--;
    }
    return t.substring(start, end);
  }

  /** {@code *}, {@code _}, or what {@link String#strip()} removes. */
  private static boolean isMarkerOrSpace(char c) {
    return c == '*' || c == '_' || Character.isWhitespace(c);
  }

  private static Mark leadingBold(Block block) {
    String text = block.text();
    int firstNonSpace = 0;
    while (firstNonSpace < text.length() && Character.isWhitespace(text.charAt(firstNonSpace))) {
      firstNonSpace++;
    }
    Mark best = null;
    java.util.List<Mark> marks = block.marks();
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      if (m.start() > firstNonSpace) {
        break;
      }
      if (m.kind() == Mark.Kind.BOLD && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }
}
