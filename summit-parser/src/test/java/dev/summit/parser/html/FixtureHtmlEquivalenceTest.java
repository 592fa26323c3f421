package dev.summit.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Summit;
import dev.summit.parser.ParserLimits;
import dev.summit.parser.RecapParser;
import dev.summit.parser.html.CorpusPages.Layout;
import dev.summit.parser.html.CorpusPages.Rendering;
import dev.summit.parser.internal.Pipeline;
import dev.summit.parser.internal.outline.Block;
import dev.summit.parser.internal.outline.BlockType;
import dev.summit.parser.internal.read.SourceReader;
import dev.summit.parser.internal.read.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Beyond the corpus: the parser's fixture posts and a post written to use every Markdown feature the outline
 * knows (hard line breaks, ordered lists that start at 3, tables, code, strikethrough, images with alt text,
 * credits in and out of lists) go through the same two renderings and two layouts, and must outline and
 * parse as their Markdown does.
 */
class FixtureHtmlEquivalenceTest {
  private static final Path POSTS = Path.of("src/test/resources/posts");
  private static final Path FEATURES = Path.of("src/test/resources/html/markdown-features.md");

  private final Pipeline pipeline = new Pipeline(ParserLimits.DEFAULT);
  private final RecapParser parser = RecapParser.builder().build();

  static List<Arguments> posts() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(POSTS)) {
      list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
    }
    files.add(FEATURES);
    List<Arguments> cases = new ArrayList<>();
    for (Path file : files) {
      for (Rendering rendering : Rendering.values()) {
        for (Layout layout : Layout.values()) {
          cases.add(Arguments.of(file.getFileName().toString(), rendering, layout));
        }
      }
    }
    return cases;
  }

  private static Path file(String name) {
    return name.equals(FEATURES.getFileName().toString()) ? FEATURES : POSTS.resolve(name);
  }

  private static String id(String name) {
    return name.substring(0, name.length() - ".md".length());
  }

  private String page(String name, Rendering rendering, Layout layout) throws IOException {
    SourceText md = new SourceReader(ParserLimits.DEFAULT).read(Files.readAllBytes(file(name)), id(name), name);
    return CorpusPages.page(md, "https://blog.example.org/" + id(name) + "/", rendering, layout);
  }

  @ParameterizedTest(name = "{0} rendered by {1} in a {2} page")
  @MethodSource("posts")
  void outlineAndSummitAreTheMarkdowns(String name, Rendering rendering, Layout layout) throws IOException {
    byte[] markdown = Files.readAllBytes(file(name));
    String page = page(name, rendering, layout);

    Pipeline.Document fromMarkdown = pipeline.read(markdown, id(name), name, null);
    Pipeline.Document fromHtml = pipeline.readHtml(page, id(name), "");
    assertThat(Outlines.describe(fromHtml.outline())).isEqualTo(Outlines.describe(fromMarkdown.outline()));

    Summit md = parser.parse(markdown, id(name)).summit();
    Summit html = parser.parseHtml(page, id(name), "").summit();
    assertThat(ProvenanceAside.tree(html)).isEqualTo(ProvenanceAside.tree(md));
  }

  @Test
  void theFeaturePostExercisesWhatItClaims() throws IOException {
    Block outline = pipeline.readHtml(page(FEATURES.getFileName().toString(), Rendering.STATIC_SITE, Layout.JEKYLL),
        "features", "").outline();
    List<Block> all = new ArrayList<>();
    collect(outline, all);
    assertThat(all).anyMatch(b -> b.text().contains("표준의 미래.\n줄을 바꾼 두 번째 줄\n그리고 세 번째 줄."));
    assertThat(all).anyMatch(b -> b.type() == BlockType.ITEM && b.ordinal() == 3);
    assertThat(all).anyMatch(b -> b.type() == BlockType.TABLE && b.rows().size() == 3);
    assertThat(all).anyMatch(b -> b.type() == BlockType.CODE && b.text().contains("<b>태그</b>"));
    assertThat(all).anyMatch(b -> b.text().equals("행사 안내 포스터"));
    assertThat(all).anyMatch(b -> b.type() == BlockType.QUOTE
        && b.children().get(0).text().equals("이미지 출처 : 주최 측 보도자료 (링크)"));
    assertThat(all).anyMatch(b -> b.text().contains("엔진 경쟁과 독점 협력."));
    // and the static-site page really is shaped differently
    String page = page(FEATURES.getFileName().toString(), Rendering.STATIC_SITE, Layout.JEKYLL);
    assertThat(page).contains("<figcaption>", "<br>", "<li>\n", "class=\"anchor\"", "table-wrapper");
  }

  private static void collect(Block b, List<Block> out) {
    out.add(b);
    b.children().forEach(c -> collect(c, out));
  }
}
