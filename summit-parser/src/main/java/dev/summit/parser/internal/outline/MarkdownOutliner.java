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
            // a backslash left at the end of a piece would stay as text and its character lose the escape
            int backslashes = 0;
            while (cut - 1 - backslashes > from && c.charAt(cut - 1 - backslashes) == '\\') {
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
    int[] firstTooDeep = {0};
    convertChildren(document, root, 0, firstTooDeep);
    if (firstTooDeep[0] > 0) {
      tooDeep.accept(firstTooDeep[0]);
    }
    return root;
  }

  private void convertChildren(Node parent, Block into, int depth, int[] tooDeep) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      Block b = convert(n, depth, tooDeep);
      if (b != null) {
        into.add(b);
        into.endLine(b.endLine());
      }
    }
  }

  private Block convert(Node node, int depth, int[] tooDeep) {
    int[] span = lines(node);
    if (node instanceof Heading h) {
      return inline(new Block(BlockType.HEADING, span[0], span[1], span[2]).level(h.getLevel()), node);
    }
    if (node instanceof Paragraph) {
      return inline(new Block(BlockType.PARAGRAPH, span[0], span[1], span[2]), node);
    }
    if (node instanceof ThematicBreak) {
      return new Block(BlockType.BREAK, span[0], span[1], span[2]);
    }
    if (node instanceof FencedCodeBlock code) {
      return new Block(BlockType.CODE, span[0], span[1], span[2]).text(code.getLiteral());
    }
    if (node instanceof IndentedCodeBlock code) {
      return new Block(BlockType.CODE, span[0], span[1], span[2]).text(code.getLiteral());
    }
    if (node instanceof HtmlBlock html) {
      return new Block(BlockType.CODE, span[0], span[1], span[2]).text(html.getLiteral());
    }
    if (node instanceof TableBlock) {
      return table(node, span);
    }
    BlockType type;
    Block block;
    if (node instanceof BlockQuote) {
      block = new Block(BlockType.QUOTE, span[0], span[1], span[2]);
    } else if (node instanceof BulletList) {
      block = new Block(BlockType.LIST, span[0], span[1], span[2]);
    } else if (node instanceof OrderedList ol) {
      block = new Block(BlockType.LIST, span[0], span[1], span[2]).ordered(true);
      Integer start = ol.getMarkerStartNumber();
      int number = start == null ? 1 : start;
      if (depth < maxDepth) {
        for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
          Block b = convert(item, depth + 1, tooDeep);
          if (b != null) {
            block.add(b.ordinal(number++));
          }
        }
      } else {
        block.add(flatten(node, span, tooDeep));
      }
      return block;
    } else if (node instanceof ListItem) {
      block = new Block(BlockType.ITEM, span[0], span[1], span[2]);
    } else {
      type = BlockType.CODE;
      return new Block(type, span[0], span[1], span[2]).text(plain(node));
    }
    if (depth < maxDepth) {
      convertChildren(node, block, depth + 1, tooDeep);
    } else {
      block.add(flatten(node, span, tooDeep));
    }
    return block;
  }

  /** Past the depth limit, a container's whole subtree becomes one paragraph of its text. */
  private static Block flatten(Node node, int[] span, int[] tooDeep) {
    if (tooDeep[0] == 0) {
      tooDeep[0] = Math.max(1, span[0]);
    }
    return new Block(BlockType.PARAGRAPH, span[0], span[1], span[2]).text(plain(node).strip());
  }

  private Block table(Node node, int[] span) {
    List<List<String>> rows = new ArrayList<>();
    for (Node part = node.getFirstChild(); part != null; part = part.getNext()) {
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow) {
          List<String> cells = new ArrayList<>();
          for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
              InlineText t = new InlineText();
              t.append(cell);
              cells.add(t.text().strip());
            }
          }
          rows.add(List.copyOf(cells));
        }
      }
    }
    return new Block(BlockType.TABLE, span[0], span[1], span[2]).rows(List.copyOf(rows));
  }

  private static Block inline(Block block, Node node) {
    InlineText t = new InlineText();
    t.append(node);
    return block.text(t.text()).marks(t.marks());
  }

  private static int[] lines(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans == null || spans.isEmpty()) {
      return new int[] {1, 1, 1};
    }
    SourceSpan first = spans.get(0);
    SourceSpan last = spans.get(spans.size() - 1);
    return new int[] {first.getLineIndex() + 1, last.getLineIndex() + 1, first.getColumnIndex() + 1};
  }

  private static String plain(Node node) {
    InlineText t = new InlineText();
    t.append(node);
    return t.text();
  }

  /** Flattens inlines to plain text and marks, without recursion on the Java stack. */
  private static final class InlineText {
    private final StringBuilder text = new StringBuilder();
    private final List<Mark> marks = new ArrayList<>();

    void append(Node root) {
      // explicit stack: (node, phase) where phase 1 closes a mark opened at 'start'
      ArrayList<Object[]> stack = new ArrayList<>();
      for (Node c = lastChild(root); c != null; c = c.getPrevious()) {
        stack.add(new Object[] {c, 0, 0});
      }
      while (!stack.isEmpty()) {
        Object[] top = stack.remove(stack.size() - 1);
        Node n = (Node) top[0];
        int phase = (int) top[1];
        if (phase == 1) {
          close(n, (int) top[2]);
          continue;
        }
        if (n instanceof Text t) {
          text.append(t.getLiteral());
        } else if (n instanceof Code c) {
          int start = text.length();
          text.append(c.getLiteral());
          marks.add(new Mark(Mark.Kind.CODE, start, text.length(), ""));
        } else if (n instanceof SoftLineBreak) {
          text.append(' ');
        } else if (n instanceof HardLineBreak) {
          text.append('\n');
        } else if (n instanceof HtmlInline h) {
          text.append(h.getLiteral());
        } else if (n instanceof org.commonmark.node.Block && !(n instanceof Paragraph)
            && !(n instanceof TableCell) && !(n instanceof Heading)) {
          // a nested block inside a flattened container: keep its text on its own line
          if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
          }
          pushChildren(stack, n);
        } else {
          if (n instanceof Paragraph && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
          }
          stack.add(new Object[] {n, 1, text.length()});
          pushChildren(stack, n);
        }
      }
    }

    private static Node lastChild(Node n) {
      return n.getLastChild();
    }

    private static void pushChildren(ArrayList<Object[]> stack, Node n) {
      for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
        stack.add(new Object[] {c, 0, 0});
      }
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
        marks.add(new Mark(kind, start, text.length(), url == null ? "" : url));
      }
    }

    String text() {
      return text.toString();
    }

    List<Mark> marks() {
      List<Mark> sorted = new ArrayList<>(marks);
      sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
          : Integer.compare(b.end(), a.end()));
      return List.copyOf(sorted);
    }
  }
}
