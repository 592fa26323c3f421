package dev.summit.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates JSON against the shipped schema with networknt's validator (draft 2020-12). */
final class SchemaCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private SchemaCheck() {}

  private static JsonSchema load() {
    try (InputStream in = JsonExporter.class.getResourceAsStream(JsonExporter.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + JsonExporter.SCHEMA_RESOURCE);
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validation messages, empty when the JSON is valid. */
  static List<String> problems(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      return SCHEMA.validate(node).stream().map(ValidationMessage::toString).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
