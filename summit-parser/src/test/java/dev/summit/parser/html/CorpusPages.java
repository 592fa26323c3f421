package dev.summit.parser.html;

import dev.summit.parser.ParserLimits;
import dev.summit.parser.internal.outline.MarkdownOutliner;
import dev.summit.parser.internal.read.SourceReader;
import dev.summit.parser.internal.read.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The corpus posts as web pages: their Markdown rendered to HTML in two differently shaped ways and wrapped in
 * two realistic blog page layouts.
 */
final class CorpusPages {
  /** Where the pages say they live: the root of the canonical links. */
  static final String BASE_URI = "https://euisuk-chung.github.io/";

  enum Post {
    AFTERNOON("sk-ai-summit-2024-day1-afternoon"),
    MORNING("sk-ai-summit-2024-day1-morning");

    final String id;

    Post(String id) {
      this.id = id;
    }

    String fileName() {
      return id + ".md";
    }

    String canonical() {
      return BASE_URI + "2024/" + id + "/";
    }
  }

  /** How the Markdown becomes HTML. */
  enum Rendering {
    /** commonmark-java's HtmlRenderer, as is. */
    COMMONMARK,
    /**
     * As static-site generators write it: heading ids with permalink anchors, images in {@code <figure>} with a
     * {@code <figcaption>} for their credit, {@code <p>} inside every list item, {@code <br>} line breaks,
     * protocol-relative image URLs, tables in a wrapper, and re-indented markup.
     */
    STATIC_SITE
  }

  /** The page around the post. */
  enum Layout {
    /** A Jekyll (minima) post: header, nav, article with header and share buttons, sidebar, footer, scripts. */
    JEKYLL("jekyll-layout.html"),
    /** A blog platform's article page without article or main elements: found as the largest text block. */
    PLATFORM("platform-layout.html");

    final String resource;

    Layout(String resource) {
      this.resource = resource;
    }
  }

  private CorpusPages() {}

  /** Every corpus post in every rendering and page layout: (Post, Rendering, Layout). */
  static List<Arguments> pages() {
    List<Arguments> cases = new ArrayList<>();
    for (Post post : Post.values()) {
      for (Rendering rendering : Rendering.values()) {
        for (Layout layout : Layout.values()) {
          cases.add(Arguments.of(post, rendering, layout));
        }
      }
    }
    return cases;
  }

  static Path corpusFile(Post post) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("corpus"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("corpus/ not found above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve("corpus").resolve(post.fileName());
  }

  static byte[] markdownBytes(Post post) {
    try {
      return Files.readAllBytes(corpusFile(post));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The post as the Markdown read step sees it: front matter split off, lines kept. */
  static SourceText markdownSource(Post post) {
    return new SourceReader(ParserLimits.DEFAULT).read(markdownBytes(post), post.id, post.fileName());
  }

  /** The post's body rendered by commonmark-java with the extensions the parser uses. */
  static String commonmarkHtml(String markdown) {
    HtmlRenderer renderer = HtmlRenderer.builder()
        .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
        .build();
    return renderer.render(MarkdownOutliner.commonmarkParser().parse(markdown));
  }

  /** Reshapes commonmark's HTML the way a static-site generator's theme writes it. */
  static String staticSiteHtml(String commonmarkHtml) {
    Document doc = Jsoup.parseBodyFragment(commonmarkHtml);
    Set<String> ids = new HashSet<>();
    for (Element h : doc.body().select("h1, h2, h3, h4, h5, h6")) {
      String id = slug(h.text(), ids);
      h.id(id);
      h.appendElement("a").addClass("anchor").attr("href", "#" + id).attr("aria-hidden", "true").text("#");
    }
    for (Element p : doc.body().select("p")) {
      if (p.childrenSize() == 1 && p.child(0).normalName().equals("img") && p.ownText().isBlank()) {
        figure(p);
      }
    }
    for (Element li : doc.body().select("li")) {
      wrapInlineRuns(li);
    }
    for (Element table : doc.body().select("table")) {
      table.wrap("<div class=\"table-wrapper\"></div>");
    }
    doc.outputSettings().prettyPrint(true).indentAmount(4);
    return doc.body().html();
  }

  /** {@code <p><img></p>} and a following credit quote to {@code <figure><img><figcaption>}. */
  private static void figure(Element p) {
    Element img = p.child(0);
    String src = img.attr("src");
    if (src.startsWith("https:")) {
      img.attr("src", src.substring("https:".length()));
    }
    img.attr("loading", "lazy");
    Element figure = new Element("figure").addClass("image");
    Element credit = p.nextElementSibling();
    p.replaceWith(figure);
    figure.appendChild(img);
    if (credit != null && credit.normalName().equals("blockquote") && credit.childrenSize() == 1
        && credit.child(0).normalName().equals("p") && isCredit(credit.text())) {
      Element caption = figure.appendElement("figcaption");
      for (Node n : new ArrayList<>(credit.child(0).childNodes())) {
        caption.appendChild(n);
      }
      credit.remove();
    }
  }

  /** How the corpus writes a credit under an image: {@code > 출처 : …}, {@code > 이미지 출처 ㅣ …}. */
  private static boolean isCredit(String text) {
    return text.startsWith("출처") || text.startsWith("이미지 출처") || text.startsWith("이미지출처");
  }

  /** Puts every run of inline content of a list item into a {@code <p>}, as loose lists are written. */
  private static void wrapInlineRuns(Element li) {
    List<Node> run = new ArrayList<>();
    for (Node n : new ArrayList<>(li.childNodes())) {
      boolean block = n instanceof Element e && e.isBlock() && !e.normalName().equals("br")
          && !e.normalName().equals("img");
      if (block) {
        wrap(run);
      } else {
        run.add(n);
      }
    }
    wrap(run);
  }

  private static void wrap(List<Node> run) {
    boolean blank = run.stream().allMatch(n -> n instanceof TextNode t && t.isBlank());
    if (!blank) {
      Element p = new Element("p");
      run.get(0).before(p);
      for (Node n : run) {
        p.appendChild(n);
      }
    }
    run.clear();
  }

  private static String slug(String text, Set<String> taken) {
    StringBuilder s = new StringBuilder();
    for (int cp : text.toLowerCase(Locale.ROOT).codePoints().toArray()) {
      if (Character.isLetterOrDigit(cp)) {
        s.appendCodePoint(cp);
      } else if (s.length() > 0 && s.charAt(s.length() - 1) != '-') {
        s.append('-');
      }
    }
    String base = s.toString().replaceAll("-$", "");
    String id = base;
    for (int i = 1; !taken.add(id); i++) {
      id = base + "-" + i;
    }
    return id;
  }

  /** The post's body in the given rendering. */
  static String body(SourceText markdown, Rendering rendering) {
    String html = commonmarkHtml(markdown.text());
    return rendering == Rendering.COMMONMARK ? html : staticSiteHtml(html);
  }

  static String page(Post post, Rendering rendering, Layout layout) {
    return page(markdownSource(post), post.canonical(), rendering, layout);
  }

  /**
   * A whole page: the layout filled with the rendered body and the front matter as page metadata:
   * {@code <title>} and {@code og:title}, {@code article:published_time}, one {@code article:tag} per tag, and
   * the canonical link.
   */
  static String page(SourceText markdown, String canonical, Rendering rendering, Layout layout) {
    Object title = markdown.frontMatter().get("title");
    Object date = markdown.frontMatter().get("date");
    Object tags = markdown.frontMatter().get("tags");
    StringBuilder meta = new StringBuilder();
    if (title instanceof String t) {
      String suffix = layout == Layout.JEKYLL ? " | Euisuk's Dev Log" : "";
      meta.append("  <title>").append(Entities.escape(t + suffix)).append("</title>\n");
      meta.append("  <meta property=\"og:title\" content=\"").append(Entities.escape(t)).append("\">\n");
    }
    if (date instanceof String d) {
      String time = layout == Layout.JEKYLL ? "T09:00:00+09:00" : "T00:00:00.000Z";
      meta.append("  <meta property=\"article:published_time\" content=\"").append(d).append(time).append("\">\n");
    }
    if (tags instanceof List<?> list) {
      for (Object tag : list) {
        meta.append("  <meta property=\"article:tag\" content=\"").append(Entities.escape(tag.toString()))
            .append("\">\n");
      }
    }
    meta.append("  <link rel=\"canonical\" href=\"").append(canonical).append("\">\n");
    meta.append("  <meta property=\"og:url\" content=\"").append(canonical).append("\">");
    return resource(layout.resource)
        .replace("{{meta}}", meta.toString())
        .replace("{{title}}", title instanceof String t ? Entities.escape(t) : "")
        .replace("{{date}}", date instanceof String d ? d : "")
        .replace("{{canonical}}", canonical)
        .replace("{{body}}", body(markdown, rendering));
  }

  /**
   * The page as saved on disk: the morning post, like its Markdown, with a byte-order mark and CRLF line ends.
   */
  static byte[] pageBytes(Post post, Rendering rendering, Layout layout) {
    return pageBytes(page(post, rendering, layout), post == Post.MORNING);
  }

  static byte[] pageBytes(String page, boolean bomAndCrlf) {
    if (bomAndCrlf) {
      page = "\uFEFF" + page.replace("\r\n", "\n").replace("\n", "\r\n");
    }
    return page.getBytes(StandardCharsets.UTF_8);
  }

  static String resource(String name) {
    try (InputStream in = CorpusPages.class.getResourceAsStream("/html/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource html/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
