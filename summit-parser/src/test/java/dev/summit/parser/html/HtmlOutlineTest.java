package dev.summit.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.parser.ParserLimits;
import dev.summit.parser.internal.Pipeline;
import dev.summit.parser.internal.outline.Block;
import dev.summit.parser.internal.outline.BlockType;
import dev.summit.parser.internal.outline.HtmlOutliner;
import dev.summit.parser.internal.outline.Mark;
import dev.summit.parser.internal.outline.Mark.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How HTML blocks and inlines map to the outline, each checked against the Markdown that means the same. */
class HtmlOutlineTest {
  private static final String BASE = "https://blog.example.org/2024/post/";
  private final Pipeline pipeline = new Pipeline(ParserLimits.DEFAULT);

  private Block html(String html) {
    return pipeline.readHtml(html, "t", BASE).outline();
  }

  private Block markdown(String markdown) {
    return pipeline.readMarkdown(markdown, "t").outline();
  }

  private void assertSameOutline(String markdown, String html) {
    assertThat(Outlines.describe(html(html))).isEqualTo(Outlines.describe(markdown(markdown)));
  }

  private static Block only(Block root) {
    assertThat(root.children()).hasSize(1);
    return root.children().get(0);
  }

  @Test
  void strongAloneInAParagraphIsAParagraphWhollyBold() {
    Block p = only(html("<p><strong>5. AI의 미래</strong></p>"));
    assertThat(p.type()).isEqualTo(BlockType.PARAGRAPH);
    assertThat(p.text()).isEqualTo("5. AI의 미래");
    assertThat(p.marks()).containsExactly(new Mark(Kind.BOLD, 0, 9, ""));
    assertSameOutline("**5. AI의 미래**", "<p><strong>5. AI의 미래</strong></p>");
  }

  @Test
  void headingsKeepTheirLevelAndInlineMarks() {
    Block h = only(html("<h3>Day 1 <em>오후</em></h3>"));
    assertThat(h.type()).isEqualTo(BlockType.HEADING);
    assertThat(h.level()).isEqualTo(3);
    assertThat(h.marks()).containsExactly(new Mark(Kind.ITALIC, 6, 8, ""));
    assertSameOutline("# one\n\n###### six", "<h1>one</h1><h6>six</h6>");
  }

  @Test
  void anImageAloneIsAParagraphOfItsAltTextUnderAnImageMarkWithTheResolvedUrl() {
    Block p = only(html("<p><img src=\"../images/agenda.png\" alt=\"agenda\"></p>"));
    assertThat(p.text()).isEqualTo("agenda");
    assertThat(p.marks()).containsExactly(
        new Mark(Kind.IMAGE, 0, 6, "https://blog.example.org/2024/images/agenda.png"));
    assertSameOutline("![agenda](https://blog.example.org/2024/images/agenda.png)",
        "<p><img src=\"../images/agenda.png\" alt=\"agenda\"></p>");
  }

  @Test
  void aLazyImageTakesItsUrlFromDataSrc() {
    Block placeholder = only(html("<p><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/a.png\" alt=\"\"></p>"));
    assertThat(placeholder.marks()).containsExactly(new Mark(Kind.IMAGE, 0, 0, "https://blog.example.org/a.png"));
    Block lazy = only(html("<p><img data-original=\"/b.png\" alt=\"\"></p>"));
    assertThat(lazy.marks()).containsExactly(new Mark(Kind.IMAGE, 0, 0, "https://blog.example.org/b.png"));
    Block real = only(html("<p><img src=\"/c.png\" data-src=\"/lowres.png\" alt=\"\"></p>"));
    assertThat(real.marks().get(0).url()).isEqualTo("https://blog.example.org/c.png");
  }

  @Test
  void aFigureWithACreditCaptionIsTheImageThenTheCreditAsAQuote() {
    String html = "<figure><img src=\"https://cdn.example/x.png\" alt=\"\">"
        + "<figcaption>출처 : SKT 뉴스룸 (<a href=\"https://news.example/1\">링크</a>)</figcaption></figure>";
    Block root = html(html);
    assertThat(root.children()).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.QUOTE);
    Block credit = root.children().get(1).children().get(0);
    assertThat(credit.text()).isEqualTo("출처 : SKT 뉴스룸 (링크)");
    assertThat(credit.marks()).containsExactly(new Mark(Kind.LINK, 14, 16, "https://news.example/1"));
    assertSameOutline("![](https://cdn.example/x.png)\n\n> 출처 : SKT 뉴스룸 ([링크](https://news.example/1))", html);
  }

  @Test
  void aFigureWithADescriptiveCaptionIsTheImageThenAParagraph() {
    assertSameOutline("![](https://cdn.example/x.png)\n\n발표 장표: 세 가지 키워드",
        "<figure><img src=\"https://cdn.example/x.png\" alt=\"\"><figcaption>발표 장표: 세 가지 키워드</figcaption></figure>");
  }

  @Test
  void creditsAreRecognisedTheWayTheCorpusWritesThem() {
    assertThat(HtmlOutliner.isCredit("출처 : 2023 엔비디아")).isTrue();
    assertThat(HtmlOutliner.isCredit("이미지 출처 ㅣ 이베스트 투자증권")).isTrue();
    assertThat(HtmlOutliner.isCredit("이미지출처ㅣ https://x")).isTrue();
    assertThat(HtmlOutliner.isCredit("Source: Claude demo")).isTrue();
    assertThat(HtmlOutliner.isCredit("Photo: Reuters")).isTrue();
    assertThat(HtmlOutliner.isCredit("© 2024 SK Telecom")).isTrue();
    assertThat(HtmlOutliner.isCredit("출처는 본문에서 밝힙니다")).isFalse();
    assertThat(HtmlOutliner.isCredit("Sources of growth")).isFalse();
    assertThat(HtmlOutliner.isCredit("Photo of the keynote stage")).isFalse();
    assertThat(HtmlOutliner.isCredit("출처")).isFalse();
  }

  @Test
  void brIsAHardLineBreakAndOtherWhitespaceCollapsesLikeSoftBreaks() {
    Block p = only(html("<p>  첫 줄\n   이어짐<br>\n    둘째   줄  </p>"));
    assertThat(p.text()).isEqualTo("첫 줄 이어짐\n둘째 줄");
    assertSameOutline("첫 줄\n이어짐  \n둘째 줄", "<p>첫 줄\n이어짐<br>\n둘째 줄</p>");
    assertSameOutline("a\\\nb", "<p>a<br/>b</p>");
  }

  @Test
  void marksKeepTheirSpansAcrossCollapsedWhitespace() {
    Block p = only(html("<p>word\n  <strong>bold</strong>  <code>x  y</code>\n<a href=\"/l\">link</a></p>"));
    assertThat(p.text()).isEqualTo("word bold x y link");
    assertThat(p.marks()).containsExactly(
        new Mark(Kind.BOLD, 5, 9, ""),
        new Mark(Kind.CODE, 10, 13, ""),
        new Mark(Kind.LINK, 14, 18, "https://blog.example.org/l"));
  }

  @Test
  void textAroundAnImageWithoutAltTextIsKeptAsMarkdownKeepsIt() {
    assertSameOutline("a ![](https://x.org/i.png) b", "<p>a <img src=\"https://x.org/i.png\" alt=\"\"> b</p>");
    assertSameOutline("![](https://x.org/i.png) [목록](https://x.org/)",
        "<p><img src=\"https://x.org/i.png\" alt=\"\"> <a href=\"https://x.org/\">목록</a></p>");
    assertSameOutline("끝 ![](https://x.org/i.png)", "<p>끝 <img src=\"https://x.org/i.png\" alt=\"\">\n</p>");
    Block p = only(html("<p>a <img src=\"/i.png\" alt=\"\"> b</p>"));
    assertThat(p.text()).isEqualTo("a  b");
    assertThat(p.marks()).containsExactly(new Mark(Kind.IMAGE, 2, 2, "https://blog.example.org/i.png"));
  }

  @Test
  void tightAndLooseListItemsAreItemsHoldingParagraphs() {
    String markdown = "* a\n* **b**:\n  + c\n  + d\n";
    assertSameOutline(markdown, "<ul><li>a</li><li><strong>b</strong>:<ul><li>c</li><li>d</li></ul></li></ul>");
    assertSameOutline(markdown,
        "<ul>\n <li>\n  <p>a</p>\n </li>\n <li>\n  <p><strong>b</strong>:</p>\n  <ul>\n   <li><p>c</p></li>\n"
            + "   <li><p>d</p></li>\n  </ul>\n </li>\n</ul>");
    Block list = only(html("<ul><li><p>a</p></li></ul>"));
    assertThat(list.type()).isEqualTo(BlockType.LIST);
    assertThat(list.ordered()).isFalse();
    Block item = only(list);
    assertThat(item.type()).isEqualTo(BlockType.ITEM);
    assertThat(only(item).text()).isEqualTo("a");
  }

  @Test
  void orderedListsNumberFromStartAndValue() {
    Block list = only(html("<ol start=\"3\"><li>x</li><li>y</li><li value=\"9\">z</li><li>w</li></ol>"));
    assertThat(list.ordered()).isTrue();
    assertThat(list.children()).extracting(Block::ordinal).containsExactly(3, 4, 9, 10);
    assertSameOutline("3. x\n4. y\n", "<ol start=\"3\"><li>x</li><li>y</li></ol>");
    assertSameOutline("1. **속도**: 빠름\n2. **규모**: 큼\n", "<ol><li><strong>속도</strong>: 빠름</li><li><strong>규모</strong>: 큼</li></ol>");
  }

  @Test
  void blockQuotesHoldTheirBlocks() {
    assertSameOutline("> 💡 **AI란?**\n>\n> 설명입니다.\n>\n> * 하나\n>   + 둘\n",
        "<blockquote>\n<p>💡 <strong>AI란?</strong></p>\n<p>설명입니다.</p>\n<ul>\n<li>하나\n<ul>\n<li>둘</li>\n</ul>\n"
            + "</li>\n</ul>\n</blockquote>");
  }

  @Test
  void tablesArePlainCellTextHeaderRowFirst() {
    String html = "<div class=\"table-wrapper\"><table><thead><tr><th>특성</th><th><strong>AI 네이티브 앱</strong></th></tr>"
        + "</thead><tbody><tr><td><strong>목적</strong></td><td>특정 기능 제공 <em>(예)</em></td></tr>"
        + "<tr><td>내부</td><td><table><tr><td>nested</td></tr></table></td></tr></tbody></table></div>";
    Block table = only(html(html));
    assertThat(table.type()).isEqualTo(BlockType.TABLE);
    assertThat(table.rows()).containsExactly(
        List.of("특성", "AI 네이티브 앱"), List.of("목적", "특정 기능 제공 (예)"), List.of("내부", "nested"));
    Block editorTable = only(html("<table><tr><td><p>첫 문단</p><p>둘째 문단</p></td><td><ul><li>a</li><li>b</li></ul></td></tr></table>"));
    assertThat(editorTable.rows()).containsExactly(List.of("첫 문단 둘째 문단", "a b"));
    assertSameOutline("| 특성 | **AI 네이티브 앱** |\n| --- | --- |\n| **목적** | 특정 기능 제공 *(예)* |\n",
        "<table><thead><tr><th>특성</th><th><strong>AI 네이티브 앱</strong></th></tr></thead>"
            + "<tbody><tr><td><strong>목적</strong></td><td>특정 기능 제공 <em>(예)</em></td></tr></tbody></table>");
  }

  @Test
  void codeBlocksAndBreaksMapLikeMarkdown() {
    assertSameOutline("```\nfor x in y:\n    print(x)\n```\n\n---\n\n&lt;이후&gt;",
        "<pre><code class=\"language-python\">for x in y:\n    print(x)\n</code></pre>\n<hr>\n<p>&lt;이후&gt;</p>");
  }

  @Test
  void entitiesAreDecoded() {
    Block p = only(html("<p>R&amp;D &lt;AI&gt; &quot;인용&quot; &#44032;&#xAC01; caf&eacute;&nbsp;x</p>"));
    assertThat(p.text()).isEqualTo("R&D <AI> \"인용\" 가각 café\u00A0x");
  }

  @Test
  void scriptsStylesFormsAndCommentsNeverBecomeText() {
    Block root = html("<p>앞<script>document.write('<b>주입</b>')</script><style>p{color:red}</style>"
        + "<!-- 주석 -->뒤</p><script>var s = '<p>세션 99</p>';</script><noscript><p>noscript</p></noscript>"
        + "<form><p>검색</p><button>보내기</button></form><template><p>템플릿</p></template><p>끝</p>");
    assertThat(root.children()).extracting(Block::text).containsExactly("앞뒤", "끝");
  }

  @Test
  void aHeadingsPermalinkAnchorIsNotPartOfIt() {
    Block h = only(html("<h2 id=\"ai-future\">5. AI의 미래 <a class=\"headerlink\" href=\"#ai-future\">¶</a></h2>"));
    assertThat(h.text()).isEqualTo("5. AI의 미래");
    assertThat(h.marks()).isEmpty();
    Block wrapped = only(html("<h2 id=\"x\"><a href=\"#x\">제목</a></h2>"));
    assertThat(wrapped.text()).isEqualTo("제목");
    assertThat(wrapped.marks()).isEmpty();
    Block other = only(html("<h2 id=\"x\"><a href=\"#y\">다른 곳</a></h2>"));
    assertThat(other.marks()).containsExactly(new Mark(Kind.LINK, 0, 4, BASE + "#y"));
  }

  @Test
  void spacingParagraphsOfNoBreakSpacesAreNotText() {
    Block root = html("<div><p>첫 문단</p><p>&nbsp;</p><p> &nbsp; <br></p><div><br></div><p>둘째&nbsp;문단</p></div>");
    assertThat(root.children()).extracting(Block::text).containsExactly("첫 문단", "둘째\u00A0문단");
  }

  @Test
  void looseInlineContentInContainersIsAnImplicitParagraph() {
    Block root = html("<div class=\"wrap\"><section>글 <b>굵게</b><div>안쪽</div>마지막</section></div>");
    assertThat(root.children()).extracting(Block::type)
        .containsExactly(BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH);
    assertThat(root.children()).extracting(Block::text).containsExactly("글 굵게", "안쪽", "마지막");
  }

  @Test
  void blocksCarryTheirLinesInTheHtmlSource() {
    String html = "<!doctype html>\n<html><body>\n<h1>제목</h1>\n<p>첫\n둘</p>\n<ul>\n<li>항목</li>\n</ul>\n</body></html>";
    Block root = html(html);
    Block h = root.children().get(0);
    Block p = root.children().get(1);
    Block list = root.children().get(2);
    assertThat(List.of(h.startLine(), h.endLine())).containsExactly(3, 3);
    assertThat(List.of(p.startLine(), p.endLine())).containsExactly(4, 5);
    assertThat(List.of(list.startLine(), list.endLine())).containsExactly(6, 8);
    Block implicit = list.children().get(0).children().get(0);
    assertThat(implicit.startLine()).isEqualTo(7);
    assertThat(root.endLine()).isEqualTo(8);
  }

  @Test
  void nestingDeeperThanTheLimitIsFlattenedNotOverflowed() {
    Pipeline shallow = new Pipeline(new ParserLimits(1 << 20, 4, 100));
    String deep = "<blockquote>".repeat(300) + "<p>바닥 <b>글</b></p>" + "</blockquote>".repeat(300);
    Block root = shallow.readHtml(deep, "t", "").outline();
    int depth = 0;
    Block b = root;
    while (!b.children().isEmpty()) {
      b = b.children().get(0);
      depth++;
    }
    assertThat(depth).isLessThanOrEqualTo(6);
    assertThat(b.type()).isEqualTo(BlockType.PARAGRAPH);
    assertThat(b.text()).isEqualTo("바닥 글");
    assertThat(b.marks()).isEmpty();
  }
}
