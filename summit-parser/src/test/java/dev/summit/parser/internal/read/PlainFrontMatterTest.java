package dev.summit.parser.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** The plain front matter reader gives the YAML parser's answer, or none. */
class PlainFrontMatterTest {
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
    Map<String, Object> read = PlainFrontMatter.read(yaml);
    assertThat(read).containsExactly(
        Map.entry("title", "[정리] SK AI SUMMIT 키노트 정리 - Day1 오후"),
        Map.entry("date", "2024-11-09"),
        Map.entry("tags", List.of("Conference", "Conference | SK-AI")),
        Map.entry("year", "2024"));
    assertThat(read).isEqualTo(yaml(yaml));
  }

  @Test
  void leavesOtherYamlToTheYamlParser() {
    for (String yaml : List.of("", "title: plain\n", "year: 2024\n", "title: 'single'\n", "title: \"a\\\"b\"\n",
        "a: \"x\"\n\nb: \"y\"\n", "# comment\na: \"x\"\n", "a: \"x\"\na: \"y\"\n", "yes: \"x\"\n", "tags:\n",
        "a: \"x\" # note\n", "a:  \"x\"\n", "  a: \"x\"\n", "tags:\n  - \"a\"\n    - \"b\"\n", "a: \"😀\"\n",
        "a:\n  b: \"x\"\n")) {
      assertThat(PlainFrontMatter.read(yaml)).as(yaml).isNull();
    }
  }

  @Property(tries = 2000)
  void whenItAnswersItIsTheYamlParsersAnswer(@ForAll("documents") String yaml) {
    Map<String, Object> plain = PlainFrontMatter.read(yaml);
    Statistics.label("plain").collect(plain != null);
    if (plain != null) {
      assertThat(plain).isEqualTo(yaml(yaml));
    }
  }

  @Property(tries = 1000)
  void plainDocumentsAreReadAsTheYamlParserReadsThem(@ForAll("plainDocuments") String yaml) {
    Map<String, Object> plain = PlainFrontMatter.read(yaml);
    Statistics.label("plain").collect(plain != null);
    if (plain != null) {
      assertThat(plain).isEqualTo(yaml(yaml));
    }
  }

  /** Documents of the plain form, with any text in the quotes: the reader should take most of them. */
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
        "\"é ü ∑ ｆｕｌｌ\"", "\"\uFEFF\"", "\"\u0085\"", "\"\uE000\"", "\"\uFFFD\"");
    Arbitrary<String> indents = Arbitraries.of("", " ", "  ", "    ", "\t");
    Arbitrary<String> lines = Arbitraries.oneOf(
        Arbitraries.strings().withChars("x").ofLength(0).map(s -> ""),
        Arbitraries.of("# comment", "---", "- \"loose\""),
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

  /** What the YAML parser makes of a mapping, converted as {@link SourceReader} converts it; null if no mapping. */
  private static Map<String, Object> yaml(String yaml) {
    JsonNode node;
    try {
      node = YAML.readTree(yaml);
    } catch (Exception e) {
      return null;
    }
    if (node == null || !node.isObject()) {
      return null;
    }
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
