package dev.summit.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.summit.export.internal.Mappers;
import dev.summit.export.internal.SummitJsonBinder;
import dev.summit.model.Summit;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads the JSON that {@link JsonExporter} writes back into a {@link Summit}.
 *
 * <pre>{@code
 * Summit summit = JsonReader.create().read(Files.newBufferedReader(Path.of("summit.json")));
 * }</pre>
 *
 * <p>The content trees are the source of truth; a session's flat views ({@code claims}, {@code images} …) are
 * derived and ignored on reading. Malformed JSON gives an {@link IllegalArgumentException} whose message starts
 * with {@code line:column}; well-formed JSON that does not fit the format gives one naming the JSON Pointer of
 * the offending value. A reader is immutable and thread-safe.
 */
public final class JsonReader {
  private static final JsonReader INSTANCE = new JsonReader();

  private JsonReader() {}

  /** The reader; it has no options. */
  public static JsonReader create() {
    return INSTANCE;
  }

  /**
   * Reads a summit from JSON text.
   *
   * @throws IllegalArgumentException if the text is not JSON of this format
   */
  public Summit read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return bind(Mappers.json().readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  /**
   * Reads a summit from a UTF-8 (or UTF-16/32, detected) stream. The stream is not closed.
   *
   * @throws IllegalArgumentException if the content is not JSON of this format
   * @throws UncheckedIOException if the stream fails
   */
  public Summit read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return bind(Mappers.json().readTree(in));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a summit from a reader. The reader is not closed.
   *
   * @throws IllegalArgumentException if the content is not JSON of this format
   * @throws UncheckedIOException if the reader fails
   */
  public Summit read(Reader in) {
    Objects.requireNonNull(in, "in");
    try {
      return bind(Mappers.json().readTree(in));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON: " + e.getMessage(), e);
    }
  }

  private static Summit bind(JsonNode root) {
    if (root == null || root.isMissingNode()) {
      throw new IllegalArgumentException("1:1: no JSON content");
    }
    return SummitJsonBinder.summit(root);
  }

  private static IllegalArgumentException malformed(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "0:0" : at.getLineNr() + ":" + at.getColumnNr();
    return new IllegalArgumentException(where + ": " + e.getOriginalMessage(), e);
  }
}
