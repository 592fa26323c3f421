package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every post under {@code src/test/resources/posts} is parsed and rendered as a {@link SummitOutline}; the
 * rendering must equal the {@code .expected.txt} beside it. Posts that are rewrites of another (CRLF, CR,
 * BOM) share its expectation through a {@code .same-as} file.
 */
class FixturePostsTest {
  private static final Path POSTS = Path.of("src/test/resources/posts");
  private static final RecapParser PARSER = RecapParser.builder().build();

  static Stream<String> posts() throws IOException {
    try (Stream<Path> files = Files.list(POSTS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
          .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void outlineMatchesExpectation(String post) throws IOException {
    String expectedName = post;
    Path sameAs = POSTS.resolve(post + ".same-as");
    if (Files.exists(sameAs)) {
      expectedName = Files.readString(sameAs).strip();
    }
    ParseResult result = PARSER.parse(POSTS.resolve(post + ".md"));
    String actual = SummitOutline.render(result.summit())
        // a rewrite has its own document id; the expectation names the original's
        .replace(post, expectedName);
    Path expected = POSTS.resolve(expectedName + ".expected.txt");
    if (Boolean.getBoolean("summit.updateExpectations") && expectedName.equals(post)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
