package dev.summit.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.model.Diagnostic;
import dev.summit.parser.ParseResult;
import dev.summit.parser.ParserLimits;
import dev.summit.parser.RecapParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Guarantee 2's limits: each one, when hit, gives a limit-exceeded diagnostic and a result, never a failure. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReliabilityLimitsTest {
  private static List<Diagnostic> limitDiagnostics(ParseResult r) {
    return r.diagnostics().stream().filter(d -> d.code().equals("limit-exceeded")).toList();
  }

  @Test
  void defaultsAreDocumented() {
    assertThat(ParserLimits.DEFAULT).isEqualTo(new ParserLimits(16 * 1024 * 1024, 64, 2_000));
    assertThat(RecapParser.builder().build().limits()).isEqualTo(ParserLimits.DEFAULT);
    assertThatThrownBy(() -> new ParserLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inputSizeLimitCutsAtACharacterBoundary() {
    byte[] post = Guard.corpus(Guard.AFTERNOON);
    RecapParser parser = RecapParser.builder().limits(new ParserLimits(20_000, 64, 2_000)).build();
    // every cut point within a few bytes, so some land inside a three-byte Hangul character
    for (int limit = 20_000; limit < 20_006; limit++) {
      RecapParser p = RecapParser.builder().limits(new ParserLimits(limit, 64, 2_000)).build();
      ParseResult r = Guard.run(() -> p.parse(post, "doc"), "limit " + limit, 30);
      Guard.assertSound(r, "limit " + limit);
      assertThat(limitDiagnostics(r)).hasSize(1);
      assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("invalid-utf8"));
      assertThat(r.hasErrors()).as("cut at %d", limit).isFalse();
    }
    String text = new String(post, StandardCharsets.UTF_8);
    assertThat(limitDiagnostics(parser.parse(text, "doc"))).hasSize(1);
    assertThat(limitDiagnostics(parser.parse(new ByteArrayInputStream(post), "doc"))).hasSize(1);
    assertThat(parser.parse(new ByteArrayInputStream(post), "doc").summit().sessions()).isNotEmpty();
  }

  @Test
  void nestingDepthLimit() {
    RecapParser parser = RecapParser.builder().limits(new ParserLimits(1 << 20, 3, 2_000)).build();
    ParseResult r = parser.parse("# T\n\n* a\n  * b\n    * c\n      * d\n        * e deep\n\n> > > > quoted\n", "doc");
    assertThat(limitDiagnostics(r)).hasSize(1).first().satisfies(d -> assertThat(d.line()).isBetween(3, 7));
    assertThat(r.summit().documents().get(0).content().toString()).contains("e deep").contains("quoted");
    // a list and its item are two levels
    ParseResult shallow = parser.parse("# T\n\n* a\n\n> b\n", "doc");
    assertThat(limitDiagnostics(shallow)).isEmpty();
  }

  /** Each quote, list and list item is one level: a bullet in a bullet is four levels deep. */
  @Test
  void nestingDepthCountsEveryQuoteListAndItem() {
    String bulletInBullet = "# T\n\n* a\n  * b\n";
    String quoteInQuote = "# T\n\n> > q\n";
    assertThat(limitDiagnostics(withDepth(4).parse(bulletInBullet, "doc"))).isEmpty();
    assertThat(limitDiagnostics(withDepth(3).parse(bulletInBullet, "doc"))).singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(4));
    assertThat(limitDiagnostics(withDepth(2).parse(quoteInQuote, "doc"))).isEmpty();
    assertThat(limitDiagnostics(withDepth(1).parse(quoteInQuote, "doc"))).singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(3));
    // past the limit the text is still there, as a paragraph
    assertThat(withDepth(3).parse(bulletInBullet, "doc").summit().documents().get(0).content().toString())
        .contains("b");
  }

  private static RecapParser withDepth(int depth) {
    return RecapParser.builder().limits(new ParserLimits(1 << 20, depth, 2_000)).build();
  }

  @Test
  void sessionLimit() {
    StringBuilder s = new StringBuilder("# Day 1\n\n");
    for (int i = 1; i <= 12; i++) {
      s.append("**").append(i).append(". Talk ").append(i).append("**\n\n* 발표자: Speaker ").append(i)
          .append(" (Org)\n\nbody ").append(i).append("\n\n");
    }
    RecapParser parser = RecapParser.builder().limits(new ParserLimits(1 << 20, 64, 5)).build();
    ParseResult r = parser.parse(s.toString(), "doc");
    assertThat(r.summit().sessions()).hasSize(5);
    assertThat(limitDiagnostics(r)).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(33); // "**6. Talk 6**": six lines a session, after two of heading
      assertThat(d.message()).isEqualTo("12 session headers, more than the limit of 5: the last 7, from line 33"
          + " on, are read as content of the session before, not as sessions");
    });
    // the sessions past the limit are still read, as content of the last one: nothing is lost
    assertThat(r.summit().sessions().get(4).toString()).contains("Talk 12").contains("body 12");
    assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("unmapped-content"));
  }
}
