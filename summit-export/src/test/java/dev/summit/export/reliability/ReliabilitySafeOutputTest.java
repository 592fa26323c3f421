package dev.summit.export.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.summit.export.CsvExporter;
import dev.summit.export.CsvTable;
import dev.summit.export.JsonExporter;
import dev.summit.export.JsonReader;
import dev.summit.export.MarkdownExporter;
import dev.summit.export.ProvenanceFreeJson;
import dev.summit.model.ClaimKind;
import dev.summit.model.DocumentFormat;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableImage;
import dev.summit.model.ImmutableLink;
import dev.summit.model.ImmutableParticipant;
import dev.summit.model.ImmutableReview;
import dev.summit.model.ImmutableSection;
import dev.summit.model.ImmutableSession;
import dev.summit.model.ImmutableSourceDocument;
import dev.summit.model.ImmutableSpeaker;
import dev.summit.model.ImmutableSummit;
import dev.summit.model.Diagnostic;
import dev.summit.model.Provenance;
import dev.summit.model.ReviewKind;
import dev.summit.model.Role;
import dev.summit.model.SessionKind;
import dev.summit.model.Severity;
import dev.summit.model.Summit;
import dev.summit.parser.ParseResult;
import dev.summit.parser.RecapParser;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Guarantee 5: whatever the text, JSON stays valid, no CSV cell can run as a formula, and the Markdown export
 * re-reads to the same model.
 */
class ReliabilitySafeOutputTest {
  static final RecapParser PARSER = RecapParser.builder().build();
  static final String[] NASTY = {"=1+2", "+SUM(A1)", "-2+3+cmd|' /C calc'!A0", "@SUM(1)", "\t=1", "\r=1", "＝1+1",
      "**", "*", "_", "__x__", "#", "# h", "> q", "1. x", "2) y", "- z", "+ w", "---", "===", "|", "| a | b |", "`", "```",
      "~~~", "\\", "\\*", "[a](http://x)", "![i](x.png)", "[ref]", "<script>alert(1)</script>", "<b>", "</div>",
      "<!--", "&amp;", "&#0;", "&lt;", "\u202E", "\u200F", "\u200D", "👩‍👩‍👧‍👦", "\uFEFF", "\u00A0", "\u2028", "\"",
      "'", ",", ";", "\n", "\r\n", "  ", "발표자:", "내용: x", "(후기)", "이미지 출처:", "💡", "1.2.3", "09:00 - 10:00:"};

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(NASTY),
        Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
    return fragment.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }

  /** Hostile text only: what a recap post can carry (no control characters, which the reader replaces). */
  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.of(NASTY).filter(s -> !s.contains("\n") && !s.contains("\r") && !s.equals("\u2028")),
        Arbitraries.strings().alpha().numeric().withChars("가나다 ").ofMinLength(1).ofMaxLength(8));
    return fragment.list().ofMinSize(1).ofMaxSize(5).map(l -> "글 " + String.join(" ", l) + " 끝");
  }

  static Summit summit(String a, String b, String c) {
    Provenance p = Provenance.of("doc", 1, 1);
    return ImmutableSummit.builder()
        .name(a)
        .venue(b)
        .addDocuments(ImmutableSourceDocument.builder().id("doc").title(c).contentHash("00").format(
            DocumentFormat.MARKDOWN).lineCount(1).sourceUrl(b).addTags(a, c).build())
        .addSpeakers(ImmutableSpeaker.builder().id("s-" + Integer.toHexString(a.hashCode())).name(a)
            .organization(b).position(c).addAliases(c).source(p).build())
        .addSessions(ImmutableSession.builder().id("s01").number(1).title(a).englishTitle(b).summary(c)
            .kind(SessionKind.KEYNOTE).track(c).source(p).addKeywords(a, b)
            .addParticipants(ImmutableParticipant.builder().speakerId("s-" + Integer.toHexString(a.hashCode()))
                .name(a).role(Role.SPEAKER).affiliation(b).source(p).build())
            .addContent(ImmutableClaim.builder().id("s01-c001").text(b).kind(ClaimKind.SPEAKER).sectionPath("")
                .source(p).build())
            .addContent(ImmutableImage.builder().url(c).alt(a).credit(b).source(p).build())
            .addContent(ImmutableLink.builder().url(a).text(c).source(p).build())
            .addContent(ImmutableReview.builder().kind(ReviewKind.REVIEW).text(a).source(p).build())
            .addSections(ImmutableSection.builder().number("1").title(c).source(p)
                .addContent(ImmutableClaim.builder().id("s01-c002").text(c).kind(ClaimKind.AUTHOR).sectionPath("1")
                    .source(p).build())
                .build())
            .build())
        .addDiagnostics(Diagnostic.of(Severity.WARNING, "x-y", a + b + c, "doc", 1, 1))
        .build();
  }

  // ---- JSON ----------------------------------------------------------------------------------------------

  @Property(tries = 150)
  void jsonIsAlwaysValid(@ForAll("hostile") String a, @ForAll("hostile") String b, @ForAll("hostile") String c)
      throws Exception {
    String json = JsonExporter.create().write(summit(a, b, c));
    assertValidJson(json);
    assertValidJson(dev.summit.export.JsonLdExporter.create().write(summit(a, b, c)));
    assertThat(JsonReader.create().read(json).sessions()).hasSize(1);
  }

  /** The bytes written to a stream are the String's UTF-8, in both layouts (the byte path has its own encoding). */
  @Property(tries = 150)
  void jsonBytesAreTheTextAsUtf8(@ForAll("hostile") String a, @ForAll("hostile") String b,
      @ForAll("hostile") String c) {
    Summit s = summit(a, b, c);
    for (JsonExporter json : List.of(JsonExporter.create(),
        JsonExporter.create().withLayout(JsonExporter.Layout.COMPACT))) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      json.write(s, bytes);
      String text = json.write(s);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
      assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  static void assertValidJson(String json) throws Exception {
    // encodable as strict UTF-8: no lone surrogate reaches the output
    StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(json));
    for (int i = 0; i < json.length(); i++) {
      char ch = json.charAt(i);
      assertThat(ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t').as("raw control char U+%04X at %d",
          (int) ch, i).isFalse();
    }
    ObjectMapper strict = new ObjectMapper();
    strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode tree = strict.readTree(json);
    assertThat(tree).isNotNull();
  }

  // ---- CSV -----------------------------------------------------------------------------------------------

  @Property(tries = 100)
  void noCsvCellCanRunAsAFormula(@ForAll("hostile") String a, @ForAll("hostile") String b,
      @ForAll("hostile") String c) throws Exception {
    Summit s = summit(a, b, c);
    CsvExporter exporter = CsvExporter.create();
    for (CsvTable table : CsvTable.values()) {
      String csv = exporter.write(s, table);
      CsvSchema schema = CsvExporter.schema(table);
      List<String> text = new ArrayList<>();
      schema.forEach(col -> {
        if (col.getType() == CsvSchema.ColumnType.STRING) {
          text.add(col.getName());
        }
      });
      CsvMapper mapper = new CsvMapper();
      try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
          .with(CsvSchema.emptySchema().withHeader()).readValues(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)) {
        while (rows.hasNext()) {
          Map<String, String> row = rows.next();
          for (String col : text) {
            String cell = row.get(col);
            assertThat(dangerous(cell)).as("%s.%s = %s", table, col, cell).isFalse();
          }
        }
      }
    }
  }

  /** OWASP's formula triggers. */
  static boolean dangerous(String cell) {
    if (cell == null || cell.isEmpty()) {
      return false;
    }
    return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
  }

  // ---- Markdown ------------------------------------------------------------------------------------------

  static String post(String title, String speaker, String summary, String claim, String nested, String section) {
    return "# Day 1 오후\n\n**1. " + title + "**\n\n* **발표자:** " + speaker + " (Org " + summary + ")\n"
        + "* **내용:** " + summary + "\n\n* " + claim + "\n  + " + nested + "\n\n**1. " + section + "**\n\n"
        + claim + " " + nested + "\n";
  }

  @Property(tries = 60)
  void markdownRoundTripHoldsForHostileText(@ForAll("hostileText") String a, @ForAll("hostileText") String b,
      @ForAll("hostileText") String c, @ForAll("hostileText") String d) throws Exception {
    Summit original = PARSER.parse(post(a, "김 철수", b, c, d, a), "doc").summit();
    String markdown = MarkdownExporter.create().write(original);
    ParseResult again = PARSER.parse(markdown, "doc");
    assertThat(ProvenanceFreeJson.of(again.summit()).toPrettyString()).as("markdown:\n%s", markdown)
        .isEqualTo(ProvenanceFreeJson.of(original).toPrettyString());
    assertValidJson(JsonExporter.create().write(again.summit()));
  }

}
