package dev.summit.parser.internal.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.summit.model.Diagnostic;
import dev.summit.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads front matter with Jackson's YAML parser (SnakeYAML underneath) as a token stream: top-level keys to a
 * String, or to a List of String for a sequence; nested structures as compact JSON text.
 *
 * <p>Streaming rather than an {@code ObjectMapper}: the mapper's start costs a cold process 100–250 ms, and
 * the parser's tokens are all that front matter needs.
 */
final class FrontMatterYaml {
  /** Factories are thread-safe once configured. */
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonFactory JSON = new JsonFactory();

  private FrontMatterYaml() {}

  /**
   * Adds the keys of {@code yaml} (the text between the {@code ---} lines, which start on line 2 of the file)
   * to {@code frontMatter}, or reports why it cannot.
   */
  static void read(String yaml, String id, Map<String, Object> frontMatter, List<Diagnostic> diagnostics) {
    try (JsonParser parser = YAML.createParser(yaml)) {
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        return;
      }
      if (first != JsonToken.START_OBJECT) {
        parser.skipChildren();
        diagnostics.add(Diagnostic.of(Severity.WARNING, "front-matter-invalid",
            "front matter is not a mapping of keys to values", id, 2, 1));
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        frontMatter.put(key, value(parser, parser.nextToken()));
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int errLine = loc == null ? 2 : Math.max(1, loc.getLineNr()) + 1;
      int errCol = loc == null ? 1 : Math.max(1, loc.getColumnNr());
      diagnostics.add(Diagnostic.of(Severity.ERROR, "front-matter-invalid",
          "front matter is not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
          id, errLine, errCol));
    } catch (IOException | RuntimeException e) {
      diagnostics.add(Diagnostic.of(Severity.ERROR, "front-matter-invalid",
          "front matter cannot be read: " + e.getClass().getSimpleName(), id, 2, 1));
    }
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    if (token != JsonToken.START_ARRAY) {
      return item(parser, token);
    }
    List<String> values = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      values.add(item(parser, t));
    }
    return List.copyOf(values);
  }

  /** A scalar as its text, a structure as compact JSON. */
  private static String item(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
      case START_ARRAY:
        StringWriter json = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(json)) {
          out.copyCurrentStructure(parser);
        }
        return json.toString();
      case VALUE_NUMBER_INT:
        return parser.getNumberValue().toString();
      case VALUE_NUMBER_FLOAT:
        return Double.toString(parser.getDoubleValue());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return parser.getText();
    }
  }
}
