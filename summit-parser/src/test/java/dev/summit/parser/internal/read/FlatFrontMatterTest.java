package dev.summit.parser.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * {@link FlatFrontMatter} reads the flat front matter posts write without a YAML parser: where it answers, it
 * must answer what Jackson's reading ({@link FrontMatterYaml#readWithJackson}, the plain form) does, and
 * {@link FrontMatterYaml#read} must equal Jackson's reading whichever path it takes.
 */
class FlatFrontMatterTest {
  private static final String CORPUS = """
      title: "[정리] SK AI SUMMIT 키노트 정리 - Day1 오후"
      date: "2024-11-09"
      tags:
        - "Conference"
        - "Conference | SK-AI"
      year: "2024"
      """;

  @Test
  void readsTheCorpusFrontMatterWithoutJackson() {
    Map<String, Object> flat = FlatFrontMatter.read(CORPUS);
    assertThat(flat).isNotNull();
    assertThat(flat).containsExactly(
        Map.entry("title", "[정리] SK AI SUMMIT 키노트 정리 - Day1 오후"),
        Map.entry("date", "2024-11-09"),
        Map.entry("tags", List.of("Conference", "Conference | SK-AI")),
        Map.entry("year", "2024"));
    assertThat(flat).isEqualTo(jackson(CORPUS).map);
  }

  @Test
  void leavesEverythingElseToJackson() {
    for (String yaml : List.of("", "title: plain\n", "year: 2024\n", "title: \"a\\\"b\"\n", "title: 'single'\n",
        "tags:\n", "title: \"a\" # comment\n", "# comment\ntitle: \"a\"\n", "title: \"a\"\n\ndate: \"b\"\n",
        "title: \"a\"\ntitle: \"b\"\n", "tags:\n  - \"a\"\n   - \"b\"\n", "tags: [\"a\"]\n", "title:\"a\"\n",
        "title: \"tab\there\"\n", "title: \"line\u2028sep\"\n", "title: \"a\"", "  title: \"a\"\n",
        "event:\n  name: \"x\"\n", "title: \"a\nb\"\n")) {
      assertThat(FlatFrontMatter.read(yaml)).as(yaml).isNull();
    }
  }

  @Property(tries = 5000)
  void answersWhatJacksonAnswers(@ForAll("frontMatter") String yaml) {
    Map<String, Object> flat = FlatFrontMatter.read(yaml);
    Statistics.collect(flat != null ? "flat" : "to Jackson");
    Statistics.coverage(coverage -> coverage.check("flat").percentage(p -> p >= 5));
    Result jackson = jackson(yaml);
    if (flat != null) {
      assertThat(jackson.diagnostics).as(yaml).isEmpty();
      assertThat(flat).as(yaml).isEqualTo(jackson.map);
      assertThat(List.copyOf(flat.keySet())).as(yaml).isEqualTo(List.copyOf(jackson.map.keySet()));
    }
    Map<String, Object> read = new LinkedHashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    FrontMatterYaml.read(yaml, "post", read, diagnostics);
    assertThat(read).as(yaml).isEqualTo(jackson.map);
    assertThat(List.copyOf(read.keySet())).as(yaml).isEqualTo(List.copyOf(jackson.map.keySet()));
    assertThat(diagnostics).as(yaml).isEqualTo(jackson.diagnostics);
  }

  /** Lines mostly of the flat shape, with near misses: other quoting, escapes, odd chars, spacing, nesting. */
  @Provide
  Arbitrary<String> frontMatter() {
    Arbitrary<String> key = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("title", "date", "tags", "year", "a-b", "x_1", "null", "true", "Title", "y",
            "source_url", "canonical", "event", "venue", "startDate", "endDate")),
        Tuple.of(1, Arbitraries.of("1st", "-k", "k k", "", "키")));
    Arbitrary<String> colon = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(": ", ":  ")), Tuple.of(1, Arbitraries.of(":", " : ", ":\t")));
    Arbitrary<String> value = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("\"v\"", "\"한글 제목 [정리]\"", "\"\"", "\" spaced \"", "\"null\"",
            "\"123\"", "\"true\"", "\"~\"", "\"a: b\"", "\"# c\"", "\"é ü\"", "\"🚀\"", "\"\u00A0\"",
            "\"a\" ", "\"\uFFFD\"", "\"*&!|>%@`'\"", "\"- x\"", "\"2024-11-09\"", "\"Conference | SK-AI\"")),
        Tuple.of(2, Arbitraries.of("\"\\n\"", "\"a\\\"b\"", "plain", "123", "2024-11-09", "'single'",
            "\"tab\there\"", "\"\u2028\"", "\"\u0085\"", "\"\uFEFF\"", "\"\u007F\"", "\"a\" #c",
            "\"a\"\"b\"", "\"unclosed", "[\"a\", \"b\"]", "{k: \"v\"}", "\"\uD83D\"", "", "~", "null")));
    Arbitrary<String> dash = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("  - ", "- ", "    - ", "  -  ")), Tuple.of(1, Arbitraries.of("  -", " -\t")));
    Arbitrary<String> item = dash.flatMap(d -> value.map(v -> d + v + "\n"));
    Arbitrary<String> line = Arbitraries.frequencyOf(
        Tuple.of(12, key.flatMap(k -> colon.flatMap(c -> value.map(v -> k + c + v + "\n")))),
        Tuple.of(4, key.flatMap(k -> item.list().ofMaxSize(3).map(items -> k + ":\n" + String.join("", items)))),
        Tuple.of(1, Arbitraries.of("\n", "# comment\n", "  nested: \"x\"\n", "---\n", "title: \"a\"")));
    return line.list().ofMaxSize(5).map(lines -> String.join("", lines));
  }

  private record Result(Map<String, Object> map, List<Diagnostic> diagnostics) {}

  private static Result jackson(String yaml) {
    Map<String, Object> map = new LinkedHashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    FrontMatterYaml.readWithJackson(yaml, "post", map, diagnostics);
    return new Result(map, diagnostics);
  }
}
