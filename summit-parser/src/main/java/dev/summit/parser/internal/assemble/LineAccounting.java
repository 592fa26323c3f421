package dev.summit.parser.internal.assemble;

import dev.summit.model.Affiliation;
import dev.summit.model.Callout;
import dev.summit.model.Claim;
import dev.summit.model.Content;
import dev.summit.model.Diagnostic;
import dev.summit.model.DocumentFormat;
import dev.summit.model.Provenance;
import dev.summit.model.Quote;
import dev.summit.model.Section;
import dev.summit.model.Severity;
import dev.summit.parser.internal.Pipeline;
import dev.summit.parser.internal.outline.Block;
import dev.summit.parser.internal.outline.BlockType;
import dev.summit.parser.internal.recognise.DayDraft;
import dev.summit.parser.internal.recognise.DocumentRecap;
import dev.summit.parser.internal.recognise.Label;
import dev.summit.parser.internal.recognise.ParticipantDraft;
import dev.summit.parser.internal.recognise.SessionDraft;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Nothing silently lost: marks every line of a document that a model element accounts for, and lists each run
 * of non-blank lines that nothing accounts for in one INFO {@code unmapped-content} diagnostic.
 *
 * <p>A line is accounted for when it lies in the provenance of a claim, image, link, review, table, callout,
 * quote, day block or document-level content; in a session's or section's <em>own</em> lines (its header,
 * labels and participants, up to its first content); in the title heading or the source-link line; or is a
 * thematic break. Front matter is blanked by the read step and so never counts. Session and section spans are
 * not taken whole, so that content dropped inside a session still shows.
 *
 * <p>An HTML page is mostly markup outside the post, so there the lines to account for are those of the
 * article's text: every line of a paragraph, heading, code block or table of the outline. Its lines are read
 * without their tags (and entities decoded) wherever the Markdown accounting reads a line's text.
 */
public final class LineAccounting {
  private static final Pattern LINE_MARKERS = Pattern.compile("^[\\s>]*(?:[*+\\-]|\\d{1,9}[.)])?\\s*");
  /** After any leading {@code [\\s>]*}: a list marker or a heading of its own. */
  private static final Pattern OWN_MARKER =
      Pattern.compile("[\\s>]*+(?:(?:[*+\\-]|\\d{1,9}[.)])(?:\\s.*)?|#.*)");

  /**
   * What one document's accounting found.
   *
   * @param nonBlank non-blank lines (after front matter is blanked)
   * @param covered non-blank lines a model element accounts for
   * @param unmapped runs of unaccounted lines as {@code {first, last}}, 1-based and inclusive
   */
  public record Report(int nonBlank, int covered, List<int[]> unmapped) {
    public int unmappedLines() {
      return unmapped.stream().mapToInt(r -> r[1] - r[0] + 1).sum();
    }
  }

  private static final Pattern TAG = Pattern.compile("<[^>]*>?");
  private static final Set<BlockType> TEXT_BLOCKS =
      EnumSet.of(BlockType.PARAGRAPH, BlockType.HEADING, BlockType.CODE, BlockType.TABLE);

  /** A line of a page holding only inline tags ({@code <br>}): inside a paragraph, not between blocks. */
  private static final Pattern INLINE_TAGS_ONLY = Pattern.compile(
      "(?:\\s*</?(?:br|wbr|strong|b|em|i|a|span|code|kbd|del|s|mark|small|sub|sup)\\b[^>]*>)*\\s*",
      Pattern.CASE_INSENSITIVE);

  /** The document's text: a Markdown post's lines are read from it in place, not split into Strings. */
  private final String text;
  /** Where each line of {@link #text} starts; one more entry than lines, for the end of the last. */
  private final int[] starts;
  private final int lineCount;
  /** An HTML page's lines without their tags; null for Markdown, whose lines are ranges of {@link #text}. */
  private final String[] lines;
  /** Reused on each line: OWN_MARKER over a line's range of the text. */
  private final java.util.regex.Matcher ownMarker;
  /** An HTML page's lines as written, to tell a line break inside a paragraph from markup between blocks. */
  private final String[] rawLines;
  private final boolean[] covered;
  /** The lines to account for; null for every non-blank line. */
  private final boolean[] counted;

  private LineAccounting(Pipeline.Document document) {
    this.text = document.source().text();
    int[] found = lineStarts(text, document.source().lineCount() + 2);
    this.lineCount = found[0];
    this.starts = found;
    found[0] = 0; // the first line starts at 0; the slot held the count
    boolean html = document.format() == DocumentFormat.HTML;
    this.lines = html ? lines(document) : null;
    this.rawLines = html ? text.split("\n", -1) : null;
    this.ownMarker = OWN_MARKER.matcher(text);
    this.covered = new boolean[lineCount + 2];
    if (html) {
      counted = new boolean[lineCount + 2];
      countTextBlocks(document.outline());
    } else {
      counted = null;
    }
  }

  /**
   * Where each line starts, as {@code text.split("\n", -1)} would cut it, and the end of the text plus one, in one
   * pass over the text (a first pass only counted the lines). Slot 0, where the first line starts (always 0),
   * holds the number of lines; the array may be longer than the lines need.
   *
   * @param expected the lines the text is expected to have plus one (the read step's count plus two): the
   *     array's first size, grown when short
   */
  static int[] lineStarts(String text, int expected) {
    int[] starts = new int[Math.max(2, expected + 1)];
    int k = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (k + 1 >= starts.length) {
        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
      }
      starts[k++] = i + 1;
    }
    starts[k] = text.length() + 1;
    starts[0] = k; // lines: one more than the line feeds
    return starts;
  }

  /** Line {@code n} (1-based) as the accounting reads it. */
  private String line(int n) {
    return lines != null ? lines[n - 1] : text.substring(starts[n - 1], starts[n] - 1);
  }

  /** Whether line {@code n} carries no text (see {@link #blank(String)}), read in place for Markdown. */
  private boolean blankLine(int n) {
    if (lines != null) {
      return blank(lines[n - 1]);
    }
    for (int i = starts[n - 1], end = starts[n] - 1; i < end; i++) {
      if (!blankChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The document's lines as the accounting reads them: an HTML page's without their tags. */
  private static String[] lines(Pipeline.Document document) {
    String[] lines = document.source().text().split("\n", -1);
    if (document.format() == DocumentFormat.HTML) {
      for (int i = 0; i < lines.length; i++) {
        lines[i] = Parser.unescapeEntities(TAG.matcher(lines[i]).replaceAll(""), false);
      }
    }
    return lines;
  }

  private void countTextBlocks(Block block) {
    if (TEXT_BLOCKS.contains(block.type())) {
      for (int i = Math.max(1, block.startLine()); i <= block.endLine() && i <= lineCount; i++) {
        counted[i] = true;
      }
      return;
    }
    for (Block child : block.children()) {
      countTextBlocks(child);
    }
  }

  /** Accounts one document's lines against what the recognise step made of it. */
  public static Report account(Pipeline.Document document) {
    LineAccounting a = new LineAccounting(document);
    a.mark(document);
    return a.report();
  }

  /** The {@code unmapped-content} diagnostics of a report, one per run of lines. */
  public static List<Diagnostic> diagnostics(Report report, Pipeline.Document document, String documentId) {
    return diagnostics(report, lines(document), documentId);
  }

  private static List<Diagnostic> diagnostics(Report report, String[] lines, String documentId) {
    List<Diagnostic> out = new ArrayList<>();
    for (int[] run : report.unmapped()) {
      out.add(diagnostic(run, lines[run[0] - 1], documentId));
    }
    return out;
  }

  private static Diagnostic diagnostic(int[] run, String line, String documentId) {
    String first = line.strip();
    if (first.length() > 60) {
      first = first.substring(0, first.offsetByCodePoints(0, Math.min(57, first.codePointCount(0,
          first.length())))) + "…";
    }
    String where = run[0] == run[1] ? "line " + run[0] : "lines " + run[0] + "-" + run[1];
    return Diagnostic.of(Severity.INFO, "unmapped-content",
        where + " not mapped to any model element: \"" + first + "\"", documentId, run[0], 1);
  }

  /** The hook for the assembler: the diagnostics for one document. */
  public static List<Diagnostic> check(Pipeline.Document document, String documentId) {
    LineAccounting a = new LineAccounting(document);
    a.mark(document);
    return a.diagnostics(a.report(), documentId); // the lines as already read (and, for HTML, untagged)
  }

  private List<Diagnostic> diagnostics(Report report, String documentId) {
    if (lines != null) {
      return diagnostics(report, lines, documentId);
    }
    List<Diagnostic> out = new ArrayList<>();
    for (int[] run : report.unmapped()) {
      out.add(diagnostic(run, line(run[0]), documentId));
    }
    return out;
  }

  private void mark(Pipeline.Document document) {
    DocumentRecap r = document.recap();
    Block outline = document.outline();
    String title = r.title().orElse(null);
    for (Block b : outline.children()) {
      if (b.type() == BlockType.BREAK || b.type() == BlockType.PARAGRAPH && b.marks().isEmpty()
          && b.text().isBlank()) {
        mark(b.startLine(), b.endLine());
      } else if (b.type() == BlockType.HEADING && title != null && b.level() == 1
          && sameNormalised(b.text(), title)) {
        mark(b.startLine(), b.endLine());
      } else if (b.type() == BlockType.PARAGRAPH && r.sourceUrl().isPresent()
          && b.text().contains(r.sourceUrl().get()) && b.endLine() - b.startLine() < 2) {
        mark(b.startLine(), b.endLine());
      }
    }
    for (DayDraft d : r.days()) {
      mark(d.source());
    }
    r.facts().source().ifPresent(this::mark);
    contents(r.looseContent());
    for (SessionDraft s : r.agenda()) {
      session(s);
    }
    for (SessionDraft s : r.details()) {
      session(s);
    }
  }

  private void session(SessionDraft s) {
    int firstBody = Integer.MAX_VALUE;
    for (Content c : s.content()) {
      firstBody = Math.min(firstBody, c.source().startLine());
    }
    for (Section sec : s.sections()) {
      firstBody = Math.min(firstBody, sec.source().startLine());
    }
    Provenance p = s.source();
    for (ParticipantDraft pd : s.participants()) {
      mark(pd.source());
    }
    mark(p.startLine(), p.startLine());
    // the header's own lines and its label block (an agenda entry's provenance is its header alone)
    int headerEnd = Math.min(p.endLine(), firstBody - 1);
    boolean inLabel = false;
    for (int line = p.startLine() + 1; line < firstBody && line <= lineCount; line++) {
      boolean blank = blankLine(line);
      if (isLabelLine(line)) {
        mark(line, line);
        inLabel = true;
      } else if (inLabel && !blank && isContinuation(line)) {
        mark(line, line); // a label value that runs over several lines
      } else if (inLabel && blank && rawLines != null && INLINE_TAGS_ONLY.matcher(rawLines[line - 1]).matches()) {
        continue; // a <br> inside the label's paragraph
      } else if (blank) {
        inLabel = false;
      } else if (line > headerEnd && !covered[line]) {
        break;
      } else {
        inLabel = false;
      }
    }
    contents(s.content());
    for (Section sec : s.sections()) {
      section(sec);
    }
  }

  private void section(Section s) {
    int firstBody = Integer.MAX_VALUE;
    for (Content c : s.content()) {
      firstBody = Math.min(firstBody, c.source().startLine());
    }
    for (Section sub : s.subsections()) {
      firstBody = Math.min(firstBody, sub.source().startLine());
    }
    int start = s.source().startLine();
    // the header itself: a heading (setext ones span two lines) or a bold line
    mark(start, Math.min(s.source().endLine(), Math.max(start, Math.min(firstBody - 1, start + 1))));
    contents(s.content());
    for (Section sub : s.subsections()) {
      section(sub);
    }
  }

  private void contents(List<? extends Content> contents) {
    for (int i = 0, n = contents.size(); i < n; i++) { // indexed: no iterator per list
      Content c = contents.get(i);
      mark(c.source());
      switch (c.type()) {
        case CALLOUT -> contents(((Callout) c).body());
        case QUOTE -> contents(((Quote) c).body());
        case CLAIM -> contents(((Claim) c).children());
        default -> { }
      }
    }
  }

  /** A line of a session header's label block: 발표자, 내용 and the like, or a setext underline. */
  private boolean isLabelLine(int line) {
    if (line < 1 || line > lineCount) {
      return false;
    }
    String rest;
    if (lines != null) {
      rest = LINE_MARKERS.matcher(lines[line - 1]).replaceFirst("");
    } else {
      // the markers read in place; the rest of the line is the one String made
      rest = text.substring(markersEnd(text, starts[line - 1], starts[line] - 1), starts[line] - 1);
    }
    String stripped = rest.replace("**", "").replace("__", "").strip();
    return Label.isLabel(stripped) || isUnderline(stripped);
  }

  /**
   * Where {@code LINE_MARKERS} ({@code ^[\s>]*(?:[*+\-]|\d{1,9}[.)])?\s*}) ends when looking at
   * {@code text[from, to)}, read by hand: it always matches, and as each part after the greedy {@code [\s>]*}
   * can match nothing, no part ever gives back what it took.
   */
  static int markersEnd(String text, int from, int to) {
    int i = from;
    while (i < to && (Affiliation.isPatternSpace(text.charAt(i)) || text.charAt(i) == '>')) {
      i++;
    }
    if (i < to) {
      char c = text.charAt(i);
      if (c == '*' || c == '+' || c == '-') {
        i++;
      } else {
        int d = i;
        while (d < to && d - i < 10 && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
          d++;
        }
        if (d > i && d - i <= 9 && d < to && (text.charAt(d) == '.' || text.charAt(d) == ')')) {
          i = d + 1;
        }
      }
    }
    while (i < to && Affiliation.isPatternSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }


  /** {@code =+|-+}: a setext underline. */
  private static boolean isUnderline(String s) {
    if (s.isEmpty() || s.charAt(0) != '=' && s.charAt(0) != '-') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) != s.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  /** A line that continues the paragraph above it: no list marker or heading of its own. */
  private boolean isContinuation(int line) {
    if (lines != null) {
      return !OWN_MARKER.matcher(lines[line - 1]).matches();
    }
    ownMarker.region(starts[line - 1], starts[line] - 1);
    return !ownMarker.matches();
  }

  private void mark(Provenance p) {
    mark(p.startLine(), p.endLine());
  }

  private void mark(int from, int to) {
    for (int i = Math.max(1, from); i <= to && i <= lineCount; i++) {
      covered[i] = true;
    }
  }

  private Report report() {
    int nonBlank = 0;
    int coveredCount = 0;
    List<int[]> runs = new ArrayList<>();
    int[] open = null;
    for (int i = 1; i <= lineCount; i++) {
      boolean blank = counted == null ? blankLine(i)
          : !counted[i] || lines[i - 1].isBlank();
      if (blank) {
        open = null;
        continue;
      }
      nonBlank++;
      if (covered[i]) {
        coveredCount++;
        open = null;
      } else if (open != null && open[1] == i - 1) {
        open[1] = i;
      } else {
        open = new int[] {i, i};
        runs.add(open);
      }
    }
    return new Report(nonBlank, coveredCount, List.copyOf(runs));
  }

  /** Lines holding only block-quote markers and white space ({@code [\s>]*}) carry no text. */
  private static boolean blank(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (!blankChar(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean blankChar(char c) {
    return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Whether the two texts are equal once each {@code \s} run is one space and the ends are stripped (as
   * {@code replaceAll("\s+", " ").strip()} leaves them), read in place: the first level-1 heading that differs
   * from the title stops at its first different character, without a regex and two Strings per heading (and the
   * title normalised again for each). Every character of a {@code \s} run is white space to {@code strip}, so the
   * ends stripped are the raw texts' white space at their ends, and inside them each {@code \s} run stands for one
   * space.
   */
  static boolean sameNormalised(String a, String b) {
    int i = stripStart(a);
    int ie = stripEnd(a, i);
    int j = stripStart(b);
    int je = stripEnd(b, j);
    while (i < ie && j < je) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      boolean xs = Affiliation.isPatternSpace(x);
      if (xs != Affiliation.isPatternSpace(y)) {
        return false;
      }
      if (xs) {
        while (i < ie && Affiliation.isPatternSpace(a.charAt(i))) {
          i++;
        }
        while (j < je && Affiliation.isPatternSpace(b.charAt(j))) {
          j++;
        }
      } else if (x != y) {
        return false;
      } else {
        i++;
        j++;
      }
    }
    return i == ie && j == je;
  }

  private static int stripStart(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int stripEnd(String s, int start) {
    int e = s.length();
    while (e > start && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
