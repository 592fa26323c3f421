package dev.summit.parser.reliability;

import dev.summit.parser.internal.outline.MarkdownOutliner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Writes a post differently without changing what it says: commonmark finds the heading, list-item and bold
 * lines, and only their marker characters are rewritten, at the places its source spans point to.
 */
final class Rewriter {
  /**
   * One way of writing a post.
   *
   * @param atxToSetext write level-1 and -2 ATX headings as setext ones
   * @param setextToAtx write setext headings as ATX ones
   * @param deeper move every heading of level 2 and below one level deeper (and so write it ATX)
   * @param markers the replacement for {@code *}, {@code -}, {@code +} as bullet markers (a permutation)
   * @param underscoreBold write whole-line {@code **bold**} as {@code __bold__}
   * @param blankSeed when non-zero, doubles a random half of the blank lines outside code
   * @param lineEnd {@code \n}, {@code \r\n} or {@code \r}
   * @param bom start with a byte-order mark
   */
  record Style(boolean atxToSetext, boolean setextToAtx, boolean deeper, String markers, boolean underscoreBold,
      long blankSeed, String lineEnd, boolean bom) {
    @Override
    public String toString() {
      return "Style{atxToSetext=" + atxToSetext + ", setextToAtx=" + setextToAtx + ", deeper=" + deeper
          + ", markers=*-+→" + markers + ", underscoreBold=" + underscoreBold + ", blankSeed=" + blankSeed
          + ", lineEnd=" + lineEnd.replace("\r", "CR").replace("\n", "LF") + ", bom=" + bom + "}";
    }
  }

  private static final Pattern WHOLE_BOLD = Pattern.compile("^(\\s*)\\*\\*([^*_\\s][^*_]*[^*_\\s]|[^*_\\s])\\*\\*\\s*$");
  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");

  private Rewriter() {}

  /** Decodes a corpus post to text with LF line ends and no BOM: the base every rewrite starts from. */
  static String base(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  static byte[] rewrite(String base, Style style) {
    String[] lines = base.split("\n", -1);
    String[] out = lines.clone();
    // front matter stays as it is, and is hidden from commonmark (it would read it as a break and a list)
    int frontMatterEnd = 0;
    if (lines.length > 1 && lines[0].equals("---")) {
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].equals("---") || lines[i].equals("...")) {
          frontMatterEnd = i + 1;
          break;
        }
      }
    }
    StringBuilder visible = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      visible.append(i < frontMatterEnd ? "" : lines[i]).append(i + 1 < lines.length ? "\n" : "");
    }
    Document doc = (Document) MarkdownOutliner.commonmarkParser().parse(visible.toString());
    boolean[] code = new boolean[lines.length];
    List<Node> all = new ArrayList<>();
    collect(doc, all);
    for (Node n : all) {
      if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof HtmlBlock) {
        int[] span = span(n);
        for (int i = span[0]; i <= span[1] && i < code.length; i++) {
          code[i] = true;
        }
      }
    }
    for (Node n : all) {
      if (n instanceof ListItem && n.getParent() instanceof BulletList && n.getFirstChild() != null) {
        SourceSpan s = n.getSourceSpans().get(0);
        String line = out[s.getLineIndex()];
        int col = s.getColumnIndex();
        int at = "*-+".indexOf(col < line.length() ? line.charAt(col) : ' ');
        if (at >= 0) {
          out[s.getLineIndex()] = line.substring(0, col) + style.markers().charAt(at) + line.substring(col + 1);
        }
      }
    }
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      int[] span = span(n);
      if (n instanceof Heading h) {
        heading(h, span, lines, out, style);
      } else if (n instanceof Paragraph && span[0] == span[1] && style.underscoreBold()) {
        out[span[0]] = bold(out[span[0]]);
      }
    }
    StringBuilder text = new StringBuilder();
    Random random = new Random(style.blankSeed());
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        continue;
      }
      text.append(out[i]);
      if (i + 1 < out.length) {
        text.append('\n');
        if (style.blankSeed() != 0 && i >= frontMatterEnd && out[i].isBlank() && !code[i] && random.nextBoolean()) {
          text.append('\n');
        }
      }
    }
    String result = text.toString().replace("\n", style.lineEnd());
    return ((style.bom() ? "\uFEFF" : "") + result).getBytes(StandardCharsets.UTF_8);
  }

  private static void heading(Heading h, int[] span, String[] lines, String[] out, Style style) {
    int level = h.getLevel();
    int target = style.deeper() && level >= 2 ? Math.min(6, level + 1) : level;
    Matcher atx = ATX.matcher(lines[span[0]]);
    if (span[0] == span[1] && atx.matches()) {
      String content = atx.group(2) == null ? "" : atx.group(2).strip();
      if (style.underscoreBold()) {
        content = bold(content);
      }
      if (style.atxToSetext() && target <= 2 && !content.isEmpty()) {
        // a blank line first, so that no paragraph line above joins the heading
        boolean blankAbove = span[0] == 0 || lines[span[0] - 1].isBlank();
        out[span[0]] = (blankAbove ? "" : "\n") + escapeLeading(content) + "\n" + (target == 1 ? "===" : "---");
      } else {
        out[span[0]] = "#".repeat(target) + " " + content;
      }
    } else if (span[1] == span[0] + 1 && !atx.matches()) {
      String content = lines[span[0]].strip();
      if (style.underscoreBold()) {
        content = bold(content);
      }
      if (style.setextToAtx() || target > 2) {
        out[span[0]] = "#".repeat(target) + " " + content;
        out[span[1]] = null;
      } else {
        out[span[0]] = content;
      }
    }
  }

  private static String bold(String line) {
    Matcher m = WHOLE_BOLD.matcher(line);
    return m.matches() ? m.group(1) + "__" + m.group(2) + "__" : line;
  }

  /** Setext heading text must not read as a list item, quote or ATX heading. */
  private static String escapeLeading(String content) {
    Matcher ordered = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)").matcher(content);
    if (ordered.find()) {
      return ordered.group(1) + "\\" + content.substring(ordered.group(1).length());
    }
    if (content.matches("^[*+\\-](\\s.*|)$") || content.startsWith(">") || content.startsWith("#")) {
      return "\\" + content;
    }
    return content;
  }

  private static void collect(Node n, List<Node> out) {
    List<Node> stack = new ArrayList<>();
    stack.add(n);
    while (!stack.isEmpty()) {
      Node x = stack.remove(stack.size() - 1);
      out.add(x);
      for (Node c = x.getLastChild(); c != null; c = c.getPrevious()) {
        if (c instanceof org.commonmark.node.Block) {
          stack.add(c);
        }
      }
    }
  }

  /** 0-based first and last line of a block. */
  private static int[] span(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    if (spans.isEmpty()) {
      return new int[] {0, -1};
    }
    return new int[] {spans.get(0).getLineIndex(), spans.get(spans.size() - 1).getLineIndex()};
  }
}
