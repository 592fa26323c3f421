package dev.summit.parser.internal.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.parser.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownOutliner.InlineText} keeps its pieces in an array and looks the last char up only when asked;
 * it must read every node exactly as the plain form it replaced ({@link PlainInlineText}, main at a5ea5ea:
 * a list of pieces and the last char kept per piece): the same text and the same marks. One reader is reused
 * for every node, as the outline reuses it, so stale slots of a longer block before must not show.
 */
class InlineTextTest {
  private static final Parser COMMONMARK = MarkdownOutliner.commonmarkParser();

  @Test
  void readsEveryNodeOfTheCorpusAndFixturePostsAsThePlainForm() throws IOException {
    List<Path> posts = Corpus.postsAndFixtures();
    assertThat(posts).hasSizeGreaterThan(5);
    int joined = 0;
    for (Path post : posts) {
      joined += assertSameAsPlain(Files.readString(post, StandardCharsets.UTF_8));
    }
    assertThat(joined).as("blocks whose text is joined from several pieces").isGreaterThan(100);
  }

  @Test
  void nestedBlocksAndParagraphsOfAFlattenedContainerStartOnTheirOwnLine() {
    MarkdownOutliner.InlineText inlines = new MarkdownOutliner.InlineText();
    Node list = COMMONMARK.parse("- **a**\n\n  b\n  - `c`\n\n    d\n").getFirstChild();
    inlines.read(list);
    assertThat(inlines.text()).isEqualTo("a\nb\nc\nd");
    assertThat(inlines.marks()).containsExactly(
        new Mark(Mark.Kind.BOLD, 0, 1, ""), new Mark(Mark.Kind.CODE, 4, 5, ""));
    assertSameAsPlain("- **a**\n\n  b\n  - `c`\n\n    d\n");
  }

  @Property(tries = 1000)
  void readsGeneratedMarkdownAsThePlainForm(@ForAll("markdown") String markdown) {
    assertSameAsPlain(markdown);
  }

  /** Inline Markdown of every kind the reader tells apart, in lists, quotes and tables now and then. */
  @Provide
  Arbitrary<String> markdown() {
    List<String> pieces = List.of("한글 문장", "plain ", " ", "\n", "\n\n", "  \n", "\\\n", "**굵게**", "*기울임*",
        "~~지움~~", "`코드`", "``", "[링크](https://example.com)", "![그림](a.png)", "<b>", "</b>", "<br/>",
        "**[굵은 링크](u)**", "*a **b** c*", "- ", "  - ", "1. ", "> ", "# ", "## ", "| a | b |\n|---|---|\n| c | d |\n",
        "\\*", "&amp;", "🚀", "---\n", "```\ncode\n```\n", "    indented\n", "<div>\nhtml\n</div>\n");
    return Arbitraries.of(pieces).list().ofMaxSize(40).map(l -> String.join("", l));
  }

  /** Reads every node of the Markdown with one reused reader and a fresh plain one; returns how many joined. */
  private static int assertSameAsPlain(String markdown) {
    MarkdownOutliner.InlineText inlines = new MarkdownOutliner.InlineText();
    int joined = 0;
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(COMMONMARK.parse(markdown));
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      PlainInlineText plain = new PlainInlineText();
      plain.read(node);
      inlines.read(node);
      assertThat(inlines.text()).as("text of %s in %s", node, markdown).isEqualTo(plain.text());
      assertThat(inlines.marks()).as("marks of %s in %s", node, markdown).isEqualTo(plain.marks());
      joined += plain.pieces.size() > 1 ? 1 : 0;
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        todo.push(child);
      }
    }
    return joined;
  }

  /** The plain form: MarkdownOutliner's InlineText as main had it at a5ea5ea, unchanged but for its name. */
  private static final class PlainInlineText {
    private final List<String> pieces = new ArrayList<>();
    /** The length of the text read so far, and its last char (0 while empty). */
    private int length;
    private char last;
    private final List<Mark> marks = new ArrayList<>();
    /** Where the open marks' text starts, innermost last. */
    private int[] starts = new int[16];
    private int open;
    /** The node last read. */
    private Node root;

    /** Reads the inlines under {@code root}, replacing what was read before. */
    void read(Node root) {
      this.root = root;
      pieces.clear();
      length = 0;
      last = 0;
      marks.clear();
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
      } else if (n instanceof Code c) {
        int start = length;
        append(c.getLiteral());
        marks.add(new Mark(Mark.Kind.CODE, start, length, ""));
      } else if (n instanceof SoftLineBreak) {
        append(" ");
      } else if (n instanceof HardLineBreak) {
        append("\n");
      } else if (n instanceof HtmlInline h) {
        append(h.getLiteral());
      } else if (isNestedBlock(n)) {
        // a nested block inside a flattened container: keep its text on its own line
        if (length > 0 && last != '\n') {
          append("\n");
        }
        return true;
      } else {
        if (n instanceof Paragraph && length > 0 && last != '\n') {
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

    /** What StringBuilder.append(String) did: null reads as "null". */
    private void append(String piece) {
      String p = String.valueOf(piece);
      if (!p.isEmpty()) {
        pieces.add(p);
        length += p.length();
        last = p.charAt(p.length() - 1);
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
     * The text read. A block whose only inline is one Text node (most plain lines) has that node's literal as
     * its text, the same chars without a copy: the buffer is UTF-16 after the first Korean block, and turning
     * it into a String costs a failed Latin-1 attempt and a copy.
     */
    String text() {
      Node only = root == null ? null : root.getFirstChild();
      if (only instanceof Text t && only.getNext() == null && t.getLiteral() != null
          && t.getLiteral().length() == length) {
        return t.getLiteral();
      }
      return pieces.size() == 1 ? pieces.get(0) : String.join("", pieces);
    }

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
