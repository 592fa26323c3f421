package dev.summit.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summit.export.internal.Mappers;
import dev.summit.export.internal.SummitJsonLdTree;
import dev.summit.model.Summit;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a {@link Summit} as schema.org JSON-LD, for search engines, static sites and knowledge graphs.
 *
 * <pre>{@code
 * String jsonLd = JsonLdExporter.create().write(summit);
 * // <script type="application/ld+json"> … </script> in a page, or summit.jsonld next to it
 * }</pre>
 *
 * <p>The summit is an {@code Event} ({@code @id} {@code #summit}) with {@code name}, {@code startDate},
 * {@code endDate} and a {@code Place} as {@code location}; the posts it was read from are {@code subjectOf}
 * {@code BlogPosting}s. Each session is one {@code subEvent}, an {@code Event} with {@code @id}
 * {@code #session-ID}; its speakers and panelists are {@code performer} {@code Person}s ({@code @id}
 * {@code #speaker-ID}) with {@code jobTitle} and an {@code affiliation} {@code Organization}; a moderator is a
 * {@code performer} {@code Role} with {@code roleName} "moderator" around the person. Ids are relative to the
 * document's URL. An exporter is immutable and thread-safe.
 */
public final class JsonLdExporter {
  private static final JsonLdExporter INSTANCE = new JsonLdExporter();

  private JsonLdExporter() {}

  /** The exporter; it has no options. */
  public static JsonLdExporter create() {
    return INSTANCE;
  }

  /** The JSON-LD tree, for callers that want to embed or post-process it. */
  public ObjectNode toTree(Summit summit) {
    ObjectNode tree = SummitJsonLdTree.of(Objects.requireNonNull(summit, "summit"));
    JsonExporter.wellFormed(tree);
    return tree;
  }

  /**
   * Writes the JSON-LD to an appendable. The appendable is not closed.
   *
   * @throws UncheckedIOException if the appendable fails
   */
  public void write(Summit summit, Appendable out) {
    Objects.requireNonNull(out, "out");
    Mappers.writePretty(toTree(summit), out, "JSON-LD");
  }

  /**
   * Writes the JSON-LD to a stream as UTF-8. The stream is flushed, not closed.
   *
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Summit summit, OutputStream out) {
    Objects.requireNonNull(out, "out");
    write(summit, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** The JSON-LD as a string, ending with a newline. */
  public String write(Summit summit) {
    StringBuilder sb = new StringBuilder();
    write(summit, sb);
    return sb.toString();
  }
}
