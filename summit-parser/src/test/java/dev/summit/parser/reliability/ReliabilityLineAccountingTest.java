package dev.summit.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Diagnostic;
import dev.summit.parser.ParseResult;
import dev.summit.parser.ParserLimits;
import dev.summit.parser.internal.Pipeline;
import dev.summit.parser.internal.assemble.LineAccounting;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Guarantee 4: every non-blank line is mapped to a model element or listed as unmapped content. */
class ReliabilityLineAccountingTest {
  private static final Pipeline PIPELINE = new Pipeline(ParserLimits.DEFAULT);

  static LineAccounting.Report report(byte[] bytes, String id) {
    return LineAccounting.account(PIPELINE.read(bytes, id, id + ".md", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {Guard.AFTERNOON, Guard.MORNING})
  void corpusPostsAreFullyAccounted(String id) {
    byte[] bytes = Guard.corpus(id);
    LineAccounting.Report r = report(bytes, id);
    ParseResult parsed = Guard.PARSER.parse(bytes, id);
    List<Diagnostic> unmapped = parsed.diagnostics().stream()
        .filter(d -> d.code().equals("unmapped-content")).toList();
    String raw = new String(bytes, StandardCharsets.UTF_8);
    long rawNonBlank = raw.lines().filter(l -> !l.replace("\uFEFF", "").isBlank()).count();
    System.out.printf("line accounting %s: %d of %d non-blank lines mapped, %d unmapped in %d runs "
        + "(raw file: %d non-blank lines incl. front matter)%n", id, r.covered(), r.nonBlank(),
        r.unmappedLines(), r.unmapped().size(), rawNonBlank);
    unmapped.forEach(d -> System.out.println("  " + d));
    // 100% accounting: mapped plus listed is every non-blank line, and each run has its diagnostic
    assertThat(r.covered() + r.unmappedLines()).isEqualTo(r.nonBlank());
    assertThat(unmapped).hasSize(r.unmapped().size());
    assertThat(unmapped).extracting(Diagnostic::line).containsExactlyElementsOf(
        r.unmapped().stream().map(run -> run[0]).toList());
  }

  @Test
  void aPlainPostIsFullyMapped() {
    String post = "# T\n\n**1. Talk**\n\n* 발표자: A (B)\n* 내용: about\n\n본문 한 줄.\n\n* * *\n\n>\n";
    LineAccounting.Report r = report(post.getBytes(StandardCharsets.UTF_8), "doc");
    assertThat(r.unmappedLines()).isZero();
    assertThat(r.nonBlank()).isEqualTo(6);
  }

  @Test
  void contentTheModelDropsIsListed() {
    // an empty list item and an empty heading carry markup but no content
    String post = "# T\n\n**1. Talk**\n\n* 발표자: A (B)\n\n본문.\n\n*\n\n##\n\n[ref]: http://x\n";
    ParseResult r = Guard.PARSER.parse(post, "doc");
    List<Integer> lines = r.diagnostics().stream().filter(d -> d.code().equals("unmapped-content"))
        .map(Diagnostic::line).toList();
    assertThat(lines).contains(13);
    LineAccounting.Report rep = report(post.getBytes(StandardCharsets.UTF_8), "doc");
    assertThat(rep.covered() + rep.unmappedLines()).isEqualTo(rep.nonBlank());
  }
}
