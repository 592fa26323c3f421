package dev.summit.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.DocumentFormat;
import dev.summit.model.Summit;
import dev.summit.parser.ParseResult;
import dev.summit.parser.ParserLimits;
import dev.summit.parser.RecapParser;
import dev.summit.parser.RecapSource;
import dev.summit.parser.html.CorpusPages.Layout;
import dev.summit.parser.html.CorpusPages.Post;
import dev.summit.parser.html.CorpusPages.Rendering;
import dev.summit.parser.internal.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each corpus post, rendered to HTML in two shapes and wrapped in two page layouts, reads to the same outline
 * and the same Summit as its Markdown, provenance aside.
 *
 * <p>What differs, and why (see {@link ProvenanceAside}):
 *
 * <ul>
 *   <li>Provenance and diagnostic positions: lines of the HTML file, not of the Markdown file. Unavoidable.
 *   <li>A source document's content hash, line count and format: different bytes of a different file.
 *       Unavoidable.
 *   <li>A source document's source URL: a page states its canonical link, which is taken as the source; the
 *       Markdown has only the "원본 게시글" line of the afternoon post. Unavoidable: they are different facts.
 *   <li>The front matter's {@code year}: a page has no such tag, and the publication year is not the summit's
 *       year, so none is made up. The Summit's year is equal all the same, because the recogniser takes it
 *       from the post's own text ("2024년 11월 4일부터"); a post whose only year is in its front matter would
 *       have none from its page.
 * </ul>
 *
 * <p>Not exercised by the corpus, and different by the nature of HTML: runs of spaces inside a line (also in
 * code spans) collapse to one, as a browser shows them, where Markdown keeps them; raw HTML inside Markdown
 * is a CODE block in the Markdown outline but real elements in the page.
 */
class CorpusHtmlEquivalenceTest {
  private final Pipeline pipeline = new Pipeline(ParserLimits.DEFAULT);
  private final RecapParser parser = RecapParser.builder().build();

  private Pipeline.Document markdown(Post post) {
    return pipeline.read(CorpusPages.markdownBytes(post), post.id, post.fileName(), null);
  }

  private Pipeline.Document html(Post post, Rendering rendering, Layout layout) {
    return pipeline.read(CorpusPages.pageBytes(post, rendering, layout), post.id, post.id + ".html",
        CorpusPages.BASE_URI);
  }

  @ParameterizedTest(name = "{0} rendered by {1} in a {2} page")
  @MethodSource("dev.summit.parser.html.CorpusPages#pages")
  void outlineIsTheMarkdownOutline(Post post, Rendering rendering, Layout layout) {
    Pipeline.Document md = markdown(post);
    Pipeline.Document html = html(post, rendering, layout);

    assertThat(html.format()).isEqualTo(DocumentFormat.HTML);
    assertThat(Outlines.describe(html.outline())).isEqualTo(Outlines.describe(md.outline()));
    // the comparison is over the whole post, not a fragment of it
    assertThat(Outlines.count(html.outline())).isGreaterThan(post == Post.AFTERNOON ? 900 : 500);
  }

  @ParameterizedTest(name = "{0} rendered by {1} in a {2} page")
  @MethodSource("dev.summit.parser.html.CorpusPages#pages")
  void pageMetadataIsTheFrontMatter(Post post, Rendering rendering, Layout layout) {
    Pipeline.Document md = markdown(post);
    Pipeline.Document html = html(post, rendering, layout);

    // the page states no year: the front matter's year is the one key a page cannot give
    assertThat(html.source().frontMatter()).containsOnly(
        Map.entry("title", md.source().frontMatter().get("title")),
        Map.entry("date", md.source().frontMatter().get("date")),
        Map.entry("tags", md.source().frontMatter().get("tags")),
        Map.entry("source_url", post.canonical()));
    assertThat(html.source().diagnostics()).isEmpty();
  }

  @ParameterizedTest(name = "{0} rendered by {1} in a {2} page")
  @MethodSource("dev.summit.parser.html.CorpusPages#pages")
  void summitIsTheMarkdownSummitProvenanceAside(Post post, Rendering rendering, Layout layout, @TempDir Path dir)
      throws IOException {
    Path page = Files.write(dir.resolve(post.id + ".html"), CorpusPages.pageBytes(post, rendering, layout));

    ParseResult fromMarkdown = parser.parse(CorpusPages.corpusFile(post));
    ParseResult fromHtml = parser.parse(page);

    Summit md = fromMarkdown.summit();
    Summit html = fromHtml.summit();
    assertThat(ProvenanceAside.tree(html)).isEqualTo(ProvenanceAside.tree(md));
    // the equality is over real content: the corpus README's sessions 5–14 and 1–4
    assertThat(md.sessions()).hasSize(post == Post.AFTERNOON ? 10 : 4);
    assertThat(html.sessions()).extracting(s -> s.number().orElse(-1))
        .containsExactlyElementsOf(md.sessions().stream().map(s -> s.number().orElse(-1)).toList());
  }

  @ParameterizedTest(name = "rendered by {0} in a {1} page")
  @MethodSource("shapes")
  void dayOneMergedFromBothPagesIsDayOneMergedFromBothMarkdownFiles(Rendering rendering, Layout layout) {
    Summit md = parser.parseAll(List.of(CorpusPages.corpusFile(Post.MORNING), CorpusPages.corpusFile(Post.AFTERNOON)))
        .summit();
    Summit html = parser.parseSources(List.of(
        RecapSource.html(Post.MORNING.id, CorpusPages.page(Post.MORNING, rendering, layout), CorpusPages.BASE_URI),
        RecapSource.html(Post.AFTERNOON.id, CorpusPages.page(Post.AFTERNOON, rendering, layout), ""))).summit();

    assertThat(ProvenanceAside.tree(html)).isEqualTo(ProvenanceAside.tree(md));
    assertThat(md.sessions()).extracting(s -> s.number().orElse(-1))
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
  }

  static List<Arguments> shapes() {
    List<Arguments> cases = new ArrayList<>();
    for (Rendering rendering : Rendering.values()) {
      for (Layout layout : Layout.values()) {
        cases.add(Arguments.of(rendering, layout));
      }
    }
    return cases;
  }
}
