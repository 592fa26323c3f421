package dev.summit.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link JsonText} writes exactly what the generator writes for {@code writeString(WellFormedText.of(s))}. */
class JsonTextTest {
  static final List<String> HOSTILE = List.of("", "a", "발표자: 홍길동", "1962년, \"우리는 달에 가기로 선택했다\"",
      "back\\slash", "tab\there", "line\nbreak\r\n", "\u0000\u0001\u001F\u007F", "\u2028\u2029", "\u00A0\u00E9\u07FF\u0800",
      "💡 emoji pair", "👩‍👩‍👧‍👦", "lone high \uD83D end", "lone low \uDCA1 end", "\uDCA1\uD83D", "\uD83D", "?", "물음표?",
      "물음표? 그리고 \uD800", "\uFFFD\uFFFE\uFFFF", "\uFEFF", "</script>", "a/b", "한".repeat(5000),
      "\"".repeat(3000) + "가", "💡".repeat(3000));

  @Example
  void writesWhatJacksonWritesForHostileText() throws IOException {
    for (String s : HOSTILE) {
      assertSame(s);
    }
  }

  @Property(tries = 500)
  void writesWhatJacksonWritesForAnyText(@ForAll("text") String s) throws IOException {
    assertSame(s);
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(HOSTILE.subList(0, HOSTILE.size() - 3)),
        Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('\uAC00', '\uD7A3').withChars(" ?\"\\\n").ofMinLength(1).ofMaxLength(20),
        Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMinLength(1).ofMaxLength(3));
    return fragment.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }

  @Example
  void onlyPlainUtf8GeneratorsCanWriteIt() throws IOException {
    try (JsonGenerator pretty = Mappers.prettyGenerator(new ByteArrayOutputStream());
        JsonGenerator compact = Mappers.compactGenerator(new ByteArrayOutputStream());
        JsonGenerator chars = Mappers.prettyGenerator(new StringWriter());
        JsonGenerator tokens = new TokenBuffer(Mappers.json(), false);
        JsonGenerator asciiOnly = Mappers.json().getFactory().createGenerator(new ByteArrayOutputStream())
            .enable(JsonGenerator.Feature.ESCAPE_NON_ASCII)) {
      assertThat(JsonText.canWrite(pretty)).isTrue();
      assertThat(JsonText.canWrite(compact)).isTrue();
      assertThat(JsonText.canWrite(chars)).isFalse();
      assertThat(JsonText.canWrite(tokens)).isFalse();
      assertThat(JsonText.canWrite(asciiOnly)).isFalse();
    }
  }

  /** Both layouts, as array values (written twice, as the flat claims view does) and as a field value. */
  private static void assertSame(String s) throws IOException {
    for (boolean pretty : new boolean[] {true, false}) {
      assertThat(write(s, pretty, true)).as("%s (pretty %s)", escaped(s), pretty)
          .isEqualTo(write(s, pretty, false));
    }
  }

  private static String write(String s, boolean pretty, boolean viaJsonText) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = pretty ? Mappers.prettyGenerator(out) : Mappers.compactGenerator(out)) {
      assertThat(JsonText.canWrite(g)).isTrue();
      JsonText text = JsonText.of(s);
      g.writeStartObject();
      g.writeFieldName(new SerializedString("values"));
      g.writeStartArray();
      for (int i = 0; i < 2; i++) {
        if (viaJsonText) {
          text.writeTo(g);
        } else {
          g.writeString(WellFormedText.of(s));
        }
        g.writeNumber(i);
      }
      g.writeEndArray();
      g.writeFieldName("value");
      if (viaJsonText) {
        text.writeTo(g);
      } else {
        g.writeString(WellFormedText.of(s));
      }
      g.writeEndObject();
    }
    // compared as text so that a failure shows where; the bytes must also be well-formed UTF-8
    byte[] bytes = out.toByteArray();
    String decoded = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    assertThat(decoded.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    return decoded;
  }

  private static String escaped(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().limit(200).forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return sb.toString();
  }
}
