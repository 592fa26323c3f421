package dev.summit.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Diagnostic;
import dev.summit.parser.ParseResult;
import dev.summit.parser.ParserLimits;
import dev.summit.parser.RecapParser;
import dev.summit.parser.RecapSource;
import dev.summit.parser.html.CorpusPages.Layout;
import dev.summit.parser.html.CorpusPages.Post;
import dev.summit.parser.html.CorpusPages.Rendering;
import dev.summit.parser.internal.Pipeline;
import dev.summit.parser.internal.assemble.LineAccounting;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guarantee 4 for pages: every line of the article's text (its paragraphs, headings, code and tables) is
 * mapped to a model element or listed in an unmapped-content diagnostic; the page around the article is not
 * content.
 */
class HtmlLineAccountingTest {
  private static final Pipeline PIPELINE = new Pipeline(ParserLimits.DEFAULT);
  private static final RecapParser PARSER = RecapParser.builder().build();

  @ParameterizedTest(name = "{0} rendered by {1} in a {2} page")
  @MethodSource("dev.summit.parser.html.CorpusPages#pages")
  void corpusPagesAreFullyAccounted(Post post, Rendering rendering, Layout layout) {
    byte[] page = CorpusPages.pageBytes(post, rendering, layout);
    LineAccounting.Report r = LineAccounting.account(PIPELINE.read(page, post.id, post.id + ".html",
        CorpusPages.BASE_URI));
    ParseResult parsed = PARSER.parseSources(List.of(RecapSource.html(post.id,
        new String(page, StandardCharsets.UTF_8), CorpusPages.BASE_URI)));
    List<Diagnostic> unmapped = parsed.diagnostics().stream()
        .filter(d -> d.code().equals("unmapped-content")).toList();
    System.out.printf("html line accounting %s (%s, %s): %d of %d article text lines mapped, %d unmapped in %d runs%n",
        post.id, rendering, layout, r.covered(), r.nonBlank(), r.unmappedLines(), r.unmapped().size());
    unmapped.forEach(d -> System.out.println("  " + d));
    assertThat(r.nonBlank()).as("article text lines").isGreaterThan(300);
    assertThat(r.covered() + r.unmappedLines()).isEqualTo(r.nonBlank());
    assertThat(unmapped).extracting(Diagnostic::line).containsExactlyElementsOf(
        r.unmapped().stream().map(run -> run[0]).toList());
  }

  @Test
  void articleTextTheModelDropsIsListedAndThePageAroundIsNot() {
    String page = """
        <!doctype html><html><head><title>T</title><script>var x = 1;</script>
        <link rel="canonical" href="https://blog.example/t/"></head>
        <body><nav><a href="/">Home</a></nav>
        <article>
        <h1>T</h1>
        <p>원본 게시글: https://elsewhere.example/t</p>
        <p><strong>1. Talk</strong></p>
        <ul><li>발표자: A (B)</li></ul>
        <p>본문 한 줄.</p>
        </article>
        <footer>© someone</footer></body></html>
        """;
    Pipeline.Document document = PIPELINE.read(page.getBytes(StandardCharsets.UTF_8), "doc", "doc.html", null);
    LineAccounting.Report r = LineAccounting.account(document);
    // the canonical link is the post's source, so the other link's line holds text the model does not keep;
    // nav, script and footer are no article text
    assertThat(r.nonBlank()).isEqualTo(5);
    assertThat(r.covered()).isEqualTo(4);
    assertThat(r.unmapped()).singleElement().satisfies(run -> assertThat(run).containsExactly(6, 6));
    assertThat(LineAccounting.diagnostics(r, document, "doc")).singleElement().satisfies(d -> assertThat(d.message())
        .isEqualTo("line 6 not mapped to any model element: \"원본 게시글: https://elsewhere.example/t\""));
  }
}
