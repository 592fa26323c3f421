package dev.summit.benchmarks;

import dev.summit.parser.ParseResult;
import dev.summit.parser.RecapParser;
import java.nio.file.Path;

/**
 * A minimal command line for start-up timing: parses one post and prints one line. Stands in for
 * {@code summit check} in the whole-process comparison with pandoc (see BENCHMARKS.md).
 */
public final class CheckOne {
  private CheckOne() {}

  public static void main(String[] args) {
    ParseResult result = RecapParser.builder().build().parse(Path.of(args[0]));
    System.out.println(args[0] + ": " + result.summit().sessions().size() + " sessions, "
        + result.diagnostics().size() + " diagnostics");
    System.exit(result.hasErrors() ? 1 : 0);
  }
}
