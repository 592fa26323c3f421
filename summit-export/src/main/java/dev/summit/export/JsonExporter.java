package dev.summit.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.summit.export.internal.AppendableWriter;
import dev.summit.export.internal.Mappers;
import dev.summit.export.internal.SummitJsonWriter;
import dev.summit.export.internal.WellFormedText;
import dev.summit.model.Summit;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a {@link Summit} as JSON: the format described by {@code summit.schema.json} (shipped next to this
 * class) and read back by {@link JsonReader}.
 *
 * <pre>{@code
 * JsonExporter json = JsonExporter.create();
 * String text = json.write(summit);                 // pretty-printed, ends with a newline
 * json.write(summit, Path.of("summit.json"));      // UTF-8, no byte-order mark
 * try (OutputStream out = Files.newOutputStream(Path.of("copy.json"))) {
 *   json.write(summit, out);                        // the same bytes
 * }
 * Summit again = JsonReader.create().read(text);   // equals summit
 * }</pre>
 *
 * <p>The output is deterministic: properties in a fixed order, dates and times as ISO-8601 strings, absent
 * values left out (never {@code null}), lists always present (possibly empty), {@code \n} line ends. The
 * session's flat views ({@code claims}, {@code timelines}, {@code comparisons}, {@code images},
 * {@code reviews}, {@code links}) are written next to its content tree for convenience; the tree is the
 * source of truth. An exporter is immutable and thread-safe.
 *
 * <p>The layout is {@link Layout#PRETTY} unless {@link #withLayout(Layout)} asks for {@link Layout#COMPACT},
 * which writes the same document without white space between tokens, for machines:
 *
 * <pre>{@code
 * JsonExporter.create().withLayout(JsonExporter.Layout.COMPACT).write(summit, Path.of("summit.json"));
 * }</pre>
 */
public final class JsonExporter {
  /** How the document is laid out; both layouts hold the same values and read back alike. */
  public enum Layout {
    /** Two spaces per level, {@code \n} line ends, {@code "key": value}: the default, for people and diffs. */
    PRETTY,
    /**
     * No white space between tokens, and one {@code \n} at the end: about 40 % fewer bytes, and faster to
     * write.
     */
    COMPACT
  }

  /** The version of the format this exporter writes, as the {@code formatVersion} field gives it. */
  public static final String FORMAT_VERSION = SummitJsonWriter.FORMAT_VERSION;

  /** The class-path resource of the JSON Schema (draft 2020-12) of this format. */
  public static final String SCHEMA_RESOURCE = "/dev/summit/export/summit.schema.json";

  private static final JsonExporter PRETTY = new JsonExporter(Layout.PRETTY);
  private static final JsonExporter COMPACT = new JsonExporter(Layout.COMPACT);

  private final Layout layout;

  private JsonExporter(Layout layout) {
    this.layout = layout;
  }

  /** The exporter, writing the {@link Layout#PRETTY} layout. */
  public static JsonExporter create() {
    return PRETTY;
  }

  /** An exporter like this one that writes the given layout. */
  public JsonExporter withLayout(Layout layout) {
    return Objects.requireNonNull(layout, "layout") == Layout.PRETTY ? PRETTY : COMPACT;
  }

  /** The layout this exporter writes. */
  public Layout layout() {
    return layout;
  }

  /** The JSON tree of a summit, for callers that want to post-process it with Jackson. */
  public ObjectNode toTree(Summit summit) {
    Objects.requireNonNull(summit, "summit");
    try (TokenBuffer tokens = new TokenBuffer(Mappers.json(), false)) {
      SummitJsonWriter.write(summit, tokens);
      return Mappers.exactTreeReader().readTree(tokens.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces unpaired surrogates in text values with U+FFFD: a Java string may hold them, but no UTF-8 JSON
   * text can (a UTF-8 writer would turn them into '?' or fail).
   */
  static void wellFormed(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (var e : o.properties()) {
        if (e.getValue().isTextual()) {
          e.setValue(wellFormed((TextNode) e.getValue()));
        } else {
          wellFormed(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isTextual()) {
          a.set(i, wellFormed((TextNode) a.get(i)));
        } else {
          wellFormed(a.get(i));
        }
      }
    }
  }

  private static TextNode wellFormed(TextNode text) {
    String fixed = WellFormedText.of(text.textValue());
    return fixed == text.textValue() ? text : TextNode.valueOf(fixed);
  }

  /**
   * Writes the summit to an appendable. The appendable is not closed.
   *
   * @throws UncheckedIOException if the appendable fails
   */
  public void write(Summit summit, Appendable out) {
    Objects.requireNonNull(summit, "summit");
    Objects.requireNonNull(out, "out");
    Writer writer = AppendableWriter.of(out);
    try (JsonGenerator generator = layout == Layout.PRETTY ? Mappers.prettyGenerator(writer)
        : Mappers.compactGenerator(writer)) {
      write(summit, generator);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the summit to a stream as UTF-8. The stream is flushed, not closed.
   *
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Summit summit, OutputStream out) {
    Objects.requireNonNull(summit, "summit");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = layout == Layout.PRETTY ? Mappers.prettyGenerator(out)
        : Mappers.compactGenerator(out)) {
      write(summit, generator);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the summit to a file as UTF-8, replacing the file if it exists. This is the fastest way to a file:
   * the bytes are encoded once, by the generator, with no text in between.
   *
   * <pre>{@code
   * JsonExporter.create().write(summit, Path.of("out", "summit.json"));
   * }</pre>
   *
   * @throws UncheckedIOException naming the file, if it cannot be written
   */
  public void write(Summit summit, Path file) {
    Objects.requireNonNull(summit, "summit");
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(summit, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** The summit as a JSON string, ending with a newline. */
  public String write(Summit summit) {
    StringBuilder sb = new StringBuilder();
    write(summit, sb);
    return sb.toString();
  }

  private static void write(Summit summit, JsonGenerator generator) throws IOException {
    SummitJsonWriter.write(summit, generator);
    generator.writeRaw('\n');
  }
}
