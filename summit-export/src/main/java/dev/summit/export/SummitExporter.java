package dev.summit.export;

import dev.summit.model.Summit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a summit in several formats at once into one directory.
 *
 * <pre>{@code
 * SummitExporter.writeAll(summit, Path.of("out"));
 * // out/summit.json, out/csv/*.csv + out/csv/datapackage.json, out/summit.md, out/summit.jsonld
 * SummitExporter.writeAll(summit, Path.of("out"), EnumSet.of(ExportFormat.JSON, ExportFormat.CSV));
 * }</pre>
 *
 * <p>Files are written as UTF-8 with the default options of each exporter; existing files of the same names
 * are replaced. Use the exporters directly for other options.
 */
public final class SummitExporter {
  /** The JSON file name. */
  public static final String JSON_FILE = "summit.json";
  /** The directory of the CSV tables and their data package. */
  public static final String CSV_DIRECTORY = "csv";
  /** The Markdown file name. */
  public static final String MARKDOWN_FILE = "summit.md";
  /** The JSON-LD file name. */
  public static final String JSONLD_FILE = "summit.jsonld";

  private SummitExporter() {}

  /**
   * Writes every format into the directory, creating it if needed.
   *
   * @throws UncheckedIOException naming the path that could not be written
   */
  public static void writeAll(Summit summit, Path directory) {
    writeAll(summit, directory, EnumSet.allOf(ExportFormat.class));
  }

  /**
   * Writes the given formats into the directory, creating it if needed.
   *
   * @throws UncheckedIOException naming the path that could not be written
   */
  public static void writeAll(Summit summit, Path directory, Set<ExportFormat> formats) {
    Objects.requireNonNull(summit, "summit");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(formats, "formats");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create directory " + directory + ": " + e.getMessage(), e);
    }
    EnumSet<ExportFormat> inOrder = EnumSet.noneOf(ExportFormat.class);
    inOrder.addAll(formats);
    for (ExportFormat format : inOrder) {
      switch (format) {
        case JSON -> JsonExporter.create().write(summit, directory.resolve(JSON_FILE));
        case CSV -> CsvExporter.create().write(summit, directory.resolve(CSV_DIRECTORY));
        case MARKDOWN -> text(directory.resolve(MARKDOWN_FILE), w -> MarkdownExporter.create().write(summit, w));
        case JSONLD -> text(directory.resolve(JSONLD_FILE), w -> JsonLdExporter.create().write(summit, w));
      }
    }
  }

  private static void text(Path file, Consumer<Writer> body) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.accept(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getCause().getMessage(), e.getCause());
    }
  }
}
