package dev.summit.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.parser.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Guarantee 3: the same post written differently gives the same model, provenance aside. */
class ReliabilityFormatInvarianceTest {
  private static final Map<String, String> BASE_FORM = new ConcurrentHashMap<>();

  @Provide
  Arbitrary<String> posts() {
    return Arbitraries.of(Guard.AFTERNOON, Guard.MORNING);
  }

  @Provide
  Arbitrary<Rewriter.Style> styles() {
    return Combinators.combine(
        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.of("*-+", "-+*", "+*-", "*+-", "-*+", "+-*"), Arbitraries.of(true, false),
        Arbitraries.longs().between(0, 1000), Arbitraries.of("\n", "\r\n", "\r"), Arbitraries.of(true, false))
        .as(Rewriter.Style::new);
  }

  static String form(byte[] bytes) {
    ParseResult r = Guard.PARSER.parse(bytes, "post");
    return ModelForm.of(r.summit());
  }

  static String baseForm(String id) {
    return BASE_FORM.computeIfAbsent(id, k -> form(Guard.corpus(k)));
  }

  @Property(tries = 20)
  void rewritesKeepTheModel(@ForAll("posts") String id, @ForAll("styles") Rewriter.Style style) {
    byte[] rewritten = Rewriter.rewrite(Rewriter.base(Guard.corpus(id)), style);
    assertThat(form(rewritten)).as("%s written as %s", id, style).isEqualTo(baseForm(id));
  }

  /** Each rewrite alone, so that a failure names the rewrite. */
  @Example
  void eachRewriteAlone() {
    List<Rewriter.Style> singles = List.of(
        new Rewriter.Style(true, false, false, "*-+", false, 0, "\n", false),
        new Rewriter.Style(false, true, false, "*-+", false, 0, "\n", false),
        new Rewriter.Style(false, false, true, "*-+", false, 0, "\n", false),
        new Rewriter.Style(false, false, false, "-+*", false, 0, "\n", false),
        new Rewriter.Style(false, false, false, "+*-", false, 0, "\n", false),
        new Rewriter.Style(false, false, false, "*-+", true, 0, "\n", false),
        new Rewriter.Style(false, false, false, "*-+", false, 7, "\n", false),
        new Rewriter.Style(false, false, false, "*-+", false, 0, "\r\n", true),
        new Rewriter.Style(false, false, false, "*-+", false, 0, "\r", false));
    for (String id : List.of(Guard.AFTERNOON, Guard.MORNING)) {
      String base = Rewriter.base(Guard.corpus(id));
      for (Rewriter.Style style : singles) {
        byte[] rewritten = Rewriter.rewrite(base, style);
        assertThat(new String(rewritten, StandardCharsets.UTF_8)).as("rewrite is a no-op: %s", style)
            .isNotEqualTo(base);
        assertThat(form(rewritten)).as("%s written as %s", id, style).isEqualTo(baseForm(id));
      }
    }
  }
}
