package dev.summit.parser.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import dev.summit.model.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The streaming front matter reader gives what a YAML {@code ObjectMapper} tree gives, key for key, and fails
 * where it fails, at the same place.
 */
class FrontMatterYamlTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void readsTheCorpusFrontMatter() {
    String yaml = """
        title: "[정리] SK AI SUMMIT 키노트 정리 - Day1 오후"
        date: "2024-11-09"
        tags:
          - "Conference"
          - "Conference | SK-AI"
        year: "2024"
        """;
    Map<String, Object> read = new LinkedHashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    FrontMatterYaml.read(yaml, "post", read, diagnostics);
    assertThat(diagnostics).isEmpty();
    assertThat(read).containsExactly(
        Map.entry("title", "[정리] SK AI SUMMIT 키노트 정리 - Day1 오후"),
        Map.entry("date", "2024-11-09"),
        Map.entry("tags", List.of("Conference", "Conference | SK-AI")),
        Map.entry("year", "2024"));
  }

  @Test
  void readsScalarsAndStructuresAsText() {
    Map<String, Object> read = new LinkedHashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    FrontMatterYaml.read("year: 2024\nratio: 1.50\ndraft: yes\nnone: ~\nhex: 0x1F\n"
        + "author:\n  name: 김\n  links: [a, 2]\ntags: [x, {k: v}]\n", "post", read, diagnostics);
    assertThat(diagnostics).isEmpty();
    assertThat(read).containsExactly(
        Map.entry("year", "2024"), Map.entry("ratio", "1.5"), Map.entry("draft", "true"),
        Map.entry("none", "null"), Map.entry("hex", "31"),
        Map.entry("author", "{\"name\":\"김\",\"links\":[\"a\",2]}"),
        Map.entry("tags", List.of("x", "{\"k\":\"v\"}")));
  }

  @Test
  void reportsBrokenYamlWhereTheParserStopped() {
    Map<String, Object> read = new LinkedHashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    FrontMatterYaml.read("title: \"ok\"\ntags: [a, b\n", "post", read, diagnostics);
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("front-matter-invalid");
      assertThat(d.message()).startsWith("front matter is not valid YAML: ");
      assertThat(d.line()).isGreaterThanOrEqualTo(3);
    });
  }

  @Property(tries = 2000)
  void readsWhatTheObjectMapperReads(@ForAll("documents") String yaml) {
    assertSameAsMapper(yaml);
  }

  @Property(tries = 1000)
  void readsPlainDocumentsAsTheObjectMapperDoes(@ForAll("plainDocuments") String yaml) {
    assertSameAsMapper(yaml);
  }

  private static void assertSameAsMapper(String yaml) {
    Map<String, Object> read = new LinkedHashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    FrontMatterYaml.read(yaml, "post", read, diagnostics);
    JsonNode node;
    try {
      node = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      assertThat(diagnostics).as(yaml).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo("front-matter-invalid");
        assertThat(d.line()).isEqualTo(Math.max(1, e.getLocation().getLineNr()) + 1);
        assertThat(d.column()).isEqualTo(Math.max(1, e.getLocation().getColumnNr()));
      });
      return;
    }
    if (node != null && node.isObject()) {
      assertThat(diagnostics).as(yaml).isEmpty();
      assertThat(read).as(yaml).containsExactlyEntriesOf(mapperView(node));
    } else {
      assertThat(read).as(yaml).isEmpty();
      assertThat(diagnostics).as(yaml).hasSize(node == null || node.isMissingNode() || node.isNull() ? 0 : 1);
    }
  }

  /** Documents of the plain form, with any text in the quotes: with any text in the quotes. */
  @Provide
  Arbitrary<String> plainDocuments() {
    Arbitrary<String> keys = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCXYZ_0123456789")
        .ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> texts = Arbitraries.strings()
        .withChars(" :#-'|[]{}&*!%@`,?>=~.abcXYZ019가나다정리제목é∑ｆ\u00A0\u3000\t\"\\")
        .withCharRange('\uAC00', '\uAC40').ofMaxLength(20);
    Arbitrary<String> scalars = texts.map(t -> '"' + t + '"');
    Arbitrary<String> lines = Arbitraries.oneOf(
        keys.flatMap(k -> scalars.map(v -> k + ": " + v)),
        keys.flatMap(k -> Arbitraries.of("", "  ", "   ").flatMap(in -> scalars.list().ofMinSize(1).ofMaxSize(3)
            .map(vs -> {
              StringBuilder b = new StringBuilder(k).append(':');
              for (String v : vs) {
                b.append('\n').append(in).append("- ").append(v);
              }
              return b.toString();
            }))));
    return lines.list().ofMinSize(1).ofMaxSize(5).map(ls -> String.join("\n", ls) + "\n");
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> keys = Arbitraries.of("title", "date", "tags", "year", "source_url", "startDate", "a1", "_x",
        "1a", "Yes", "null", "on", "t-t", "키", "title ");
    Arbitrary<String> scalars = Arbitraries.of("\"x\"", "\"\"", "\" spaced \"", "\"a: b\"", "\"a # b\"",
        "\"[정리] 제목 - Day1\"", "\"2024-11-09\"", "\"true\"", "\"~\"", "\"1.50\"", "\"a'b\"", "\"tab\there\"",
        "\"\\u0041\"", "\"a\\\"b\"", "2024", "1.50", "true", "~", "plain text", "'single'", "\"unclosed",
        "\"é ü ∑ ｆｕｌｌ\"", "\"\uFEFF\"", "\"\u0085\"", "\"\uE000\"", "\"\uFFFD\"",
        "[a, 2]", "{k: [1, 2.5]}", "{}", "0x1F", "1e3", "-.inf", "&anchor x", "*anchor", "|\n  block\n  text");
    Arbitrary<String> indents = Arbitraries.of("", " ", "  ", "    ", "\t");
    Arbitrary<String> lines = Arbitraries.oneOf(
        Arbitraries.strings().withChars("x").ofLength(0).map(s -> ""),
        Arbitraries.of("# comment", "---", "- \"loose\"", "nested:\n  k: v\n  list: [1, b]"),
        keys.flatMap(k -> scalars.map(v -> k + ": " + v)),
        keys.flatMap(k -> indents.flatMap(in -> scalars.list().ofMinSize(0).ofMaxSize(3).map(vs -> {
          StringBuilder b = new StringBuilder(k).append(':');
          for (String v : vs) {
            b.append('\n').append(in).append("- ").append(v);
          }
          return b.toString();
        }))));
    return lines.list().ofMinSize(0).ofMaxSize(5).map(ls -> {
      StringBuilder b = new StringBuilder();
      for (String l : ls) {
        b.append(l).append('\n');
      }
      return b.toString();
    });
  }

  /** The mapper's tree as the reader renders it: scalars as text, structures as compact JSON. */
  private static Map<String, Object> mapperView(JsonNode node) {
    Map<String, Object> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      if (v.isArray()) {
        List<String> values = new ArrayList<>();
        v.forEach(x -> values.add(x.isValueNode() ? x.asText() : x.toString()));
        out.put(e.getKey(), List.copyOf(values));
      } else {
        out.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
      }
    });
    return out;
  }
}
