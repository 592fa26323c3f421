package dev.summit.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.export.internal.MarkdownEscaper;
import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableSession;
import dev.summit.model.ImmutableSummit;
import dev.summit.model.Session;
import dev.summit.model.SessionKind;
import dev.summit.model.Summit;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {
  private final MarkdownExporter markdown = MarkdownExporter.create();

  /** Texts that would be structure if written as they are. */
  static final List<String> HOSTILE = List.of(
      "# not a heading",
      "## also not a heading ##",
      "> not a quote",
      "1. not an ordered list",
      "2) not one either",
      "| not | a | table |",
      "- not a nested bullet",
      "+ nor this",
      "* nor this",
      "---",
      "===",
      "`not code`",
      "**not bold** and _not emphasis_",
      "[not a link](https://example.org) ![not an image](x.png)",
      "<b>not html</b> <https://example.org>",
      "&amp; stays as written, &#65; too",
      "~~not struck~~",
      "a backslash at the end \\",
      "    four spaces are not code",
      "2024년 11월, 50% of 3,000 — fine as it is",
      SampleSummit.EMOJI);

  @Test
  void sampleMatchesGoldenFile() {
    Golden.assertMatches(markdown.write(SampleSummit.summit()), "sample.md");
  }

  @Test
  void hostileClaimsStayClaimsForCommonMark() {
    Summit summit = withClaims(HOSTILE);
    String md = markdown.write(summit);
    Node doc = Parser.builder().build().parse(md);
    List<String> items = bulletTexts(doc);
    assertThat(items).containsSubsequence(HOSTILE.stream().map(MarkdownEscaper::flatten).toList());
  }

  @Test
  void hostileClaimsStayClaimsForTheParser() {
    Summit summit = withClaims(HOSTILE);
    Summit again = Corpus.parser().parse(markdown.write(summit), "hostile").summit();
    assertThat(again.sessions()).hasSize(1);
    Session session = again.sessions().get(0);
    assertThat(session.title()).isEqualTo("Hostile # content > test");
    assertThat(session.sections()).isEmpty();
    assertThat(session.claims()).extracting(Claim::text)
        .containsExactlyElementsOf(HOSTILE.stream().map(MarkdownEscaper::flatten).toList());
  }

  @Test
  void writesTheRecapShape() {
    String md = markdown.write(SampleSummit.summit());
    assertThat(md).startsWith("---\ntitle: \"[정리] Sample, \\\"quoted\\\" post\"\ndate: \"2024-11-09\"\n")
        .contains("\n# \\[정리\\] Sample, \"quoted\" post\n")
        .contains("\n원본 게시글: https://example.org/posts/sample\n")
        .contains("\n**1. AI, \"quotes\" and commas, of course**\n\n* **발표자:** Rani Borkar (Microsoft CVP)\n")
        .contains("\n* **참여자:** 유영상 (SK텔레콤 CEO), 오혜연 (KAIST 교수, Moderator)\n")
        .contains("\n## 1. AI, \"quotes\" and commas, of course\n\n> * **발표자:** Rani Borkar (Microsoft CVP)\n"
            + "> * **영어 제목:** AI: the Road Ahead\n> * **시간:** 09:30 - 10:00\n")
        .contains("\n### 1. Apollo \\& the Era of AI\n")
        .contains("\n#### 1.1. Speed\n")
        .contains("\n> 💡 **Moore's Law?**\n>\n> * Transistor counts double about every 2 years.\n")
        .contains("\n![Stage, wide shot](https://example.org/img/keynote.png)\n\n> 이미지 출처 : SK Group\n")
        .contains("\n| 특성 | AI native app | AI agent |\n| --- | --- | --- |\n| Goal | a feature \\| one task |")
        .contains("\n> (후기) A good talk 😎\n")
        .contains("\n> (개인 의견) Agents are coming, slowly.\n")
        .contains("\n[Claude \\| Computer use](https://youtu.be/ODaHJzOyVCQ)\n")
        .contains("\n* In 1962, 400,000 people worked on Apollo; costs rose 50%.\n"
            + "  * \\# not a heading, \\> not a quote, 1. not a list \\| not a table\n");
    // keywords are marked as code where they first occur; none occurs in the sample's claims
    assertThat(md).doesNotContain("`속도`");
    // derived tables and timelines are left to the parser to derive again
    assertThat(md).doesNotContain("Lambda").doesNotContain("GPU shortage");
  }

  @Test
  void streamAndAppendableGiveTheSameUtf8Text() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    markdown.write(SampleSummit.summit(), out);
    StringBuilder sb = new StringBuilder();
    markdown.write(SampleSummit.summit(), sb);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(sb.toString())
        .isEqualTo(markdown.write(SampleSummit.summit()));
    assertThat(out.toByteArray()[0]).isEqualTo((byte) '-');
  }

  static Summit withClaims(List<String> texts) {
    return ImmutableSummit.builder()
        .addSessions(ImmutableSession.builder().id("d1-s01").day(1).number(1).title("Hostile # content > test")
            .kind(SessionKind.KEYNOTE).summary("Escaping, checked.")
            .addAllContent(IntStream.range(0, texts.size()).mapToObj(i -> (dev.summit.model.Content)
                ImmutableClaim.builder().id("c" + i).text(texts.get(i)).kind(ClaimKind.SPEAKER).sectionPath("")
                    .source(SampleSummit.at(i + 1, i + 1)).build()).toList())
            .source(SampleSummit.at(1, texts.size())).build())
        .build();
  }

  /** The literal text of every bullet list item's first paragraph. */
  static List<String> bulletTexts(Node doc) {
    List<String> out = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(ListItem item) {
        if (item.getParent() instanceof BulletList && item.getFirstChild() instanceof Paragraph p) {
          StringBuilder sb = new StringBuilder();
          for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
              sb.append(t.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
              sb.append(' ');
            } else if (n instanceof Code c) {
              sb.append(c.getLiteral());
            } else {
              sb.append("<").append(n.getClass().getSimpleName()).append(">");
            }
          }
          out.add(sb.toString());
        }
        visitChildren(item);
      }
    });
    return out;
  }
}
