package dev.summit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summit.model.Summit;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdExporterTest {
  private final JsonLdExporter jsonLd = JsonLdExporter.create();

  @Test
  void sampleMatchesGoldenFile() {
    Golden.assertMatches(jsonLd.write(SampleSummit.summit()), "sample.jsonld");
  }

  @Test
  void isValidJsonLdWithOneEventPerSessionAndTheSummit() throws Exception {
    Summit sample = SampleSummit.summit();
    List<JsonObject> nodes = JsonLdCheck.flatten(jsonLd.write(sample));
    List<JsonObject> events = JsonLdCheck.ofType(nodes, "Event");
    assertThat(events).hasSize(sample.sessions().size() + 1).hasSize(3);
    JsonObject summitNode = events.stream()
        .filter(e -> e.getString("@id").endsWith("#summit")).findFirst().orElseThrow();
    assertThat(summitNode.getJsonArray(JsonLdCheck.SCHEMA + "subEvent")).hasSize(2);
    assertThat(JsonLdCheck.ofType(nodes, "Person")).hasSize(3);
    List<JsonObject> roles = JsonLdCheck.ofType(nodes, "Role");
    assertThat(roles).hasSize(1);
    assertThat(roles.get(0).getJsonArray(JsonLdCheck.SCHEMA + "roleName").getJsonObject(0).getString("@value"))
        .isEqualTo("moderator");
    assertThat(JsonLdCheck.ofType(nodes, "Organization")).hasSize(3);
    assertThat(JsonLdCheck.expand(jsonLd.write(SampleSummit.minimal()))).hasSize(1);
  }

  @Test
  void mapsSessionsSpeakersAndModerators() throws Exception {
    JsonNode root = new ObjectMapper().readTree(jsonLd.write(SampleSummit.summit()));
    assertThat(root.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(root.get("@type").asText()).isEqualTo("Event");
    assertThat(root.get("name").asText()).isEqualTo("SK AI SUMMIT 2024");
    assertThat(root.at("/location/name").asText()).isEqualTo("COEX, Seoul");
    JsonNode keynote = root.at("/subEvent/0");
    assertThat(keynote.get("@type").asText()).isEqualTo("Event");
    assertThat(keynote.get("startDate").asText()).isEqualTo("2024-11-04T09:30");
    assertThat(keynote.get("alternateName").asText()).isEqualTo("AI: the Road Ahead");
    assertThat(keynote.at("/performer/0/@type").asText()).isEqualTo("Person");
    assertThat(keynote.at("/performer/0/jobTitle").asText()).isEqualTo("CVP");
    assertThat(keynote.at("/performer/0/affiliation/@type").asText()).isEqualTo("Organization");
    assertThat(keynote.at("/performer/0/affiliation/name").asText()).isEqualTo("Microsoft");
    JsonNode panel = root.at("/subEvent/1");
    assertThat(panel.at("/performer/0/@type").asText()).isEqualTo("Person");
    assertThat(panel.at("/performer/1/@type").asText()).isEqualTo("Role");
    assertThat(panel.at("/performer/1/roleName").asText()).isEqualTo("moderator");
    assertThat(panel.at("/performer/1/performer/name").asText()).isEqualTo("오혜연");
    assertThat(root.at("/subjectOf/0/@type").asText()).isEqualTo("BlogPosting");
  }

  @Test
  void idsBecomeIriFragmentsKeepingLettersOfAnyScript() {
    assertThat(dev.summit.export.internal.SummitJsonLdTree.fragment("오혜연")).isEqualTo("오혜연");
    assertThat(dev.summit.export.internal.SummitJsonLdTree.fragment("a b#c%\"d")).isEqualTo("a%20b%23c%25%22d");
  }
}
