package dev.summit.export;

/** The formats {@link SummitExporter} can write, each to a fixed place in the output directory. */
public enum ExportFormat {
  /** {@code summit.json}, by {@link JsonExporter}. */
  JSON,
  /** {@code csv/*.csv} and {@code csv/datapackage.json}, by {@link CsvExporter}. */
  CSV,
  /** {@code summit.md}, by {@link MarkdownExporter}. */
  MARKDOWN,
  /** {@code summit.jsonld}, by {@link JsonLdExporter}. */
  JSONLD
}
