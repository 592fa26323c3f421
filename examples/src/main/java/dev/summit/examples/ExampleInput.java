package dev.summit.examples;

import dev.summit.model.Summit;
import dev.summit.parser.RecapParser;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** What the example programs read and where they print: the posts named as arguments, or the bundled corpus. */
public final class ExampleInput {
  private ExampleInput() {}

  /** The posts named in {@code paths}, merged into one summit; with none, the bundled Day 1 posts. */
  public static Summit summit(String... paths) {
    RecapParser parser = RecapParser.builder().build();
    if (paths.length == 0) {
      return BundledCorpus.parseAll(parser).summit();
    }
    return parser.parseAll(Arrays.stream(paths).map(Path::of).toList()).summit();
  }

  /** Standard output in UTF-8, so Korean names print the same on every platform. */
  public static PrintStream stdout() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }
}
