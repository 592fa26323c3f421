/**
 * Exports a {@link dev.summit.model.Summit} in four formats, each a documented, stable contract for
 * downstream tools. Each format has one small entry point with the same three {@code write} methods
 * ({@code Appendable}, {@code OutputStream}, {@code String}), in the style of commonmark's renderers:
 *
 * <ul>
 *   <li>{@link dev.summit.export.JsonExporter} and {@link dev.summit.export.JsonReader}: JSON with a published
 *       JSON Schema ({@code summit.schema.json}) and a lossless round trip;</li>
 *   <li>{@link dev.summit.export.CsvExporter}: relational CSV, one file per {@link dev.summit.export.CsvTable},
 *       described by a Frictionless {@code datapackage.json};</li>
 *   <li>{@link dev.summit.export.MarkdownExporter}: a clean recap post that the parser reads back to the same
 *       model;</li>
 *   <li>{@link dev.summit.export.JsonLdExporter}: schema.org JSON-LD.</li>
 * </ul>
 *
 * <p>{@link dev.summit.export.SummitExporter} writes them all into one directory:
 *
 * <pre>{@code
 * Summit summit = Recap.parse(Path.of("post.md")).summit();
 * SummitExporter.writeAll(summit, Path.of("out"));
 * }</pre>
 *
 * <p>All Jackson configuration lives in {@code dev.summit.export.internal.Mappers}. Exporters are immutable and
 * thread-safe. Classes in {@code dev.summit.export.internal} are not API.
 */
package dev.summit.export;
