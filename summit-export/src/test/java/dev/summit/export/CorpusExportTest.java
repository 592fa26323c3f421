package dev.summit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summit.model.Role;
import dev.summit.model.Session;
import dev.summit.model.Summit;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property checks on the real corpus (both posts as one summit): the parser still changes, so these check
 * invariants across formats rather than bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusExportTest {
  private Summit summit;
  private String json;

  @BeforeAll
  void parse() {
    summit = Corpus.both();
    json = JsonExporter.create().write(summit);
  }

  @Test
  void corpusHoldsWhatTheseChecksNeed() {
    assertThat(summit.sessions()).hasSize(14);
    assertThat(summit.claims()).hasSizeGreaterThan(500);
    assertThat(summit.sessions()).anyMatch(s -> !s.participants(Role.MODERATOR).isEmpty());
  }

  @Test
  void jsonValidatesAndRoundTrips() {
    assertThat(SchemaCheck.problems(json)).isEmpty();
    for (Path post : Corpus.posts()) {
      String one = JsonExporter.create().write(Corpus.parse(post));
      assertThat(SchemaCheck.problems(one)).as(post.toString()).isEmpty();
    }
    assertThat(JsonReader.create().read(json)).isEqualTo(summit);
  }

  @Test
  void csvLoadsWithEveryKeyResolvingAndCountsMatchTheJson(@TempDir Path dir) throws Exception {
    CsvExporter.create().write(summit, dir);
    TabularPackage pkg = TabularPackage.load(dir);
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(pkg.rows(CsvTable.SESSIONS)).hasSize(root.get("sessions").size());
    assertThat(pkg.rows(CsvTable.SPEAKERS)).hasSize(root.get("speakers").size());
    assertThat(pkg.rows(CsvTable.DAYS)).hasSize(root.at("/summit/days").size());
    assertThat(pkg.rows(CsvTable.DIAGNOSTICS)).hasSize(root.get("diagnostics").size());
    int claims = 0;
    int participants = 0;
    int images = 0;
    int reviews = 0;
    int cells = 0;
    int entries = 0;
    for (JsonNode s : root.get("sessions")) {
      claims += s.get("claims").size();
      participants += s.get("participants").size();
      images += s.get("images").size();
      reviews += s.get("reviews").size();
      for (JsonNode t : s.get("comparisons")) {
        for (JsonNode r : t.get("rows")) {
          cells += r.get("values").size();
        }
      }
      for (JsonNode t : s.get("timelines")) {
        entries += t.get("entries").size();
      }
    }
    List<Map<String, String>> sessionClaims = pkg.rows(CsvTable.CLAIMS).stream()
        .filter(r -> r.get("session_id") != null).toList();
    assertThat(sessionClaims).hasSize(claims).hasSize(summit.claims().size());
    assertThat(pkg.rows(CsvTable.PARTICIPANTS)).hasSize(participants);
    assertThat(pkg.rows(CsvTable.IMAGES).stream().filter(r -> r.get("session_id") != null)).hasSize(images);
    assertThat(pkg.rows(CsvTable.REVIEWS).stream().filter(r -> r.get("session_id") != null)).hasSize(reviews);
    assertThat(pkg.rows(CsvTable.COMPARISONS).stream().filter(r -> r.get("session_id") != null)).hasSize(cells);
    assertThat(pkg.rows(CsvTable.TIMELINE_ENTRIES).stream().filter(r -> r.get("session_id") != null))
        .hasSize(entries);
    assertThat(pkg.checkedForeignKeyValues).isGreaterThan(2 * claims);
  }

  @Test
  void jsonLdHasOneEventPerSessionAndOnePerformerPerParticipant() throws Exception {
    List<JsonObject> nodes = JsonLdCheck.flatten(JsonLdExporter.create().write(summit));
    assertThat(JsonLdCheck.ofType(nodes, "Event")).hasSize(summit.sessions().size() + 1);
    long moderators = summit.sessions().stream().mapToLong(s -> s.participants(Role.MODERATOR).size()).sum();
    assertThat(JsonLdCheck.ofType(nodes, "Role")).hasSize((int) moderators);
    long people = summit.sessions().stream().flatMap(s -> s.participants().stream())
        .map(p -> p.speakerId()).distinct().count();
    assertThat(JsonLdCheck.ofType(nodes, "Person")).hasSize((int) people);
    JsonNode tree = new ObjectMapper().readTree(JsonLdExporter.create().write(summit));
    int performers = 0;
    for (JsonNode e : tree.get("subEvent")) {
      performers += e.get("performer").size();
    }
    assertThat(performers).isEqualTo(summit.sessions().stream().mapToInt(s -> s.participants().size()).sum());
  }

  @Test
  void everyFormatIsWrittenForTheCorpus(@TempDir Path dir) throws Exception {
    SummitExporter.writeAll(summit, dir);
    assertThat(Files.size(dir.resolve("summit.json"))).isPositive();
    assertThat(Files.readString(dir.resolve("summit.md"))).contains("## 14. ");
    Summit again = Corpus.parser().parse(dir.resolve("summit.md")).summit();
    assertThat(again.sessions()).extracting(Session::id)
        .containsExactlyElementsOf(summit.sessions().stream().map(Session::id).toList());
    assertThat(again.claims()).hasSameSizeAs(summit.claims());
  }
}
