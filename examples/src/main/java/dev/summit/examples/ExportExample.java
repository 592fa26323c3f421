package dev.summit.examples;

import dev.summit.export.SummitExporter;
import dev.summit.model.Summit;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Example 5: export everything to a folder: JSON, CSV tables with their data package, Markdown and JSON-LD.
 *
 * <pre>java -cp examples/target/summit.jar dev.summit.examples.ExportExample [OUT_DIR] [POST.md…]</pre>
 *
 * <p>{@code OUT_DIR} defaults to {@code summit-export}; with no post, the bundled corpus is exported.
 */
public final class ExportExample {
  private ExportExample() {}

  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "summit-export");
    try {
      Summit summit = ExampleInput.summit(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
      export(summit, folder, ExampleInput.stdout());
    } catch (UncheckedIOException e) { // a post that cannot be read, or a folder that cannot be written
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  /** Writes every format into {@code folder} and prints the files written, relative to it, in name order. */
  public static void export(Summit summit, Path folder, PrintStream out) {
    // One call writes summit.json, csv/*.csv + csv/datapackage.json, summit.md and summit.jsonld.
    SummitExporter.writeAll(summit, folder);

    out.println("Wrote to " + folder + ":");
    try (Stream<Path> files = Files.walk(folder)) {
      files.filter(Files::isRegularFile)
          .map(file -> folder.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .forEach(name -> out.println("  " + name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
