package dev.summit.parser.internal;

import dev.summit.model.Diagnostic;
import dev.summit.model.DocumentFormat;
import dev.summit.model.Severity;
import dev.summit.parser.ParseResult;
import dev.summit.parser.ParserLimits;
import dev.summit.parser.internal.assemble.SummitAssembler;
import dev.summit.parser.internal.html.HtmlPage;
import dev.summit.parser.internal.outline.Block;
import dev.summit.parser.internal.outline.HtmlOutliner;
import dev.summit.parser.internal.outline.MarkdownOutliner;
import dev.summit.parser.internal.read.SourceReader;
import dev.summit.parser.internal.read.SourceText;
import dev.summit.parser.internal.recognise.DocumentRecap;
import dev.summit.parser.internal.recognise.RecapRecognizer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * read → outline → recognise → extract → assemble. Holds only immutable, thread-safe parts, so one
 * pipeline serves every thread.
 */
public final class Pipeline {
  private final ParserLimits limits;
  private final SourceReader reader;
  private final MarkdownOutliner markdown;
  private final HtmlOutliner htmlOutliner;
  private final RecapRecognizer recognizer;

  public Pipeline(ParserLimits limits) {
    this.limits = limits;
    this.reader = new SourceReader(limits);
    this.markdown = new MarkdownOutliner(limits.maxNestingDepth());
    this.htmlOutliner = new HtmlOutliner(limits.maxNestingDepth());
    this.recognizer = new RecapRecognizer(limits);
  }

  /** One document, read, outlined and recognised; ready to assemble. */
  public record Document(SourceText source, DocumentFormat format, Block outline, DocumentRecap recap) {}

  /** Reads bytes; HTML when the file name says so or the content looks like a page. */
  public Document read(byte[] bytes, String id, String fileName, String baseUri) {
    if (looksLikeHtml(fileName, bytes)) {
      return readHtml(bytes, id, fileName, baseUri);
    }
    SourceText source = reader.read(bytes, id, fileName);
    return markdown(source);
  }

  public Document readMarkdown(String text, String id) {
    return markdown(reader.read(text, id));
  }

  /**
   * Reads a web page: the read step as for Markdown (line ends, limits, hash, diagnostics), then jsoup finds
   * the article and its metadata, and the HTML outline feeds the same recogniser. The page's metadata
   * ({@code <title>}, {@code og:}/{@code article:} meta tags, the canonical link) fills the front matter keys
   * that a front matter block, if the file has one, leaves unset.
   */
  public Document readHtml(String html, String id, String baseUri) {
    return html(reader.read(html, id), baseUri);
  }

  /**
   * Reads a page given as bytes. UTF-8, with or without a byte-order mark, unless the bytes are not UTF-8 and
   * the page declares another charset ({@code <meta charset="euc-kr">}); the content hash is of the bytes.
   */
  public Document readHtml(byte[] bytes, String id, String fileName, String baseUri) {
    Charset declared = HtmlPage.legacyCharset(bytes);
    if (declared == null) {
      return html(reader.read(bytes, id, fileName), baseUri);
    }
    SourceText decoded = reader.read(new String(bytes, declared), id);
    return html(new SourceText(id, fileName, HtmlPage.sha256(bytes), decoded.text(), decoded.lineCount(),
        decoded.frontMatter(), decoded.diagnostics()), baseUri);
  }

  private Document html(SourceText read, String baseUri) {
    HtmlPage page = HtmlPage.read(read.text(), baseUri);
    Map<String, Object> metadata = new LinkedHashMap<>(page.metadata());
    metadata.putAll(read.frontMatter());
    SourceText source = new SourceText(read.id(), read.fileName(), read.contentHash(), read.text(),
        read.lineCount(), Collections.unmodifiableMap(metadata), read.diagnostics());
    Block outline = htmlOutliner.outline(page.article());
    return new Document(source, DocumentFormat.HTML, outline, recognizer.recognise(source, outline));
  }

  private Document markdown(SourceText source) {
    Block outline = markdown.outline(source.text(), line -> source.diagnostics().add(Diagnostic.of(
        Severity.WARNING, "limit-exceeded", "blocks are nested deeper than " + limits.maxNestingDepth()
            + " levels; the deeper ones are read as plain text", source.id(), line, 1)));
    return new Document(source, DocumentFormat.MARKDOWN, outline, recognizer.recognise(source, outline));
  }

  public ParseResult assemble(List<Document> documents) {
    return new ParseResult(new SummitAssembler(limits).assemble(documents));
  }

  static boolean looksLikeHtml(String fileName, byte[] bytes) {
    if (fileName != null) {
      String lower = fileName.toLowerCase(java.util.Locale.ROOT);
      if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
        return true;
      }
      if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
        return false;
      }
    }
    int n = Math.min(bytes.length, 1024);
    String head = new String(bytes, 0, n, StandardCharsets.UTF_8).stripLeading().toLowerCase(java.util.Locale.ROOT);
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1).stripLeading();
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
        && head.contains("<html");
  }
}
