package dev.summit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summit.export.internal.Mappers;
import dev.summit.model.Summit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonExporterTest {
  private final JsonExporter json = JsonExporter.create();
  private final JsonReader reader = JsonReader.create();

  @Test
  void sampleMatchesGoldenFile() {
    Golden.assertMatches(json.write(SampleSummit.summit()), "sample.json");
  }

  @Test
  void sampleAndMinimalValidateAgainstShippedSchema() {
    assertThat(SchemaCheck.problems(json.write(SampleSummit.summit()))).isEmpty();
    assertThat(SchemaCheck.problems(json.write(SampleSummit.minimal()))).isEmpty();
  }

  @Test
  void schemaRejectsWhatTheContractForbids() throws Exception {
    ObjectMapper m = new ObjectMapper();
    JsonNode tree = m.readTree(json.write(SampleSummit.summit()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("sessions").get(0)).put("kind", "keynote");
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("sessions").get(1)).putNull("summary");
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("summit")).put("startDate", "4.11.2024");
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/sessions/0/claims/0")).put("colour", "red");
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/sessions/0/content/0")).put("type", "VIDEO");
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/sessions/0/participants/0")).put("role", "Speaker");
    List<String> problems = SchemaCheck.problems(m.writeValueAsString(tree));
    assertThat(problems)
        .anyMatch(p -> p.startsWith("$.sessions[0].claims[0]") && p.contains("colour"))
        .anyMatch(p -> p.startsWith("$.sessions[0].content[0]"))
        .anyMatch(p -> p.startsWith("$.sessions[0].participants[0].role"))
        .anyMatch(p -> p.startsWith("$.sessions[0].kind"))
        .anyMatch(p -> p.startsWith("$.sessions[1].summary"))
        .anyMatch(p -> p.startsWith("$.summit.startDate"));
  }

  @Test
  void roundTripGivesTheSameSummit() {
    Summit sample = SampleSummit.summit();
    String text = json.write(sample);
    assertThat(reader.read(text)).isEqualTo(sample);
    assertThat(reader.read(new StringReader(text))).isEqualTo(sample);
    assertThat(reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(sample);
    assertThat(reader.read(json.write(SampleSummit.minimal()))).isEqualTo(SampleSummit.minimal());
  }

  @Test
  void writesTheMinimumContractNames() throws Exception {
    JsonNode root = new ObjectMapper().readTree(json.write(SampleSummit.summit()));
    assertThat(root.get("formatVersion").asText()).isEqualTo(JsonExporter.FORMAT_VERSION).isEqualTo("1.0");
    assertThat(root.at("/summit/startDate").asText()).isEqualTo("2024-11-04");
    assertThat(root.at("/summit/days/0/number").isInt()).isTrue();
    assertThat(root.at("/summit/days/0/keyConcept").asText()).isEqualTo("AI 생태계와 인프라의 혁신");
    assertThat(root.at("/documents/0/tags/1").asText()).isEqualTo("Conference | SK-AI");
    assertThat(root.at("/speakers/1/aliases/0").asText()).isEqualTo("Ryu Young-sang");
    JsonNode keynote = root.at("/sessions/0");
    assertThat(keynote.get("day").isInt()).isTrue();
    assertThat(keynote.get("number").intValue()).isEqualTo(1);
    assertThat(keynote.get("kind").asText()).isEqualTo("KEYNOTE");
    assertThat(keynote.get("start").asText()).isEqualTo("09:30");
    assertThat(keynote.at("/participants/0/role").asText()).isEqualTo("SPEAKER");
    assertThat(keynote.get("claims")).hasSize(5);
    assertThat(keynote.at("/claims/1/parentId").asText()).isEqualTo("d1-s01-c001");
    assertThat(keynote.at("/claims/0/quantities/0/value").isIntegralNumber()).isTrue();
    assertThat(keynote.at("/claims/0/quantities/0/value").asLong()).isEqualTo(400_000);
    assertThat(keynote.at("/claims/0/source/startLine").asInt()).isEqualTo(30);
    assertThat(keynote.at("/timelines/0/entries/1/when").asText()).isEqualTo("wave-2");
    assertThat(keynote.at("/comparisons/1/derived").asBoolean()).isTrue();
    assertThat(keynote.at("/comparisons/0/rows/0/values/0").asText()).isEqualTo("a feature | one task");
    assertThat(keynote.at("/images/0/credit").asText()).isEqualTo("SK Group");
    assertThat(keynote.at("/reviews/0/text").asText()).isEqualTo("A good talk 😎");
    assertThat(keynote.at("/reviews/1/kind").asText()).isEqualTo("PERSONAL_OPINION");
    assertThat(root.at("/sessions/1/participants/1/role").asText()).isEqualTo("MODERATOR");
    assertThat(root.at("/sessions/1/claims/0/quantities/1/upperValue").decimalValue()).isEqualByComparingTo("15.5");
    assertThat(root.at("/diagnostics/0/line").asInt()).isEqualTo(18);
  }

  @Test
  void absentValuesAreLeftOutNeverNull() {
    String text = json.write(SampleSummit.minimal());
    assertThat(text).doesNotContain("null").doesNotContain("\"name\"").doesNotContain("\"day\"")
        .contains("\"days\": []");
  }

  @Test
  void keepsEmojiZwjAndRtlMarksAsUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(SampleSummit.summit(), out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains(SampleSummit.EMOJI.replace("\"", "\\\"")).doesNotContain("\\u");
    assertThat(out.toByteArray()[0]).isEqualTo((byte) '{');
  }

  @Test
  void stringStreamWriterAndTreeGiveTheSameText() throws Exception {
    Summit summit = SampleSummit.summit();
    String text = json.write(summit);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(summit, bytes);
    StringWriter writer = new StringWriter();
    json.write(summit, writer);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(writer).hasToString(text);
    assertThat(Mappers.prettyJson().writeValueAsString(json.toTree(summit)) + "\n").isEqualTo(text);
  }

  @Test
  void compactLayoutIsThePrettyDocumentWithoutWhiteSpace() throws Exception {
    Summit summit = SampleSummit.summit();
    JsonExporter compact = json.withLayout(JsonExporter.Layout.COMPACT);
    String text = compact.write(summit);
    assertThat(compact.layout()).isEqualTo(JsonExporter.Layout.COMPACT);
    assertThat(json.layout()).isEqualTo(JsonExporter.Layout.PRETTY);
    assertThat(text).startsWith("{\"formatVersion\":\"1.0\",\"summit\":{").endsWith("}\n");
    assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
    // the same tokens as the pretty layout, written by Jackson without a pretty printer
    JsonNode pretty = Mappers.exactTreeReader().readTree(json.write(summit));
    assertThat(Mappers.json().writeValueAsString(pretty) + "\n").isEqualTo(text);
    assertThat(reader.read(text)).isEqualTo(summit);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    compact.write(summit, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text)
        .contains(SampleSummit.EMOJI.replace("\"", "\\\""));
    assertThat(compact.withLayout(JsonExporter.Layout.PRETTY).write(summit)).isEqualTo(json.write(summit));
  }

  @Test
  void compactFileHoldsTheUtf8OfTheString(@TempDir Path dir) throws Exception {
    Summit summit = SampleSummit.summit();
    JsonExporter compact = json.withLayout(JsonExporter.Layout.COMPACT);
    Path file = dir.resolve("summit.json");
    compact.write(summit, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(compact.write(summit).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fileHoldsTheUtf8OfTheStringAndIsReplaced(@TempDir Path dir) throws Exception {
    Summit summit = SampleSummit.summit();
    Path file = dir.resolve("summit.json");
    Files.writeString(file, "an older and much longer file than the JSON ".repeat(10_000));
    json.write(summit, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(json.write(summit).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fileThatCannotBeWrittenIsNamed(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("summit.json");
    assertThatThrownBy(() -> json.write(SampleSummit.summit(), file))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void isDeterministic() {
    assertThat(json.write(SampleSummit.summit())).isEqualTo(json.write(SampleSummit.summit()));
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    assertThatThrownBy(() -> reader.read("{\n  \"formatVersion\": \"1.0\",\n  \"summit\": {]\n}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("3:");
  }

  @Test
  void wrongShapeNamesTheJsonPointer() {
    String text = json.write(SampleSummit.summit()).replace("\"kind\": \"PANEL\"", "\"kind\": \"SEMINAR\"");
    assertThatThrownBy(() -> reader.read(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/sessions/1/kind");
    assertThatThrownBy(() -> reader.read("{\"formatVersion\":\"2.0\"}"))
        .hasMessageContaining("unsupported format version 2.0");
    assertThatThrownBy(() -> reader.read("[]")).isInstanceOf(IllegalArgumentException.class);
  }
}
