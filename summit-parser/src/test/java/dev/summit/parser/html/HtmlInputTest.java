package dev.summit.parser.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.model.DocumentFormat;
import dev.summit.model.Severity;
import dev.summit.model.SourceDocument;
import dev.summit.parser.ParseResult;
import dev.summit.parser.ParserLimits;
import dev.summit.parser.RecapParser;
import dev.summit.parser.html.CorpusPages.Layout;
import dev.summit.parser.html.CorpusPages.Post;
import dev.summit.parser.html.CorpusPages.Rendering;
import dev.summit.parser.internal.Pipeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML through the public API: by extension, by sniffing, from a String or a stream, in other charsets. */
class HtmlInputTest {
  private static final String PAGE = "<!DOCTYPE html>\n<html><head><title>[정리] 제목</title></head>\n"
      + "<body><main>\n<h1>[정리] 제목</h1>\n<p><strong>1. 세션 제목</strong></p>\n<ul><li><strong>발표자:</strong> 최태원 (SK그룹 회장)</li></ul>\n"
      + "</main></body></html>\n";

  private final RecapParser parser = RecapParser.builder().build();
  private final Pipeline pipeline = new Pipeline(ParserLimits.DEFAULT);

  @Test
  void filesAreReadAsHtmlByExtensionOrBySniffingAndMarkdownStaysMarkdown() {
    byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
    assertThat(pipeline.read(page, "a", "a.html", null).format()).isEqualTo(DocumentFormat.HTML);
    assertThat(pipeline.read(page, "a", "a.htm", null).format()).isEqualTo(DocumentFormat.HTML);
    assertThat(pipeline.read(page, "a", "saved-page", null).format()).isEqualTo(DocumentFormat.HTML);
    assertThat(pipeline.read(page, "a", null, null).format()).isEqualTo(DocumentFormat.HTML);
    assertThat(pipeline.read(page, "a", "a.md", null).format()).isEqualTo(DocumentFormat.MARKDOWN);
    byte[] markdown = "# 제목\n\n<p>inline html</p>\n".getBytes(StandardCharsets.UTF_8);
    assertThat(pipeline.read(markdown, "a", null, null).format()).isEqualTo(DocumentFormat.MARKDOWN);
  }

  @Test
  void aSavedPageWithoutExtensionParsesLikeTheSamePageFromAString(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("sk-ai-summit-2024-day1-afternoon"),
        CorpusPages.pageBytes(Post.AFTERNOON, Rendering.STATIC_SITE, Layout.PLATFORM));
    ParseResult fromFile = parser.parse(file);
    ParseResult fromString = parser.parseHtml(CorpusPages.page(Post.AFTERNOON, Rendering.STATIC_SITE, Layout.PLATFORM),
        "sk-ai-summit-2024-day1-afternoon", "");
    assertThat(fromFile.summit().sessions()).hasSize(10);
    assertThat(ProvenanceAside.tree(fromFile.summit())).isEqualTo(ProvenanceAside.tree(fromString.summit()));
    SourceDocument doc = fromFile.summit().documents().get(0);
    assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
    assertThat(doc.title()).hasValue("[정리] SK AI SUMMIT 키노트 정리 - Day1 오후");
    assertThat(doc.lineCount()).isGreaterThan(1000);
  }

  @Test
  void aStreamIsReadWithItsBaseUri() {
    String page = "<html><body><article><p><a href=\"../list/\">목록</a></p></article></body></html>";
    ParseResult result = parser.parseHtml(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "s",
        "https://blog.example.org/2024/post/");
    assertThat(result.summit().diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    Pipeline.Document doc = pipeline.readHtml(page.getBytes(StandardCharsets.UTF_8), "s", null,
        "https://blog.example.org/2024/post/");
    assertThat(doc.outline().children().get(0).marks().get(0).url()).isEqualTo("https://blog.example.org/2024/list/");
    assertThatThrownBy(() -> parser.parseHtml((java.io.InputStream) null, "s", ""))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> parser.parseHtml(new ByteArrayInputStream(new byte[0]), " ", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPageInItsDeclaredLegacyCharsetIsDecodedWithIt() {
    Charset eucKr = Charset.forName("EUC-KR");
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">"
        + "<title>티스토리</title></head><body><div class=\"entry-content\"><p>발표자: 최태원 회장</p></div></body></html>";
    byte[] bytes = page.getBytes(eucKr);
    Pipeline.Document doc = pipeline.read(bytes, "t", "t.html", null);
    assertThat(doc.outline().children().get(0).text()).isEqualTo("발표자: 최태원 회장");
    assertThat(doc.source().frontMatter()).containsEntry("title", "티스토리");
    assertThat(doc.source().diagnostics()).isEmpty();
    assertThat(doc.source().contentHash()).isEqualTo(dev.summit.parser.internal.html.HtmlPage.sha256(bytes));
  }

  @Test
  void aUtf8PageWithAByteOrderMarkAndCrlfKeepsItsLines() {
    byte[] bytes = ("\uFEFF" + PAGE.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    Pipeline.Document doc = pipeline.read(bytes, "p", "p.html", null);
    assertThat(doc.outline().children().get(0).text()).isEqualTo("[정리] 제목");
    assertThat(doc.outline().children().get(0).startLine()).isEqualTo(4);
    assertThat(doc.outline().children().get(1).startLine()).isEqualTo(5);
    assertThat(doc.source().lineCount()).isEqualTo(7);
  }

  @Test
  void invalidUtf8WithoutADeclaredCharsetIsReportedNotThrown() {
    byte[] bytes = "<html><body><p>ok \u00ff</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
    Pipeline.Document doc = pipeline.read(bytes, "bad", "bad.html", null);
    assertThat(doc.source().diagnostics()).extracting(d -> d.code()).contains("invalid-utf8");
    assertThat(doc.outline().children().get(0).text()).isEqualTo("ok \uFFFD");
  }
}
