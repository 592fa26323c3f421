package dev.summit.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.ClaimKind;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableQuantity;
import dev.summit.model.ImmutableSession;
import dev.summit.model.ImmutableSummit;
import dev.summit.model.QuantityKind;
import dev.summit.model.SessionKind;
import dev.summit.model.Summit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {
  private final CsvExporter csv = CsvExporter.create();

  @Test
  void everyTableAndTheDataPackageMatchGoldenFiles(@TempDir Path dir) throws Exception {
    csv.write(SampleSummit.summit(), dir);
    for (CsvTable table : CsvTable.values()) {
      Golden.assertMatches(Files.readString(dir.resolve(table.fileName())), "csv/" + table.fileName());
    }
    Golden.assertMatches(Files.readString(dir.resolve("datapackage.json")), "csv/datapackage.json");
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(CsvTable.values().length + 1);
    }
  }

  @Test
  void oneTableIsWrittenAsInTheWholePackage(@TempDir Path dir) throws Exception {
    for (Summit summit : List.of(SampleSummit.summit(), Corpus.both())) {
      csv.write(summit, dir);
      for (CsvTable table : CsvTable.values()) {
        assertThat(csv.write(summit, table)).as(table.fileName())
            .isEqualTo(Files.readString(dir.resolve(table.fileName()), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void tablesLoadBackTypedAndEveryForeignKeyResolves(@TempDir Path dir) throws Exception {
    Summit sample = SampleSummit.summit();
    csv.write(sample, dir);
    TabularPackage pkg = TabularPackage.load(dir);
    assertThat(pkg.tables).hasSize(15);
    assertThat(pkg.rows(CsvTable.SESSIONS)).hasSize(2);
    assertThat(pkg.rows(CsvTable.PARTICIPANTS)).hasSize(3);
    assertThat(pkg.rows(CsvTable.SECTIONS)).hasSize(3);
    // 6 session claims + 1 claim of the document outside any session
    assertThat(pkg.rows(CsvTable.CLAIMS)).hasSize(sample.claims().size() + 1).hasSize(7);
    assertThat(pkg.rows(CsvTable.CLAIM_SPEAKERS)).hasSize(4);
    assertThat(pkg.rows(CsvTable.QUANTITIES)).hasSize(5);
    assertThat(pkg.rows(CsvTable.TIMELINE_ENTRIES)).hasSize(2);
    // 2 rows x 2 values + 1 row x 2 values
    assertThat(pkg.rows(CsvTable.COMPARISONS)).hasSize(6);
    assertThat(pkg.rows(CsvTable.IMAGES)).hasSize(2);
    assertThat(pkg.rows(CsvTable.REVIEWS)).hasSize(2);
    assertThat(pkg.rows(CsvTable.LINKS)).hasSize(1);
    assertThat(pkg.rows(CsvTable.DIAGNOSTICS)).hasSize(2);
    assertThat(pkg.checkedForeignKeyValues).isGreaterThan(50);

    Map<String, String> nested = pkg.rows(CsvTable.CLAIMS).get(1);
    assertThat(nested.get("id")).isEqualTo("d1-s01-c002");
    assertThat(nested.get("parent_id")).isEqualTo("d1-s01-c001");
    assertThat(nested.get("section_id")).isEqualTo("d1-s01#1");
    Map<String, String> explainer = pkg.rows(CsvTable.CLAIMS).get(3);
    assertThat(explainer.get("kind")).isEqualTo("EXPLAINER");
    assertThat(explainer.get("section_id")).isEqualTo("d1-s01#2");
    assertThat(pkg.rows(CsvTable.SECTIONS).get(1).get("parent_id")).isEqualTo("d1-s01#1");
    assertThat(pkg.rows(CsvTable.QUANTITIES).get(0).get("value")).isEqualTo("400000");
    assertThat(pkg.rows(CsvTable.QUANTITIES).get(2).get("unit")).isEqualTo("year");
    assertThat(pkg.rows(CsvTable.QUANTITIES).get(4).get("upper_value")).isEqualTo("15.5");
    Map<String, String> cell = pkg.rows(CsvTable.COMPARISONS).get(0);
    assertThat(cell).containsEntry("row", "1").containsEntry("column", "1").containsEntry("subject", "AI native app")
        .containsEntry("attribute", "Goal").containsEntry("value", "a feature | one task")
        .containsEntry("derived", "false");
    assertThat(pkg.rows(CsvTable.COMPARISONS).get(4)).containsEntry("derived", "true");
    assertThat(pkg.rows(CsvTable.SPEAKERS).get(1).get("aliases")).isEqualTo("[\"Ryu Young-sang\"]");
    assertThat(pkg.rows(CsvTable.DIAGNOSTICS).get(1).get("document")).isNull();
    assertThat(pkg.rows(CsvTable.SESSIONS).get(0)).containsEntry("start", "09:30:00").containsEntry("day", "1");
  }

  @Test
  void hardTextSurvivesRfc4180Quoting(@TempDir Path dir) throws Exception {
    csv.write(SampleSummit.summit(), dir);
    TabularPackage pkg = TabularPackage.load(dir);
    List<Map<String, String>> claims = pkg.rows(CsvTable.CLAIMS);
    assertThat(claims).extracting(r -> r.get("text"))
        .contains(SampleSummit.EMOJI, "Data centres need 1GW; \nthat is a lot.",
            "In 1962, 400,000 people worked on Apollo; costs rose 50%.");
    assertThat(pkg.rows(CsvTable.SESSIONS).get(0).get("title")).isEqualTo("AI, \"quotes\" and commas, of course");
    String raw = Files.readString(dir.resolve("sessions.csv"));
    assertThat(raw).contains("\"AI, \"\"quotes\"\" and commas, of course\"").contains("\r\n");
  }

  @Test
  void formulaLikeTextIsNeutralisedButNumbersStayNumbers(@TempDir Path dir) throws Exception {
    Summit summit = ImmutableSummit.builder()
        .addSessions(ImmutableSession.builder().id("s1").title("@SUM(A1:A2)").kind(SessionKind.OTHER)
            .summary("\tTabbed").track("\rReturn").englishTitle("+1 more")
            .addContent(ImmutableClaim.builder().id("c1").text("-5% drop, =1+1").kind(ClaimKind.AUTHOR)
                .sectionPath("")
                .addQuantities(ImmutableQuantity.builder().text("-5%").start(0).end(3)
                    .kind(QuantityKind.PERCENT).value(-5).unit("%").build())
                .source(SampleSummit.at(2, 2)).build())
            .source(SampleSummit.at(1, 2)).build())
        .build();
    String sessions = csv.write(summit, CsvTable.SESSIONS);
    assertThat(sessions).contains("'@SUM(A1:A2)", "'+1 more", ",'\tTabbed,", "\"'\rReturn\"");
    String claims = csv.write(summit, CsvTable.CLAIMS);
    assertThat(claims).contains("\"'-5% drop, =1+1\"");
    String quantities = csv.write(summit, CsvTable.QUANTITIES);
    assertThat(quantities.split("\r\n")[1]).isEqualTo("c1,1,'-5%,0,3,PERCENT,-5,,%");

    String raw = CsvExporter.builder().neutraliseFormulas(false).build().write(summit, CsvTable.SESSIONS);
    assertThat(raw).contains(",@SUM(A1:A2),").doesNotContain("'");
    // The sample's own formula-like cells
    csv.write(SampleSummit.summit(), dir);
    assertThat(Files.readString(dir.resolve("claims.csv"))).contains("\"'=HYPERLINK(\"\"http://evil\"\") is data");
    assertThat(Files.readString(dir.resolve("comparisons.csv"))).contains(",'+low,", ",'@high,");
    assertThat(Files.readString(dir.resolve("timeline_entries.csv"))).contains("\"'-fine tuning, private models\"");
  }

  @Test
  void byteOrderMarkIsOptional(@TempDir Path dir) throws Exception {
    CsvExporter withBom = CsvExporter.builder().byteOrderMark(true).build();
    withBom.write(SampleSummit.summit(), dir);
    byte[] bytes = Files.readAllBytes(dir.resolve("sessions.csv"));
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF, 'i', 'd');
    assertThat(Files.readString(dir.resolve("datapackage.json"))).contains("\"encoding\": \"utf-8-sig\"");
    assertThat(TabularPackage.load(dir).rows(CsvTable.SESSIONS)).hasSize(2);
    assertThat(withBom.write(SampleSummit.summit(), CsvTable.DAYS)).startsWith("\uFEFFnumber,");
    assertThat(csv.write(SampleSummit.summit(), CsvTable.DAYS)).startsWith("number,date,");
  }

  @Test
  void emptyTablesStillHaveTheirHeader() {
    String diagnostics = csv.write(SampleSummit.minimal(), CsvTable.DIAGNOSTICS);
    assertThat(diagnostics).isEqualTo("position,severity,code,message,document,line,column\r\n");
  }

  @Test
  void dataPackageDeclaresKeysForEveryTable() throws Exception {
    var descriptor = new com.fasterxml.jackson.databind.ObjectMapper().readTree(csv.dataPackage());
    assertThat(descriptor.get("profile").asText()).isEqualTo("tabular-data-package");
    assertThat(descriptor.get("resources")).hasSize(CsvTable.values().length);
    for (var resource : descriptor.get("resources")) {
      assertThat(resource.at("/schema/primaryKey")).as(resource.get("name").asText()).isNotEmpty();
    }
    var claims = descriptor.get("resources").get(CsvTable.CLAIMS.ordinal());
    assertThat(claims.get("path").asText()).isEqualTo("claims.csv");
    assertThat(claims.at("/schema/foreignKeys").toString())
        .contains("{\"fields\":[\"parent_id\"],\"reference\":{\"resource\":\"\",\"fields\":[\"id\"]}}")
        .contains("{\"fields\":[\"session_id\"],\"reference\":{\"resource\":\"sessions\",\"fields\":[\"id\"]}}");
    var quantities = descriptor.get("resources").get(CsvTable.QUANTITIES.ordinal());
    assertThat(quantities.at("/schema/fields/6/name").asText()).isEqualTo("value");
    assertThat(quantities.at("/schema/fields/6/type").asText()).isEqualTo("number");
    assertThat(new String(csv.dataPackage().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .endsWith("}\n");
  }
}
