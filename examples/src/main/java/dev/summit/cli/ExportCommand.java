package dev.summit.cli;

import dev.summit.export.ExportFormat;
import dev.summit.export.SummitExporter;
import dev.summit.model.Summit;
import dev.summit.parser.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code summit export [FILE…] --format json|csv|markdown|jsonld|all --out DIR}: merges the posts into one
 * summit and writes it in the chosen formats, using {@link SummitExporter}.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = SummitVersion.class,
    description = {
      "Merges the posts into one summit and writes it to DIR as JSON, CSV, Markdown or JSON-LD:",
      "  json      DIR/summit.json",
      "  csv       DIR/csv/*.csv and DIR/csv/datapackage.json",
      "  markdown  DIR/summit.md",
      "  jsonld    DIR/summit.jsonld",
      "Existing files of these names are replaced."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "1:a file could not be read or DIR could not be written (nothing or not all written), or the input"
          + " has errors (written all the same)",
      "2:wrong usage",
      "3:internal error"
    })
public final class ExportCommand implements Callable<Integer> {
  /** A value of {@code --format}. */
  enum Format {
    JSON, CSV, MARKDOWN, JSONLD, ALL
  }

  @ParentCommand SummitCommand root;
  @Spec CommandSpec spec;
  @Mixin InputFiles inputs;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      split = ",",
      defaultValue = "all",
      description = "json, csv, markdown, jsonld or all (the default); several may be given: json,csv")
  List<Format> formats;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
      description = "The folder to write to; created if needed.")
  Path out;

  @Override
  public Integer call() {
    Inputs.Loaded loaded = inputs.read(root, spec.commandLine());
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!loaded.unreadable().isEmpty() || loaded.result().isEmpty()) {
      loaded.unreadable().forEach(u -> err.println(u.line()));
      err.println("summit: nothing written");
      return SummitCommand.EXIT_INPUT_ERRORS;
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      err.println("summit: cannot write to " + out + ": not a folder");
      return SummitCommand.EXIT_INPUT_ERRORS;
    }
    ParseResult result = loaded.result().get();
    Summit summit = result.summit();
    Set<ExportFormat> chosen = exportFormats(formats);
    try {
      SummitExporter.writeAll(summit, out, chosen);
    } catch (UncheckedIOException e) {
      err.println("summit: " + e.getMessage());
      return SummitCommand.EXIT_INPUT_ERRORS;
    }
    stdout.println("Exported " + DiagnosticLines.plural(summit.sessions().size(), "session") + " of "
        + DiagnosticLines.plural(summit.documents().size(), "document") + " to " + out + ":");
    for (ExportFormat format : chosen) {
      stdout.println("  " + written(format));
    }
    if (result.hasErrors()) {
      err.println("summit: the input has errors; run `summit check` to see them");
      return SummitCommand.EXIT_INPUT_ERRORS;
    }
    return SummitCommand.EXIT_OK;
  }

  static Set<ExportFormat> exportFormats(List<Format> formats) {
    EnumSet<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
    for (Format format : formats) {
      switch (format) {
        case JSON -> chosen.add(ExportFormat.JSON);
        case CSV -> chosen.add(ExportFormat.CSV);
        case MARKDOWN -> chosen.add(ExportFormat.MARKDOWN);
        case JSONLD -> chosen.add(ExportFormat.JSONLD);
        case ALL -> chosen.addAll(EnumSet.allOf(ExportFormat.class));
      }
    }
    return chosen;
  }

  private String written(ExportFormat format) {
    return switch (format) {
      case JSON -> out.resolve(SummitExporter.JSON_FILE).toString();
      case CSV -> {
        Path folder = out.resolve(SummitExporter.CSV_DIRECTORY);
        yield folder + " (" + DiagnosticLines.plural(countFiles(folder), "file") + ")";
      }
      case MARKDOWN -> out.resolve(SummitExporter.MARKDOWN_FILE).toString();
      case JSONLD -> out.resolve(SummitExporter.JSONLD_FILE).toString();
    };
  }

  private static long countFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + SummitCommand.describe(e), e);
    }
  }
}
