package dev.summit.parser.internal.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The outline step for HTML: the article element of a page (see {@code internal.html.HtmlPage}) to the same
 * neutral {@link Block} tree that {@link MarkdownOutliner} builds from Markdown, so that everything after the
 * outline works on both formats alike.
 *
 * <p>The mapping follows what commonmark's own HTML rendering means:
 *
 * <ul>
 *   <li>{@code h1}–{@code h6} → HEADING; {@code p} → PARAGRAPH; {@code hr} → BREAK; {@code pre} → CODE;
 *       {@code blockquote} → QUOTE; {@code ul}/{@code ol} → LIST of ITEM ({@code start} and {@code value}
 *       give the numbers); {@code table} → TABLE of plain cell text, header row first.
 *   <li>Inline content that stands directly in a container ({@code <li>text</li>}, text in a {@code div}) is
 *       an implicit PARAGRAPH, like a tight Markdown list item.
 *   <li>{@code <figure>} with an image → the image's PARAGRAPH, then its {@code figcaption}: a credit
 *       (출처, 이미지 출처, Source …) becomes a QUOTE holding a PARAGRAPH, as the corpus writes
 *       {@code > 출처 : …} under an image; any other caption a PARAGRAPH.
 *   <li>Inlines: {@code strong}/{@code b} BOLD, {@code em}/{@code i} ITALIC, {@code code}/{@code kbd}/
 *       {@code samp} CODE, {@code a[href]} LINK, {@code img} IMAGE over its alt text; {@code br} is a hard
 *       line break ({@code \n}); other whitespace collapses to one space as a browser shows it, which is what
 *       Markdown's soft line breaks become. URLs are resolved against the page's base URI.
 *   <li>Scripts, styles, forms, embedded frames and media never become text; nor do a heading's own
 *       permalink anchors ({@code <a href="#id">#</a>} inside the heading with that id).
 *   <li>Other elements ({@code div}, {@code section}, {@code span} …) are transparent.
 * </ul>
 *
 * <p>Lines are those of the HTML source, from jsoup's position tracking. Lists, items and quotes nested
 * deeper than the limit are flattened to one paragraph of their text, as the Markdown outline does.
 */
public final class HtmlOutliner {
  /** Elements whose content is never text of the post. */
  static final Set<String> IGNORED = Set.of(
      "script", "style", "noscript", "template", "head", "title", "meta", "link", "base", "nav", "aside",
      "form", "button", "input", "select", "textarea", "option", "iframe", "frame", "frameset", "object",
      "embed", "svg", "math", "canvas", "audio", "video", "source", "track", "map", "area", "dialog");

  /** Phrasing elements: they belong to the text of the block around them. */
  public static final Set<String> INLINE = Set.of(
      "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i",
      "img", "ins", "kbd", "label", "mark", "nobr", "picture", "q", "rp", "rt", "ruby", "s", "samp", "small",
      "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

  /** Words that open a credit when a separator follows them: 출처 : …, 이미지 출처 ㅣ …, Source: …. */
  private static final List<String> CREDIT_WORDS = List.of(
      "이미지 출처", "이미지출처", "사진 출처", "사진출처", "그림 출처", "그림출처", "자료 출처", "자료출처", "출처",
      "image source", "image credit", "image courtesy", "photo credit", "photo", "credits", "credit", "source",
      "via");

  /** What stands between a credit word and the credit; ㅣ (a jamo) is the corpus's vertical bar. */
  private static final String CREDIT_SEPARATORS = ":：|ㅣ-–—/";

  private final int maxDepth;

  public HtmlOutliner(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /** Outlines the content of {@code article} (its children, not the element itself) into a DOCUMENT block. */
  public Block outline(Element article) {
    Block root = new Block(BlockType.DOCUMENT, 1, 1, 1);
    container(article, root, 0);
    root.index();
    return root;
  }

  /**
   * Whether a caption is an image credit rather than a description: a credit word and a separator
   * ({@code 출처 : SKT 뉴스룸}, {@code 이미지 출처 ㅣ …}, {@code Source: …}), or a copyright sign.
   */
  public static boolean isCredit(String caption) {
    String lower = caption.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("©") || lower.startsWith("(c)")) {
      return true;
    }
    for (String word : CREDIT_WORDS) {
      if (lower.startsWith(word)) {
        String rest = lower.substring(word.length()).stripLeading();
        return !rest.isEmpty() && CREDIT_SEPARATORS.indexOf(rest.charAt(0)) >= 0;
      }
    }
    return false;
  }

  // ---- blocks -------------------------------------------------------------------------------------------

  /** The children of {@code parent} into {@code into}: runs of inline content become implicit paragraphs. */
  private void container(Element parent, Block into, int depth) {
    List<Node> run = new ArrayList<>();
    for (Node child : parent.childNodes()) {
      if (child instanceof TextNode) {
        run.add(child);
      } else if (child instanceof Element el) {
        String tag = el.normalName();
        if (IGNORED.contains(tag)) {
          continue;
        }
        if (isInline(el)) {
          run.add(el);
          continue;
        }
        flush(run, into);
        block(el, into, depth);
      }
    }
    flush(run, into);
  }

  private void flush(List<Node> run, Block into) {
    if (run.isEmpty()) {
      return;
    }
    Inline text = new Inline();
    for (Node n : run) {
      text.appendNode(n);
    }
    text.finish();
    if (text.hasContent()) {
      int first = text.firstLine > 0 ? text.firstLine : startLine(run.get(0));
      int column = text.firstLine > 0 ? text.column : column(run.get(0));
      add(into, text.into(new Block(BlockType.PARAGRAPH, first, text.lastLine, column)));
    }
    run.clear();
  }

  private void block(Element el, Block into, int depth) {
    String tag = el.normalName();
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> add(into, inline(el, BlockType.HEADING).level(tag.charAt(1) - '0'));
      case "p" -> {
        Inline text = new Inline();
        text.appendChildren(el);
        text.finish();
        if (text.hasContent()) {
          add(into, text.into(start(el, BlockType.PARAGRAPH)));
        }
      }
      case "hr" -> add(into, start(el, BlockType.BREAK));
      case "pre" -> add(into, start(el, BlockType.CODE).text(el.wholeText()));
      case "ul", "ol", "menu" -> add(into, list(el, tag.equals("ol"), depth));
      case "blockquote" -> add(into, nested(el, BlockType.QUOTE, depth));
      case "table" -> add(into, table(el));
      case "figure" -> figure(el, into, depth);
      default -> container(el, into, depth);
    }
  }

  private Block list(Element el, boolean ordered, int depth) {
    Block list = start(el, BlockType.LIST).ordered(ordered);
    if (depth >= maxDepth) {
      list.add(flatten(el));
      return list;
    }
    int number = ordered ? intAttr(el, "start", 1) : 0;
    for (Element child : el.children()) {
      if (IGNORED.contains(child.normalName())) {
        continue;
      }
      Block item;
      if (child.normalName().equals("li")) {
        item = nested(child, BlockType.ITEM, depth + 1);
      } else {
        item = start(child, BlockType.ITEM);
        item.add(blockOf(child, depth + 1));
      }
      if (ordered) {
        number = intAttr(child, "value", number);
        item.ordinal(number++);
      }
      add(list, item);
    }
    return list;
  }

  /** A stray element inside a list, as the single content of an item. */
  private Block blockOf(Element el, int depth) {
    Block holder = start(el, BlockType.DOCUMENT);
    if (isInline(el)) {
      flush(new ArrayList<>(List.of(el)), holder);
    } else {
      block(el, holder, depth);
    }
    return holder.children().isEmpty() ? start(el, BlockType.PARAGRAPH) : holder.children().get(0);
  }

  private Block nested(Element el, BlockType type, int depth) {
    Block block = start(el, type);
    if (depth >= maxDepth) {
      block.add(flatten(el));
    } else {
      container(el, block, depth + 1);
    }
    return block;
  }

  private Block table(Element el) {
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : el.select("tr")) {
      if (tr.closest("table") != el) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (Element cell : tr.children()) {
        String tag = cell.normalName();
        if (tag.equals("td") || tag.equals("th")) {
          Inline text = new Inline();
          text.appendChildren(cell);
          text.finish();
          cells.add(text.text.toString());
        }
      }
      rows.add(List.copyOf(cells));
    }
    return start(el, BlockType.TABLE).rows(List.copyOf(rows));
  }

  /**
   * An image figure: the image as a paragraph, then the caption. A figure that holds other blocks (a table,
   * code) is a plain container.
   */
  private void figure(Element el, Block into, int depth) {
    List<Node> image = new ArrayList<>();
    Element caption = null;
    for (Node child : el.childNodes()) {
      if (child instanceof Element e && e.normalName().equals("figcaption")) {
        caption = caption == null ? e : caption;
      } else if (child instanceof Element e && !IGNORED.contains(e.normalName()) && !isInline(e)) {
        container(el, into, depth);
        return;
      } else {
        image.add(child);
      }
    }
    flush(image, into);
    if (caption == null) {
      return;
    }
    Block text = inline(caption, BlockType.PARAGRAPH);
    if (text.text().isEmpty() && text.marks().isEmpty()) {
      return;
    }
    if (isCredit(text.text())) {
      add(into, start(caption, BlockType.QUOTE).add(text));
    } else {
      add(into, text);
    }
  }

  /** Past the depth limit, a container's whole subtree becomes one paragraph of its text, without marks. */
  private static Block flatten(Element el) {
    Inline text = new Inline();
    text.blockBreaks = true;
    text.appendChildren(el);
    text.finish();
    return start(el, BlockType.PARAGRAPH).text(text.text.toString());
  }

  private static Block inline(Element el, BlockType type) {
    Inline text = new Inline();
    text.appendChildren(el);
    text.finish();
    Block block = start(el, type);
    return text.into(block);
  }

  private static void add(Block into, Block child) {
    into.add(child);
    into.endLine(child.endLine());
  }

  private static Block start(Element el, BlockType type) {
    return new Block(type, startLine(el), endLine(el), column(el));
  }

  private static int intAttr(Element el, String name, int fallback) {
    String value = el.attr(name).strip();
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Inline by tag, and holding no block: {@code <a><div>…</div></a>} is a container. */
  private static boolean isInline(Element el) {
    if (!INLINE.contains(el.normalName())) {
      return false;
    }
    for (Element d : el.getAllElements()) {
      if (d != el && !INLINE.contains(d.normalName()) && !IGNORED.contains(d.normalName())) {
        return false;
      }
    }
    return true;
  }

  // ---- positions ----------------------------------------------------------------------------------------

  private static Range.Position tracked(Node node) {
    for (Node n = node; n != null; n = n.parent()) {
      Range r = n.sourceRange();
      if (r.isTracked() && !r.isImplicit()) {
        return r.start();
      }
    }
    return null;
  }

  static int startLine(Node node) {
    Range.Position p = tracked(node);
    return p == null ? 1 : Math.max(1, p.lineNumber());
  }

  static int column(Node node) {
    Range.Position p = tracked(node);
    return p == null ? 1 : Math.max(1, p.columnNumber());
  }

  static int endLine(Node node) {
    if (node instanceof Element el) {
      Range end = el.endSourceRange();
      if (end.isTracked() && !end.isImplicit()) {
        return end.end().lineNumber();
      }
    }
    if (node instanceof TextNode t) {
      String text = t.getWholeText().stripTrailing();
      return startLine(node) + (int) text.chars().filter(c -> c == '\n').count();
    }
    return startLine(node);
  }

  // ---- inlines ------------------------------------------------------------------------------------------

  /** Flattens inline HTML to plain text and marks, the way {@code MarkdownOutliner} flattens inline Markdown. */
  private static final class Inline implements NodeFilter {
    final StringBuilder text = new StringBuilder();
    private final List<Mark> marks = new ArrayList<>();
    private final Deque<Integer> open = new ArrayDeque<>();
    private boolean pendingSpace;
    private Node current;
    /** The last node whose lines were taken: a text node's lines are taken once, not per character. */
    private Node lastSeen;
    /** Where the last empty mark stands, else -1. */
    private int emptyMarkAt = -1;
    /** Blocks met inside inline content start on a new line (flattened containers, table cells). */
    boolean blockBreaks;
    int firstLine = -1;
    int lastLine = 1;
    int column = 1;

    void appendChildren(Element el) {
      for (Node child : el.childNodes()) {
        appendNode(child);
      }
    }

    void appendNode(Node node) {
      node.filter(this);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      current = node;
      if (node instanceof TextNode t) {
        appendText(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element el)) {
        return FilterResult.SKIP_ENTIRELY; // comments, data
      }
      String tag = el.normalName();
      if (IGNORED.contains(tag) || isPermalink(el)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      switch (tag) {
        case "br" -> {
          pendingSpace = false;
          text.append('\n');
          seen(el);
          return FilterResult.SKIP_CHILDREN;
        }
        case "img" -> {
          int start = markStart();
          appendText(el.attr("alt"));
          addMark(Mark.Kind.IMAGE, start, url(el, imageAttr(el)));
          seen(el);
          return FilterResult.SKIP_CHILDREN;
        }
        default -> {
          blockEdge(tag);
          if (kind(el) != null) {
            open.push(markStart());
          }
          return FilterResult.CONTINUE;
        }
      }
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element el) {
        Mark.Kind kind = kind(el);
        if (kind != null && !open.isEmpty()) {
          int start = open.pop();
          addMark(kind, start, kind == Mark.Kind.LINK ? url(el, "href") : "");
        } else {
          blockEdge(el.normalName());
        }
      }
      return FilterResult.CONTINUE;
    }

    /**
     * A block inside inline content (a {@code <p>} in a table cell or a list flattened past the depth limit)
     * is set apart from the text around it: by a line break when flattening, else by a space.
     */
    private void blockEdge(String tag) {
      if (INLINE.contains(tag)) {
        return;
      }
      if (blockBreaks) {
        newLine();
      } else {
        pendingSpace = true;
      }
    }

    private void newLine() {
      pendingSpace = false;
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }

    /** The attribute holding the image's URL: src, unless it is empty or a lazy loader's data: placeholder. */
    private static String imageAttr(Element img) {
      String src = img.attr("src").strip();
      if (!src.isEmpty() && !src.startsWith("data:")) {
        return "src";
      }
      for (String name : List.of("data-src", "data-original", "data-lazy-src")) {
        if (!img.attr(name).isBlank()) {
          return name;
        }
      }
      return "src";
    }

    private static String url(Element el, String attr) {
      String abs = el.absUrl(attr);
      return abs.isEmpty() ? el.attr(attr).strip() : abs;
    }

    private static Mark.Kind kind(Element el) {
      return switch (el.normalName()) {
        case "strong", "b" -> Mark.Kind.BOLD;
        case "em", "i" -> Mark.Kind.ITALIC;
        case "code", "kbd", "samp", "tt" -> Mark.Kind.CODE;
        case "a" -> el.hasAttr("href") && !isSelfLink(el) ? Mark.Kind.LINK : null;
        default -> null;
      };
    }

    /** A link in a heading to that heading's own id: navigation chrome, not a link of the post. */
    private static boolean isSelfLink(Element a) {
      String href = a.attr("href");
      if (!href.startsWith("#") || href.length() < 2) {
        return false;
      }
      for (Element p = a.parent(); p != null; p = p.parent()) {
        if (p.normalName().length() == 2 && p.normalName().charAt(0) == 'h' && Character.isDigit(p.normalName().charAt(1))) {
          return href.substring(1).equals(p.id());
        }
      }
      return false;
    }

    /** A heading's permalink anchor: a self link with no word in it (#, ¶, 🔗). */
    private static boolean isPermalink(Element el) {
      if (!el.normalName().equals("a") || !isSelfLink(el)) {
        return false;
      }
      return el.text().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Where a mark opening now starts: a pending space goes before it. */
    private int markStart() {
      emitPendingSpace();
      return text.length();
    }

    /**
     * Emits a collapsed space unless the line is empty or already ends in one. After an empty mark (an image
     * without alt text) the space is emitted all the same, as Markdown keeps the text around such an image
     * as written: {@code a ![](x) b} is {@code "a  b"}.
     */
    private void emitPendingSpace() {
      if (pendingSpace) {
        pendingSpace = false;
        boolean afterEmptyMark = emptyMarkAt == text.length();
        if (afterEmptyMark) {
          text.append(' ');
        } else if (text.length() > 0) {
          char last = text.charAt(text.length() - 1);
          if (last != '\n' && last != ' ') {
            text.append(' ');
          }
        }
      }
    }

    private void addMark(Mark.Kind kind, int start, String url) {
      int begin = Math.min(start, text.length());
      marks.add(new Mark(kind, begin, text.length(), url));
      if (begin == text.length()) {
        emptyMarkAt = begin;
      }
    }

    /** HTML whitespace collapses to single spaces; none at the start of a line. */
    private void appendText(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
          pendingSpace = true;
        } else {
          emitPendingSpace();
          text.append(c);
          seen(current);
        }
      }
    }

    private void seen(Node node) {
      if (node == null || node == lastSeen) {
        return;
      }
      lastSeen = node;
      int line = node instanceof TextNode t ? textLine(t) : startLine(node);
      if (firstLine < 0) {
        firstLine = line;
        column = column(node);
      }
      lastLine = Math.max(lastLine, node instanceof TextNode ? endLine(node) : line);
    }

    private static int textLine(TextNode t) {
      String s = t.getWholeText();
      int line = startLine(t);
      for (int i = 0; i < s.length() && Character.isWhitespace(s.charAt(i)); i++) {
        if (s.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }

    /**
     * Strips leading and trailing whitespace and line breaks, moving the marks with the text; whitespace next
     * to an empty mark stays, as it does in Markdown.
     */
    void finish() {
      pendingSpace = false;
      int firstEmpty = text.length();
      int lastEmpty = -1;
      for (Mark m : marks) {
        if (m.start() == m.end()) {
          firstEmpty = Math.min(firstEmpty, m.start());
          lastEmpty = Math.max(lastEmpty, m.end());
        }
      }
      int lead = 0;
      while (lead < firstEmpty && isStrippable(text.charAt(lead))) {
        lead++;
      }
      int end = text.length();
      while (end > lead && end > lastEmpty && isStrippable(text.charAt(end - 1))) {
        end--;
      }
      if (lead == 0 && end == text.length()) {
        return;
      }
      String kept = text.substring(lead, end);
      text.setLength(0);
      text.append(kept);
      int len = kept.length();
      for (int i = 0; i < marks.size(); i++) {
        Mark m = marks.get(i);
        int s = Math.max(0, Math.min(len, m.start() - lead));
        int e = Math.max(s, Math.min(len, m.end() - lead));
        marks.set(i, new Mark(m.kind(), s, e, m.url()));
      }
    }

    private static boolean isStrippable(char c) {
      return c == ' ' || c == '\n';
    }

    /** Text or a mark; a paragraph of no-break spaces alone ({@code <p>&nbsp;</p>}) is spacing, not text. */
    boolean hasContent() {
      return !marks.isEmpty() || text.chars().anyMatch(c -> c != '\u00A0' && !Character.isWhitespace(c));
    }

    Block into(Block block) {
      List<Mark> sorted = new ArrayList<>(marks);
      sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
          : Integer.compare(b.end(), a.end()));
      return block.text(text.toString()).marks(List.copyOf(sorted));
    }
  }
}
