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
  void authorClaimsAfterACreditOrAReviewKeepTheirKindForTheParser() {
    Session session = ImmutableSession.builder().id("d1-s01").day(1).number(1).title("Kinds")
        .kind(SessionKind.KEYNOTE).summary("Who says what.")
        .addContent(claim("c1", "The speaker says this.", ClaimKind.SPEAKER, 1))
        .addContent(dev.summit.model.ImmutableImage.builder().url("https://example.org/a.png").alt("chart")
            .credit("SK 뉴스룸").source(SampleSummit.at(2, 3)).build())
        .addContent(claim("c2", "The author adds a link to the source.", ClaimKind.AUTHOR, 4))
        .addContent(dev.summit.model.ImmutableReview.builder().kind(dev.summit.model.ReviewKind.REVIEW)
            .text("Good talk.").source(SampleSummit.at(5, 5)).build())
        .addContent(claim("c3", "And the author goes on.", ClaimKind.AUTHOR, 6))
        .addContent(claim("c4", "Back to the speaker.", ClaimKind.SPEAKER, 7))
        .source(SampleSummit.at(1, 7)).build();
    Summit summit = ImmutableSummit.builder().addSessions(session).build();
    Session again = Corpus.parser().parse(markdown.write(summit), "kinds").summit().sessions().get(0);
    assertThat(again.content()).extracting(c -> c.type().name())
        .containsExactly("CLAIM", "IMAGE", "CLAIM", "REVIEW", "CLAIM", "CLAIM");
    assertThat(again.claims()).extracting(Claim::text, Claim::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("The speaker says this.", ClaimKind.SPEAKER),
        org.assertj.core.groups.Tuple.tuple("The author adds a link to the source.", ClaimKind.AUTHOR),
        org.assertj.core.groups.Tuple.tuple("And the author goes on.", ClaimKind.AUTHOR),
        org.assertj.core.groups.Tuple.tuple("Back to the speaker.", ClaimKind.SPEAKER));
    assertThat(again.images().get(0).credit()).contains("SK 뉴스룸");
  }

  private static Claim claim(String id, String text, ClaimKind kind, int line) {
    return ImmutableClaim.builder().id(id).text(text).kind(kind).sectionPath("")
        .source(SampleSummit.at(line, line)).build();
  }

  /**
   * The sample holds values that only the extraction step derives (quantities, speaker ids, timelines, prose
   * tables) and ids the parser gives; everything the post itself says must come back.
   */
  @Test
  void everythingThePostSaysComesBackFromTheSample() {
    Summit sample = SampleSummit.summit();
    Summit again = Corpus.parser().parse(markdown.write(sample), SampleSummit.DOC).summit();
    assertThat(again.sessions()).hasSameSizeAs(sample.sessions());
    for (int i = 0; i < sample.sessions().size(); i++) {
      Session a = sample.sessions().get(i);
      Session b = again.sessions().get(i);
      assertThat(b.number()).isEqualTo(a.number());
      assertThat(b.title()).isEqualTo(a.title());
      assertThat(b.englishTitle()).isEqualTo(a.englishTitle());
      assertThat(b.summary()).isEqualTo(a.summary());
      assertThat(b.kind()).isEqualTo(a.kind());
      assertThat(b.participants()).extracting(p -> p.name() + "/" + p.role() + "/" + p.affiliation().orElse(""))
          .containsExactlyElementsOf(a.participants().stream()
              .map(p -> p.name() + "/" + p.role() + "/" + p.affiliation().orElse("")).toList());
      assertThat(shape(b.content(), b.sections())).containsExactlyElementsOf(shape(a.content(), a.sections()));
    }
    assertThat(again.documents().get(0).title()).isEqualTo(sample.documents().get(0).title());
    assertThat(again.documents().get(0).tags()).isEqualTo(sample.documents().get(0).tags());
    assertThat(again.documents().get(0).sourceUrl()).isEqualTo(sample.documents().get(0).sourceUrl());
    assertThat(again.days()).extracting(d -> d.keyConcept().orElse("") + "/" + d.keywords())
        .containsExactly("AI 생태계와 인프라의 혁신/[AI 생태계 강화, Generative AI]");
  }

  /** What a post writes of a content tree, in order, one line per node; derived content left out. */
  private static List<String> shape(List<dev.summit.model.Content> content, List<dev.summit.model.Section> sections) {
    List<String> out = new ArrayList<>();
    shape(content, "", out);
    for (dev.summit.model.Section s : sections) {
      section(s, out);
    }
    return out;
  }

  private static void section(dev.summit.model.Section s, List<String> out) {
    out.add("section " + s.number() + " " + s.title());
    shape(s.content(), "  ", out);
    s.subsections().forEach(sub -> section(sub, out));
  }

  private static void shape(List<? extends dev.summit.model.Content> content, String indent, List<String> out) {
    for (dev.summit.model.Content c : content) {
      switch (c.type()) {
        case CLAIM -> {
          Claim claim = (Claim) c;
          out.add(indent + "claim " + MarkdownEscaper.flatten(claim.text()));
          shape(claim.children(), indent + "  ", out);
        }
        case CALLOUT -> {
          dev.summit.model.Callout callout = (dev.summit.model.Callout) c;
          out.add(indent + "callout " + callout.marker().orElse("") + " " + callout.term().orElse(""));
          shape(callout.body(), indent + "  ", out);
        }
        case QUOTE -> {
          out.add(indent + "quote");
          shape(((dev.summit.model.Quote) c).body(), indent + "  ", out);
        }
        case TABLE -> {
          dev.summit.model.ComparisonTable t = (dev.summit.model.ComparisonTable) c;
          if (!t.derived()) {
            out.add(indent + "table " + t.attributeHeader().orElse("") + " " + t.subjects() + " "
                + t.rows().stream().map(r -> r.attribute() + "=" + r.values()).toList());
          }
        }
        case IMAGE -> {
          dev.summit.model.Image image = (dev.summit.model.Image) c;
          // the parser keeps the credit line with its label
          out.add(indent + "image " + image.url() + " " + image.alt() + " "
              + image.credit().map(v -> v.startsWith("이미지 출처 : ") ? v : "이미지 출처 : " + v).orElse(""));
        }
        case LINK -> out.add(indent + "link " + ((dev.summit.model.Link) c).url() + " "
            + ((dev.summit.model.Link) c).text());
        case REVIEW -> out.add(indent + "review " + ((dev.summit.model.Review) c).kind() + " "
            + ((dev.summit.model.Review) c).text());
        case TIMELINE -> { }
      }
    }
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
