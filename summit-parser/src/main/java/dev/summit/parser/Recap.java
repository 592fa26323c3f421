package dev.summit.parser;

import java.nio.file.Path;
import java.util.List;

/**
 * A small static facade over a default {@link RecapParser}, for scripts and quick use.
 *
 * <pre>{@code
 * Summit summit = Recap.parse(Path.of("post.md")).summit();
 * }</pre>
 */
public final class Recap {
  private static final RecapParser DEFAULT = RecapParser.builder().build();

  private Recap() {}

  public static ParseResult parse(Path file) {
    return DEFAULT.parse(file);
  }

  public static ParseResult parse(String markdown, String documentId) {
    return DEFAULT.parse(markdown, documentId);
  }

  public static ParseResult parseAll(List<Path> files) {
    return DEFAULT.parseAll(files);
  }
}
