package dev.summit.parser.internal.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.parser.Corpus;
import dev.summit.parser.ParserLimits;
import dev.summit.parser.internal.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recogniser keeps facts about blocks in arrays indexed by {@link Block#id()}, so the ids of an outline
 * must be its blocks' pre-order positions: 0 to size less one, each once.
 */
class BlockIdTest {
  private final Pipeline pipeline = new Pipeline(ParserLimits.DEFAULT);

  @Test
  void markdownOutlinesNumberTheirBlocksInPreOrder() throws IOException {
    List<Path> posts = Corpus.postsAndFixtures();
    assertThat(posts).hasSizeGreaterThan(5);
    for (Path post : posts) {
      Block root = pipeline.read(read(post), "t", post.getFileName().toString(), null).outline();
      assertPreOrder(root);
    }
  }

  @Test
  void htmlOutlinesAndDeepOnesToo() {
    assertPreOrder(pipeline.readHtml("<article><h2>1. 제목</h2><ul><li>발표자: 홍길동<ul><li>a</li></ul></li>"
        + "<li>b</li></ul><blockquote><p>q</p></blockquote><p>끝</p></article>", "t", "").outline());
    Pipeline shallow = new Pipeline(new ParserLimits(ParserLimits.DEFAULT.maxInputBytes(), 2, 2000));
    assertPreOrder(shallow.readMarkdown("- a\n  - b\n    - c\n      - d\n\n> > > q\n\npara\n", "t").outline());
  }

  @Test
  void indexingTwiceKeepsTheIds() {
    Block root = pipeline.readMarkdown("# t\n\n- a\n- b\n", "t").outline();
    int size = root.index();
    assertThat(size).isEqualTo(7); // the document, a heading, a list, two items and their paragraphs
    assertThat(root.index()).isEqualTo(size);
    assertPreOrder(root);
  }

  private static void assertPreOrder(Block root) {
    List<Block> order = new ArrayList<>();
    walk(root, order);
    assertThat(root.index()).isEqualTo(order.size());
    for (int i = 0; i < order.size(); i++) {
      assertThat(order.get(i).id()).as("block %s", order.get(i)).isEqualTo(i);
    }
  }

  private static void walk(Block b, List<Block> out) {
    out.add(b);
    for (Block child : b.children()) {
      walk(child, out);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
