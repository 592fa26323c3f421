package dev.summit.parser.internal.assemble;

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

  private final String[] lines;
  /** An HTML page's lines as written, to tell a line break inside a paragraph from markup between blocks. */
  private final String[] rawLines;
  private final boolean[] covered;
  /** The lines to account for; null for every non-blank line. */
  private final boolean[] counted;

  private LineAccounting(Pipeline.Document document) {
    this.lines = lines(document);
    this.rawLines = document.format() == DocumentFormat.HTML ? document.source().text().split("\n", -1) : null;
    this.covered = new boolean[lines.length + 2];
    if (document.format() == DocumentFormat.HTML) {
      counted = new boolean[lines.length + 2];
      countTextBlocks(document.outline());
    } else {
      counted = null;
    }
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
      for (int i = Math.max(1, block.startLine()); i <= block.endLine() && i <= lines.length; i++) {
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
      String first = lines[run[0] - 1].strip();
      if (first.length() > 60) {
        first = first.substring(0, first.offsetByCodePoints(0, Math.min(57, first.codePointCount(0,
            first.length())))) + "…";
      }
      String where = run[0] == run[1] ? "line " + run[0] : "lines " + run[0] + "-" + run[1];
      out.add(Diagnostic.of(Severity.INFO, "unmapped-content",
          where + " not mapped to any model element: \"" + first + "\"", documentId, run[0], 1));
    }
    return out;
  }

  /** The hook for the assembler: the diagnostics for one document. */
  public static List<Diagnostic> check(Pipeline.Document document, String documentId) {
    LineAccounting a = new LineAccounting(document);
    a.mark(document);
    return diagnostics(a.report(), a.lines, documentId); // the lines as already split (and, for HTML, untagged)
  }

  private void mark(Pipeline.Document document) {
    DocumentRecap r = document.recap();
    Block outline = document.outline();
    String title = r.title().orElse(null);
    for (Block b : outline.children()) {
      if (b.type() == BlockType.BREAK || b.type() == BlockType.PARAGRAPH && b.text().isBlank()
          && b.marks().isEmpty()) {
        mark(b.startLine(), b.endLine());
      } else if (b.type() == BlockType.HEADING && title != null && b.level() == 1
          && normalise(b.text()).equals(normalise(title))) {
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
    for (int line = p.startLine() + 1; line < firstBody && line <= lines.length; line++) {
      boolean blank = blank(lines[line - 1]);
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
    for (Content c : contents) {
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
    if (line < 1 || line > lines.length) {
      return false;
    }
    String text = LINE_MARKERS.matcher(lines[line - 1]).replaceFirst("").replace("**", "").replace("__", "");
    return Label.read(text.strip()).isPresent() || text.strip().matches("=+|-+");
  }

  /** A line that continues the paragraph above it: no list marker or heading of its own. */
  private boolean isContinuation(int line) {
    String text = lines[line - 1].replaceFirst("^[\\s>]*", "");
    return !text.matches("(?:[*+\\-]|\\d{1,9}[.)])(?:\\s.*)?|#.*");
  }

  private void mark(Provenance p) {
    mark(p.startLine(), p.endLine());
  }

  private void mark(int from, int to) {
    for (int i = Math.max(1, from); i <= to && i <= lines.length; i++) {
      covered[i] = true;
    }
  }

  private Report report() {
    int nonBlank = 0;
    int coveredCount = 0;
    List<int[]> runs = new ArrayList<>();
    int[] open = null;
    for (int i = 1; i <= lines.length; i++) {
      boolean blank = counted == null ? blank(lines[i - 1])
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
      char c = line.charAt(i);
      if (c != '>' && c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
