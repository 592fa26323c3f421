package dev.summit.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summit.export.internal.Mappers;
import dev.summit.export.internal.SummitJsonTree;
import dev.summit.model.Summit;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a {@link Summit} as JSON: the format described by {@code summit.schema.json} (shipped next to this
 * class) and read back by {@link JsonReader}.
 *
 * <pre>{@code
 * JsonExporter json = JsonExporter.create();
 * String text = json.write(summit);                 // pretty-printed, ends with a newline
 * try (OutputStream out = Files.newOutputStream(Path.of("summit.json"))) {
 *   json.write(summit, out);                        // UTF-8, no byte-order mark
 * }
 * Summit again = JsonReader.create().read(text);   // equals summit
 * }</pre>
 *
 * <p>The output is deterministic: properties in a fixed order, dates and times as ISO-8601 strings, absent
 * values left out (never {@code null}), lists always present (possibly empty), {@code \n} line ends. The
 * session's flat views ({@code claims}, {@code timelines}, {@code comparisons}, {@code images},
 * {@code reviews}, {@code links}) are written next to its content tree for convenience; the tree is the
 * source of truth. An exporter is immutable and thread-safe.
 */
public final class JsonExporter {
  /** The version of the format this exporter writes, as the {@code formatVersion} field gives it. */
  public static final String FORMAT_VERSION = SummitJsonTree.FORMAT_VERSION;

  /** The class-path resource of the JSON Schema (draft 2020-12) of this format. */
  public static final String SCHEMA_RESOURCE = "/dev/summit/export/summit.schema.json";

  private static final JsonExporter INSTANCE = new JsonExporter();

  private JsonExporter() {}

  /** The exporter; it has no options. */
  public static JsonExporter create() {
    return INSTANCE;
  }

  /** The JSON tree of a summit, for callers that want to post-process it with Jackson. */
  public ObjectNode toTree(Summit summit) {
    ObjectNode tree = SummitJsonTree.of(Objects.requireNonNull(summit, "summit"));
    wellFormed(tree);
    return tree;
  }

  /**
   * Replaces unpaired surrogates in text values with U+FFFD: a Java string may hold them, but no UTF-8 JSON
   * text can (a UTF-8 writer would turn them into '?' or fail).
   */
  static void wellFormed(com.fasterxml.jackson.databind.JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (var e : o.properties()) {
        if (e.getValue().isTextual()) {
          String fixed = withoutLoneSurrogates(e.getValue().textValue());
          if (fixed != null) {
            e.setValue(com.fasterxml.jackson.databind.node.TextNode.valueOf(fixed));
          }
        } else {
          wellFormed(e.getValue());
        }
      }
    } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isTextual()) {
          String fixed = withoutLoneSurrogates(a.get(i).textValue());
          if (fixed != null) {
            a.set(i, com.fasterxml.jackson.databind.node.TextNode.valueOf(fixed));
          }
        } else {
          wellFormed(a.get(i));
        }
      }
    }
  }

  /** The text with each unpaired surrogate replaced by U+FFFD, or null when it has none. */
  private static String withoutLoneSurrogates(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? null : out.toString();
  }

  /**
   * Writes the summit to an appendable. The appendable is not closed.
   *
   * @throws UncheckedIOException if the appendable fails
   */
  public void write(Summit summit, Appendable out) {
    Objects.requireNonNull(out, "out");
    Mappers.writePretty(toTree(summit), out, "JSON");
  }

  /**
   * Writes the summit to a stream as UTF-8. The stream is flushed, not closed.
   *
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Summit summit, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(summit, writer);
  }

  /** The summit as a JSON string, ending with a newline. */
  public String write(Summit summit) {
    StringBuilder sb = new StringBuilder();
    write(summit, sb);
    return sb.toString();
  }
}
