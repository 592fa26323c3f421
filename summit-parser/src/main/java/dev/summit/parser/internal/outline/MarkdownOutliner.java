package dev.summit.parser.internal.outline;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * The outline step for Markdown: commonmark-java (GFM tables, strikethrough, block source spans) to the
 * neutral {@link Block} tree. Iterative where nesting is unbounded, so hostile depth cannot overflow the stack.
 */
public final class MarkdownOutliner {
  /** The commonmark parser the outline uses; the benchmark floor parses with exactly this configuration. */
  public static Parser commonmarkParser() {
    return Parser.builder()
        .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS)
        .inlineParserFactory(ChunkedInlineParser::new)
        .build();
  }

  /** Inline content longer than twice this many chars is parsed in pieces of about this size. */
  static final int INLINE_CHUNK = 4096;

  /**
   * commonmark-java's inline parser is quadratic in the emphasis delimiters that precede each link of one
   * paragraph: a 240 KB paragraph of {@code "x [a](b) *y* "} takes over 100 s. So the inline content of a giant
   * paragraph is parsed in pieces of about {@link #INLINE_CHUNK} chars, cut at line ends or whitespace, which
   * keeps the cost linear; emphasis or a link that straddles a cut is read as plain text.
   */
  private static final class ChunkedInlineParser implements InlineParser {
    private final InlineParser delegate;

    ChunkedInlineParser(InlineParserContext context) {
      this.delegate = new InlineParserImpl(context);
    }

    @Override
    public void parse(SourceLines lines, Node block) {
      long total = 0;
      for (SourceLine l : lines.getLines()) {
        total += l.getContent().length() + 1;
      }
      if (total <= 2L * INLINE_CHUNK) {
        delegate.parse(lines, block);
        return;
      }
      SourceLines chunk = new SourceLines();
      int size = 0;
      for (SourceLine line : lines.getLines()) {
        CharSequence c = line.getContent();
        if (size > 0 && size + c.length() > INLINE_CHUNK) {
          flush(chunk, block);
          block.appendChild(new SoftLineBreak());
          chunk = new SourceLines();
          size = 0;
        }
        int from = 0;
        while (c.length() - from > INLINE_CHUNK) {
          int cut = from + INLINE_CHUNK;
          int ws = cut;
          while (ws > from + INLINE_CHUNK / 2 && !Character.isWhitespace(c.charAt(ws))) {
            ws--;
          }
          if (Character.isWhitespace(c.charAt(ws))) {
            cut = ws;
          } else {
            if (Character.isHighSurrogate(c.charAt(cut - 1))) {
              cut--;
            }
            // a backslash left at the end of a piece would stay as text and its character lose the escape; the
            // piece's first char counts too (a piece of backslashes alone: the one before ends an even run)
            int backslashes = 0;
            while (cut - 1 - backslashes >= from && c.charAt(cut - 1 - backslashes) == '\\') {
              backslashes++;
            }
            if (backslashes % 2 == 1) {
              cut--;
            }
          }
          flush(SourceLines.of(line.substring(from, cut)), block);
          from = cut;
          int after = from;
          while (after < c.length() && Character.isWhitespace(c.charAt(after))) {
            after++;
          }
          if (after > from) {
            block.appendChild(new Text(c.subSequence(from, after).toString()));
            from = after;
          }
        }
        if (from < c.length() || c.length() == 0) {
          chunk.addLine(from == 0 ? line : line.substring(from, c.length()));
          size += c.length() - from + 1;
        }
      }
      if (!chunk.isEmpty()) {
        flush(chunk, block);
      }
    }

    private void flush(SourceLines chunk, Node block) {
      Paragraph holder = new Paragraph();
      delegate.parse(chunk, holder);
      for (Node n = holder.getFirstChild(); n != null; ) {
        Node next = n.getNext();
        block.appendChild(n);
        n = next;
      }
    }
  }

  private final Parser parser = commonmarkParser();
  private final int maxDepth;

  public MarkdownOutliner(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /** Parses normalised text (lines end in {@code \n}) into a DOCUMENT block. */
  public Block outline(String text) {
    return outline(text, line -> { });
  }

  /**
   * Like {@link #outline(String)}; {@code tooDeep} is told the start line of the first container nested past
   * the depth limit, if any, once.
   */
  public Block outline(String text, java.util.function.IntConsumer tooDeep) {
    Node document = parser.parse(text);
    Block root = new Block(BlockType.DOCUMENT, 1, 1, 1);
    Conversion conversion = new Conversion();
    conversion.convertChildren(document, root, 0);
    if (conversion.firstTooDeep > 0) {
      tooDeep.accept(conversion.firstTooDeep);
    }
    // the conversion makes each block before its children and its later siblings, so the order of making is
    // the pre-order that index() would walk the tree again for
    root.indexed(conversion.made);
    return root;
  }

  /** One outline's conversion from commonmark nodes to blocks; not shared. */
  private final class Conversion {
    /** The start line of the first container nested too deep, or 0. */
    int firstTooDeep;
    /** Reused for every block's inlines. */
    final InlineText inlines = new InlineText();
    /** How many blocks were made, the root counted: the next block's id. */
    int made = 1;

    /** A new block, numbered in the order of making (pre-order: see {@link #outline}). */
    private Block block(BlockType type, int startLine, int endLine, int column) {
      return new Block(type, startLine, endLine, column).id(made++);
    }

    void convertChildren(Node parent, Block into, int depth) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        Block b = convert(n, depth);
        if (b != null) {
          into.add(b);
          into.endLine(b.endLine());
        }
      }
    }

    Block convert(Node node, int depth) {
      List<SourceSpan> spans = node.getSourceSpans();
      int startLine = 1;
      int endLine = 1;
      int column = 1;
      if (spans != null && !spans.isEmpty()) {
        SourceSpan first = spans.get(0);
        startLine = first.getLineIndex() + 1;
        endLine = spans.get(spans.size() - 1).getLineIndex() + 1;
        column = first.getColumnIndex() + 1;
      }
      if (node instanceof Heading h) {
        return inline(block(BlockType.HEADING, startLine, endLine, column).level(h.getLevel()), node);
      }
      if (node instanceof Paragraph) {
        return inline(block(BlockType.PARAGRAPH, startLine, endLine, column), node);
      }
      if (node instanceof ThematicBreak) {
        return block(BlockType.BREAK, startLine, endLine, column);
      }
      if (node instanceof FencedCodeBlock code) {
        return block(BlockType.CODE, startLine, endLine, column).text(code.getLiteral());
      }
      if (node instanceof IndentedCodeBlock code) {
        return block(BlockType.CODE, startLine, endLine, column).text(code.getLiteral());
      }
      if (node instanceof HtmlBlock html) {
        return block(BlockType.CODE, startLine, endLine, column).text(html.getLiteral());
      }
      if (node instanceof TableBlock) {
        return table(node, startLine, endLine, column);
      }
      Block block;
      if (node instanceof BlockQuote) {
        block = block(BlockType.QUOTE, startLine, endLine, column);
      } else if (node instanceof BulletList) {
        block = block(BlockType.LIST, startLine, endLine, column);
      } else if (node instanceof OrderedList ol) {
        block = block(BlockType.LIST, startLine, endLine, column).ordered(true);
        Integer start = ol.getMarkerStartNumber();
        int number = start == null ? 1 : start;
        if (depth < maxDepth) {
          for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
            Block b = convert(item, depth + 1);
            if (b != null) {
              block.add(b.ordinal(number++));
            }
          }
        } else {
          block.add(flatten(node, startLine, endLine, column));
        }
        return block;
      } else if (node instanceof ListItem) {
        block = block(BlockType.ITEM, startLine, endLine, column);
      } else {
        return block(BlockType.CODE, startLine, endLine, column).text(plain(node));
      }
      if (depth < maxDepth) {
        convertChildren(node, block, depth + 1);
      } else {
        block.add(flatten(node, startLine, endLine, column));
      }
      return block;
    }

    /** Past the depth limit, a container's whole subtree becomes one paragraph of its text. */
    private Block flatten(Node node, int startLine, int endLine, int column) {
      if (firstTooDeep == 0) {
        firstTooDeep = Math.max(1, startLine);
      }
      return block(BlockType.PARAGRAPH, startLine, endLine, column).text(plain(node).strip());
    }

    private Block table(Node node, int startLine, int endLine, int column) {
      List<List<String>> rows = new ArrayList<>();
      for (Node part = node.getFirstChild(); part != null; part = part.getNext()) {
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
          if (row instanceof TableRow) {
            List<String> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
              if (cell instanceof TableCell) {
                cells.add(plain(cell).strip());
              }
            }
            rows.add(List.copyOf(cells));
          }
        }
      }
      return block(BlockType.TABLE, startLine, endLine, column).rows(List.copyOf(rows));
    }

    private Block inline(Block block, Node node) {
      inlines.read(node);
      return block.text(inlines.text()).marks(inlines.marks());
    }

    private String plain(Node node) {
      inlines.read(node);
      return inlines.text();
    }
  }

  /**
   * Flattens inlines to plain text and marks, without recursion on the Java stack. Reused from block to block,
   * so that its buffers grow once per outline rather than once per block. The text is kept as its pieces and
   * joined once: String.join makes a Korean text UTF-16 at once, where a UTF-16 StringBuilder's toString
   * first tries (and fails) to make it Latin-1, allocating for that, and copies every char once more.
   *
   * <p>Per inline node it does as little as it can: a piece goes into an array slot (stale slots are
   * overwritten, not cleared), and the last char, which only a nested block or a second paragraph asks for,
   * is looked up then rather than kept for every piece. {@code InlineTextTest} checks it against the plain
   * form it replaced on the corpus posts, every fixture post and generated inline Markdown.
   */
  static final class InlineText {
    /** The pieces of the text read so far: {@code pieces[0, count)}; the slots past count are stale. */
    private String[] pieces = new String[32];
    private int count;
    /** The length of the text read so far. */
    private int length;
    private final List<Mark> marks = new ArrayList<>();
    /** Where the open marks' text starts, innermost last. */
    private int[] starts = new int[16];
    private int open;

    /** Reads the inlines under {@code root}, replacing what was read before. */
    void read(Node root) {
      count = 0;
      length = 0;
      if (!marks.isEmpty()) {
        marks.clear();
      }
      open = 0;
      // depth first along the tree's own links: down to the first child, on to the next sibling, up to the parent
      Node n = root.getFirstChild();
      while (n != null) {
        if (enter(n) && n.getFirstChild() != null) {
          n = n.getFirstChild();
          continue;
        }
        leave(n);
        while (n.getNext() == null) {
          n = n.getParent();
          if (n == root) {
            return;
          }
          leave(n);
        }
        n = n.getNext();
      }
    }

    /** Appends what a node itself holds; true if its children are read too. */
    private boolean enter(Node n) {
      if (n instanceof Text t) {
        append(t.getLiteral());
      } else if (n instanceof SoftLineBreak) {
        append(" ");
      } else if (n instanceof Code c) {
        int start = length;
        append(c.getLiteral());
        marks.add(new Mark(Mark.Kind.CODE, start, length, ""));
      } else if (n instanceof HardLineBreak) {
        append("\n");
      } else if (n instanceof HtmlInline h) {
        append(h.getLiteral());
      } else if (isNestedBlock(n)) {
        // a nested block inside a flattened container: keep its text on its own line
        if (length > 0 && last() != '\n') {
          append("\n");
        }
        return true;
      } else {
        if (n instanceof Paragraph && length > 0 && last() != '\n') {
          append("\n");
        }
        if (open == starts.length) {
          starts = java.util.Arrays.copyOf(starts, open * 2);
        }
        starts[open++] = length;
        return true;
      }
      return false;
    }

    /** The last char read (0 while nothing is): the last piece's, as no piece is empty. */
    private char last() {
      if (count == 0) {
        return 0;
      }
      String p = pieces[count - 1];
      return p.charAt(p.length() - 1);
    }

    /** What StringBuilder.append(String) did: null reads as "null"; an empty piece is not kept. */
    private void append(String piece) {
      String p = piece == null ? "null" : piece;
      int n = p.length();
      if (n > 0) {
        if (count == pieces.length) {
          pieces = java.util.Arrays.copyOf(pieces, count * 2);
        }
        pieces[count++] = p;
        length += n;
      }
    }

    /** After a node's children: closes the mark that {@link #enter} opened for it, if any. */
    private void leave(Node n) {
      if (n instanceof Text || n instanceof Code || n instanceof SoftLineBreak || n instanceof HardLineBreak
          || n instanceof HtmlInline || isNestedBlock(n)) {
        return;
      }
      close(n, starts[--open]);
    }

    private static boolean isNestedBlock(Node n) {
      return n instanceof org.commonmark.node.Block && !(n instanceof Paragraph) && !(n instanceof TableCell)
          && !(n instanceof Heading);
    }

    private void close(Node n, int start) {
      Mark.Kind kind = null;
      String url = "";
      if (n instanceof StrongEmphasis) {
        kind = Mark.Kind.BOLD;
      } else if (n instanceof Emphasis || n instanceof Strikethrough) {
        kind = n instanceof Emphasis ? Mark.Kind.ITALIC : null;
      } else if (n instanceof Link l) {
        kind = Mark.Kind.LINK;
        url = l.getDestination();
      } else if (n instanceof Image i) {
        kind = Mark.Kind.IMAGE;
        url = i.getDestination();
      }
      if (kind != null) {
        marks.add(new Mark(kind, start, length, url == null ? "" : url));
      }
    }

    /**
     * The text read. A block whose text is one piece (most plain lines: one Text node) has that piece as its
     * text, the same String without a copy.
     */
    String text() {
      if (count <= 1) {
        return count == 0 ? "" : pieces[0];
      }
      return String.join("", readPieces);
    }

    /** {@code pieces[0, count)} as a list for String.join, made once rather than per block. */
    private final List<String> readPieces = new java.util.AbstractList<>() {
      @Override
      public String get(int index) {
        return pieces[index];
      }

      @Override
      public int size() {
        return count;
      }
    };

    /** The marks in start order, longer first; they are added as their ends are reached. */
    List<Mark> marks() {
      if (marks.isEmpty()) {
        return List.of();
      }
      if (inOrder(marks)) {
        return List.copyOf(marks);
      }
      List<Mark> sorted = new ArrayList<>(marks);
      sorted.sort(MARK_ORDER);
      return List.copyOf(sorted);
    }

    private static final java.util.Comparator<Mark> MARK_ORDER = (a, b) -> a.start() != b.start()
        ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());

    private static boolean inOrder(List<Mark> marks) {
      for (int i = 1; i < marks.size(); i++) {
        if (MARK_ORDER.compare(marks.get(i - 1), marks.get(i)) > 0) {
          return false;
        }
      }
      return true;
    }
  }
}
