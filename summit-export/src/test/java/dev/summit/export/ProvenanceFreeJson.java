package dev.summit.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summit.model.Summit;
import java.util.List;

/** A summit's JSON tree for round-trip comparisons, shared by the round-trip and reliability tests. */
public final class ProvenanceFreeJson {
  private ProvenanceFreeJson() {}

  /**
   * The JSON tree without what depends on the file's bytes: sources, hash, line count, diagnostics, and the
   * document's format (a post read from HTML is written back as Markdown).
   */
  public static JsonNode of(Summit summit) {
    ObjectNode root = JsonExporter.create().toTree(summit);
    root.remove("diagnostics");
    for (JsonNode d : root.get("documents")) {
      ((ObjectNode) d).remove(List.of("contentHash", "lineCount", "format"));
    }
    strip(root);
    return root;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.remove("source");
      o.properties().forEach(e -> strip(e.getValue()));
    } else if (node instanceof ArrayNode a) {
      a.forEach(ProvenanceFreeJson::strip);
    }
  }
}
