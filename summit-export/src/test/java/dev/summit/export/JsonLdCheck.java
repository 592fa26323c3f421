package dev.summit.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs JSON-LD through Titanium, a conforming JSON-LD 1.1 processor. There is no network in tests, so the
 * schema.org context is served from a local stand-in that maps every term into the schema.org vocabulary,
 * as the real context does for the terms the exporter uses.
 */
final class JsonLdCheck {
  static final String SCHEMA = "http://schema.org/";
  private static final URI BASE = URI.create("https://example.org/summit.jsonld");

  private JsonLdCheck() {}

  private static final DocumentLoader LOADER = (url, options) -> {
    String u = url.toString();
    if (u.equals("https://schema.org") || u.equals("https://schema.org/") || u.equals("http://schema.org/")) {
      try (InputStream in = JsonLdCheck.class.getResourceAsStream("/jsonld/schema-org-context.jsonld")) {
        return JsonDocument.of(in);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + u);
  };

  /** The flattened node objects of the document; fails with a JsonLdError if it is not valid JSON-LD. */
  static List<JsonObject> flatten(String jsonLd) throws JsonLdError {
    Document doc = JsonDocument.of(new StringReader(jsonLd));
    JsonStructure flattened = new JsonStructure(JsonLd.flatten(doc).base(BASE).loader(LOADER).get());
    return flattened.nodes();
  }

  /** Expands the document, which checks it against the JSON-LD 1.1 algorithms. */
  static JsonArray expand(String jsonLd) throws JsonLdError {
    return JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).base(BASE).loader(LOADER).get();
  }

  static List<JsonObject> ofType(List<JsonObject> nodes, String type) {
    List<JsonObject> out = new ArrayList<>();
    for (JsonObject n : nodes) {
      JsonArray types = n.getJsonArray("@type");
      if (types != null && types.stream().anyMatch(t -> t.toString().equals("\"" + SCHEMA + type + "\""))) {
        out.add(n);
      }
    }
    return out;
  }

  /** The flattened result: either an array of nodes or an object with {@code @graph}. */
  private record JsonStructure(jakarta.json.JsonStructure value) {
    List<JsonObject> nodes() {
      JsonArray array = value instanceof JsonArray a ? a : ((JsonObject) value).getJsonArray("@graph");
      List<JsonObject> out = new ArrayList<>();
      for (JsonValue v : array) {
        out.add(v.asJsonObject());
      }
      return out;
    }
  }
}
