package dev.summit.parser.internal.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import dev.summit.parser.internal.outline.HtmlOutliner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A web page holding a recap post: the parsed document, the post's metadata and the element that holds the
 * article body, with the page's chrome (navigation, headers, footers, sidebars, share buttons, scripts) left
 * out.
 *
 * <p>The article is found the way readers of web pages find it: a {@code [itemprop=articleBody]}, else a
 * common content container of blog engines ({@code .post-content}, {@code .entry-content} …), else
 * {@code article}, else {@code main}; a candidate must hold at least half the text of the page's largest text
 * block, so a short teaser card does not win. Failing all of these, the largest text block is the article:
 * the element whose direct child blocks hold the most text that is not link text.
 *
 * @param document the parsed page, positions tracked; the chrome is removed from it
 * @param article the element whose children are the post
 * @param metadata {@code title}, {@code date} (yyyy-MM-dd), {@code tags} (List of String) and
 *     {@code source_url} where the page gives them, in the keys the Markdown front matter uses
 */
public record HtmlPage(Document document, Element article, Map<String, Object> metadata) {
  /** jsoup's own bound on element nesting; deeper elements are closed, so the tree stays shallow. */
  static final int MAX_ELEMENT_DEPTH = 512;

  /** Elements that are never part of the post, wherever they stand. */
  private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, frame, frameset, object,"
      + " embed, svg, canvas, button, input, select, textarea, [hidden], [aria-hidden=true]";

  /** Page chrome by element. */
  private static final Set<String> CHROME = Set.of("nav", "aside", "header", "footer", "menu");

  /** Candidates for the article body, most specific first. */
  private static final List<String> CANDIDATES = List.of(
      "[itemprop=articleBody]",
      // Jekyll and Hugo themes, WordPress, Blogger, Ghost, GitHub, Tistory, Naver blog, Brunch
      ".post-content, .entry-content, .article-content, .article-body, .articleBody, .post-body, .entry-body,"
          + " .post-entry, .markdown-body, .content-body, .e-content, .gh-content, .post-full-content,"
          + " .tt_article_useless_p_margin, .contents_style, .se-main-container, .wrap_body, #article-body,"
          + " #post-body, #post-content, #postViewArea",
      "article",
      "main, [role=main]");

  private static final Evaluator NEVER_CONTENT_QUERY = QueryParser.parse(NEVER_CONTENT);
  private static final List<Evaluator> CANDIDATE_QUERIES = CANDIDATES.stream().map(QueryParser::parse).toList();

  /** Words in a class or id that mark page chrome. */
  private static final Set<String> CHROME_WORDS = Set.of(
      "share", "sharing", "social", "sns", "comment", "comments", "disqus", "sidebar", "related", "breadcrumb",
      "breadcrumbs", "menu", "nav", "navbar", "navigation", "footer", "header", "masthead", "ad", "ads",
      "advert", "advertisement", "banner", "cookie", "cookies", "newsletter", "subscribe", "promo", "widget",
      "popup", "modal", "toc", "pagination", "pager", "skip", "meta", "byline", "tags", "hidden", "sr-only",
      "visually-hidden", "screen-reader-text");

  /** Elements whose class or id may mark them as chrome: containers and lists, never text blocks. */
  private static final Set<String> CHROME_WORD_HOLDERS = Set.of(
      "div", "section", "span", "ul", "ol", "table", "aside", "header", "footer", "nav", "article", "a",
      "details", "dl", "center", "small", "time", "address");

  /** Child blocks whose text counts toward a text block's size. */
  private static final Set<String> TEXT_BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table", "figure", "dl");

  /** Elements that are text or parts of a block, never the container of a post. */
  private static final Set<String> NOT_CONTAINERS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "li", "ul", "ol", "dt", "dd", "figcaption", "caption",
      "table", "thead", "tbody", "tfoot", "tr", "th");

  /** Parses a page; positions are tracked so that blocks know their source lines. */
  public static HtmlPage read(String html, String baseUri) {
    Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_ELEMENT_DEPTH);
    Document document = Jsoup.parse(html, baseUri == null ? "" : baseUri, parser);
    Map<String, Object> metadata = metadata(document);
    Object canonical = metadata.get("source_url");
    if (document.location().isEmpty() && canonical instanceof String url && isAbsolute(url)) {
      // a saved page read without a base URI: its canonical link says where it lives
      document.setBaseUri(url);
    }
    List<Element> never = new ArrayList<>();
    for (Element el : document.getAllElements()) {
      if (el.is(NEVER_CONTENT_QUERY) || isStyledHidden(el)) {
        never.add(el);
      }
    }
    never.forEach(Element::remove);
    Element article = locate(document);
    removeChrome(article);
    return new HtmlPage(document, article, metadata);
  }

  private static boolean isAbsolute(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }

  /**
   * The charset a page declares in its first 4 KiB ({@code <meta charset>} or {@code http-equiv}), when the
   * bytes are not valid UTF-8 and the charset is known; else null, meaning UTF-8. Legacy Korean pages
   * (EUC-KR, windows-949) are never valid UTF-8, so a wrong declaration on a UTF-8 page is harmless.
   */
  public static Charset legacyCharset(byte[] bytes) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      utf8.decode(ByteBuffer.wrap(bytes));
      return null;
    } catch (CharacterCodingException notUtf8) {
      // look for a declaration
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Document doc = Jsoup.parse(head);
    String name = "";
    Element meta = doc.selectFirst("meta[charset]");
    if (meta != null) {
      name = meta.attr("charset");
    } else {
      Element equiv = doc.selectFirst("meta[http-equiv=content-type][content]");
      if (equiv != null) {
        String content = equiv.attr("content");
        int at = content.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at >= 0) {
          name = content.substring(at + "charset=".length());
          int end = name.indexOf(';');
          name = end < 0 ? name : name.substring(0, end);
        }
      }
    }
    name = name.strip().replace("\"", "").replace("'", "");
    try {
      return name.isEmpty() || !Charset.isSupported(name) ? null : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** SHA-256 of the raw bytes, lower-case hex, as the Markdown read step hashes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static boolean isStyledHidden(Element el) {
    if (!el.hasAttr("style")) {
      return false;
    }
    String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  // ---- metadata -----------------------------------------------------------------------------------------

  static Map<String, Object> metadata(Document page) {
    Map<String, Object> meta = new LinkedHashMap<>();
    Elements metas = page.getElementsByTag("meta");
    String title = first(metas, "property", "og:title", "name", "twitter:title");
    if (title.isEmpty()) {
      title = page.title().strip();
    }
    if (!title.isEmpty()) {
      meta.put("title", title);
    }
    String published = first(metas, "property", "article:published_time", "itemprop", "datePublished",
        "name", "date", "name", "dcterms.date", "name", "DC.date");
    if (published.isEmpty()) {
      Element time = page.selectFirst("article time[datetime], time[itemprop=datePublished], time.dt-published");
      published = time == null ? "" : time.attr("datetime").strip();
    }
    LocalDate date = date(published);
    if (date != null) {
      // the date only: a summit's year is not the year its recap was published, so none is made up
      meta.put("date", date.toString());
    }
    Set<String> tags = new LinkedHashSet<>();
    for (Element tag : metas) {
      String value = tag.attr("content").strip();
      if (tag.attr("property").equalsIgnoreCase("article:tag") && !value.isEmpty()) {
        tags.add(value);
      }
    }
    if (tags.isEmpty()) {
      for (String keyword : first(metas, "name", "keywords").split(",")) {
        if (!keyword.isBlank()) {
          tags.add(keyword.strip());
        }
      }
    }
    if (!tags.isEmpty()) {
      meta.put("tags", List.copyOf(tags));
    }
    Element canonical = null;
    for (Element link : page.getElementsByTag("link")) {
      if (link.attr("rel").equalsIgnoreCase("canonical") && link.hasAttr("href")) {
        canonical = link;
        break;
      }
    }
    String url = canonical == null ? "" : canonical.absUrl("href");
    if (url.isEmpty() && canonical != null) {
      url = canonical.attr("href").strip();
    }
    if (url.isEmpty()) {
      url = first(metas, "property", "og:url");
    }
    if (!url.isEmpty()) {
      meta.put("source_url", url);
    }
    return meta;
  }

  /** The first non-empty content of a meta element, by (attribute, value) pairs in order of preference. */
  private static String first(Elements metas, String... attributeValuePairs) {
    for (int i = 0; i + 1 < attributeValuePairs.length; i += 2) {
      for (Element meta : metas) {
        String content = meta.attr("content").strip();
        if (meta.attr(attributeValuePairs[i]).equalsIgnoreCase(attributeValuePairs[i + 1]) && !content.isEmpty()) {
          return content;
        }
      }
    }
    return "";
  }

  /** A date from ISO forms: {@code 2024-11-08}, {@code 2024-11-08T09:00:00+09:00}, {@code 2024-11-08 09:00}. */
  static LocalDate date(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // try the shorter forms
    }
    try {
      return LocalDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // try a plain date
    }
    if (v.length() >= 10) {
      try {
        return LocalDate.parse(v.substring(0, 10));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  // ---- the article --------------------------------------------------------------------------------------

  static Element locate(Document page) {
    Element body = page.body();
    List<List<Element>> candidates = new ArrayList<>();
    CANDIDATE_QUERIES.forEach(q -> candidates.add(new ArrayList<>()));
    Element largest = largestTextBlock(body, candidates);
    int floor = largest == null ? 1 : Math.max(1, blockText(largest) / 2);
    for (List<Element> group : candidates) {
      Element best = null;
      int bestLength = 0;
      for (Element candidate : group) {
        int length = contentLength(candidate);
        if (length > bestLength) {
          best = candidate;
          bestLength = length;
        }
      }
      if (best != null && bestLength >= floor) {
        return best;
      }
    }
    return largest == null ? body : largest;
  }

  /** The element whose direct child blocks and text hold the most text outside links and chrome. */
  private static Element largestTextBlock(Element body, List<List<Element>> candidates) {
    Element best = null;
    int bestScore = 0;
    Set<Element> chrome = new HashSet<>();
    for (Element el : body.getAllElements()) {
      for (int i = 0; i < CANDIDATE_QUERIES.size(); i++) {
        if (el.is(CANDIDATE_QUERIES.get(i))) {
          candidates.get(i).add(el);
        }
      }
      if (el != body && (isChrome(el) || chrome.contains(el.parent()))) {
        chrome.add(el);
        continue;
      }
      if (NOT_CONTAINERS.contains(el.normalName()) || HtmlOutliner.INLINE.contains(el.normalName())) {
        continue;
      }
      int score = blockText(el);
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
    return best;
  }

  /** Text of an element's direct child text blocks and direct text, less link text. */
  private static int blockText(Element el) {
    int total = 0;
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        total += t.text().strip().length();
      } else if (child instanceof Element c && TEXT_BLOCKS.contains(c.normalName()) && !isChrome(c)) {
        total += c.text().length() - linkText(c);
      }
    }
    return total;
  }

  private static int linkText(Element el) {
    int links = 0;
    for (Element a : el.select("a")) {
      links += a.text().length();
    }
    return links;
  }

  /** Text of a candidate without its chrome. */
  private static int contentLength(Element candidate) {
    int length = candidate.text().length();
    for (Element chrome : candidate.getAllElements()) {
      if (chrome != candidate && isChrome(chrome) && !hasChromeAncestor(chrome, candidate)) {
        length -= chrome.text().length();
      }
    }
    return length;
  }

  private static boolean hasChromeAncestor(Element el, Element stop) {
    for (Element p = el.parent(); p != null && p != stop; p = p.parent()) {
      if (isChrome(p)) {
        return true;
      }
    }
    return false;
  }

  /** Removes chrome inside the article: nav, header, footer, share buttons and the like. */
  private static void removeChrome(Element article) {
    List<Element> chrome = new ArrayList<>();
    Set<Element> marked = new HashSet<>();
    for (Element el : article.getAllElements()) {
      if (el != article && isChrome(el) && !marked.contains(el.parent())) {
        chrome.add(el);
      }
      if (el != article && (isChrome(el) || marked.contains(el.parent()))) {
        marked.add(el);
      }
    }
    chrome.forEach(Element::remove);
  }

  static boolean isChrome(Element el) {
    if (CHROME.contains(el.normalName())) {
      return true;
    }
    String role = el.attr("role");
    if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
        || role.equals("complementary")) {
      return true;
    }
    // class and id words mark chrome only on containers: a heading's id is made from its text
    // (<h2 id="meta-ai-전략">), and a paragraph or quote is the post's own
    if (!CHROME_WORD_HOLDERS.contains(el.normalName())) {
      return false;
    }
    return hasChromeWord(el.className()) || hasChromeWord(el.id());
  }

  private static boolean hasChromeWord(String names) {
    if (names.isEmpty()) {
      return false;
    }
    for (String name : names.toLowerCase(Locale.ROOT).split(" ")) {
      if (CHROME_WORDS.contains(name)) {
        return true;
      }
      for (String word : name.split("[-_]")) {
        if (CHROME_WORDS.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }
}
