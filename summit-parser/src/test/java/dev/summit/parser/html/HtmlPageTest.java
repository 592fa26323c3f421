package dev.summit.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.parser.ParserLimits;
import dev.summit.parser.internal.Pipeline;
import dev.summit.parser.internal.outline.Block;
import dev.summit.parser.internal.outline.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding the article in a whole page, and reading the page's metadata. */
class HtmlPageTest {
  private final Pipeline pipeline = new Pipeline(ParserLimits.DEFAULT);

  private Pipeline.Document read(String html, String baseUri) {
    return pipeline.readHtml(html, "page", baseUri);
  }

  /** Every text of the outline, depth first. */
  private static List<String> texts(Block b) {
    List<String> out = new ArrayList<>();
    collect(b, out);
    return out;
  }

  private static void collect(Block b, List<String> out) {
    if (!b.text().isEmpty()) {
      out.add(b.text());
    }
    for (List<String> row : b.rows()) {
      out.addAll(row);
    }
    b.children().forEach(c -> collect(c, out));
  }

  private static final String BODY = "<h2>1. 세션</h2><p>본문 첫 문단입니다. 충분히 긴 글이 여기에 있습니다.</p>"
      + "<ul><li>발표자: 최태원</li></ul><p>마지막 문단입니다.</p>";

  @Test
  void theArticleIsReadWithoutTheChromeAroundAndInsideIt() {
    String page = "<html><head><title>t</title><script>var x='<p>스크립트</p>';</script></head><body>"
        + "<header><h1>블로그 이름</h1><nav><a href=\"/\">홈</a></nav></header>"
        + "<div class=\"layout\"><article><header class=\"post-header\"><h1>글 제목</h1><p class=\"post-meta\">2024</p></header>"
        + BODY
        + "<div class=\"share-buttons\"><a href=\"#\">공유</a><button>복사</button></div>"
        + "<footer><p>태그: AI</p></footer></article>"
        + "<aside class=\"sidebar\"><h2>최근 글</h2><p>다른 글의 소개 문단이 조금 길게 적혀 있습니다.</p></aside></div>"
        + "<footer class=\"site-footer\"><p>© 2024</p></footer><!-- 주석 --></body></html>";
    assertThat(texts(read(page, "").outline()))
        .containsExactly("1. 세션", "본문 첫 문단입니다. 충분히 긴 글이 여기에 있습니다.", "발표자: 최태원", "마지막 문단입니다.");
  }

  @Test
  void aBlogEnginesContentContainerIsPreferredToTheArticleAroundIt() {
    String page = "<body><article><h1>Article header title outside the content</h1>"
        + "<div class=\"entry-content\">" + BODY + "</div>"
        + "<p>Posted in Conference by someone, with a long trailing note.</p></article></body>";
    assertThat(texts(read(page, "").outline())).first().isEqualTo("1. 세션");
    assertThat(texts(read(page, "").outline())).hasSize(4);
  }

  @Test
  void withoutSemanticElementsTheLargestTextBlockIsTheArticle() {
    String page = "<body><div id=\"top\"><div class=\"logo\">velog</div>"
        + "<div class=\"links\"><p><a href=\"/a\">트렌딩 글 목록으로 가는 아주 긴 링크 텍스트입니다 정말 깁니다</a></p>"
        + "<p><a href=\"/b\">최신 글 목록으로 가는 아주 긴 링크 텍스트입니다 정말 깁니다 더 깁니다</a></p></div></div>"
        + "<div class=\"wrap\"><div class=\"col\"><div class=\"x1\">" + BODY + "</div></div>"
        + "<div class=\"col\"><div class=\"profile\"><p>작성자 소개 한 줄.</p></div></div></div></body>";
    assertThat(texts(read(page, "").outline()))
        .containsExactly("1. 세션", "본문 첫 문단입니다. 충분히 긴 글이 여기에 있습니다.", "발표자: 최태원", "마지막 문단입니다.");
  }

  @Test
  void aPostSplitIntoEditorComponentsIsReadWhole() {
    // Naver blog's SmartEditor: each paragraph group is a component of its own, four divs deep
    String component = "<div class=\"se-component se-text\"><div class=\"se-component-content\">"
        + "<div class=\"se-section se-section-text\"><div class=\"se-module se-module-text\">"
        + "<p class=\"se-text-paragraph\">%s</p></div></div></div></div>";
    String page = "<body><div id=\"viewTypeSelector\"><div class=\"se-main-container\">"
        + component.formatted("<b>1. 첫 세션</b>")
        + component.formatted("발표자: 최태원 (SK그룹 회장), 그리고 아주 긴 설명이 이어지는 문단입니다. ".repeat(3))
        + component.formatted("두 번째 문단") + "</div></div>"
        + "<div class=\"blog-sidebar-profile\"><p>" + "블로그 주인 소개 ".repeat(5) + "</p></div></body>";
    assertThat(texts(read(page, "").outline())).hasSize(3).first().isEqualTo("1. 첫 세션");
  }

  @Test
  void aShortTeaserArticleDoesNotWinOverTheRealPost() {
    String page = "<body><div class=\"post\">" + BODY + "<p>" + "긴 본문 ".repeat(40) + "</p></div>"
        + "<div class=\"more\"><article><h3>다음 글</h3><p>짧은 소개.</p></article></div></body>";
    assertThat(texts(read(page, "").outline())).first().isEqualTo("1. 세션");
  }

  @Test
  void chromeWordsInIdsAndClassesDoNotRemoveTheTextOfThePost() {
    String page = "<body><article><h2 id=\"2-meta-ai-발표\">2. Meta AI 발표</h2>"
        + "<p class=\"tags\">태그라는 클래스를 가진 문단도 글입니다.</p>"
        + "<div class=\"post-meta\">2024-11-08 · 조회 12</div><ul class=\"share-list\"><li>공유</li></ul>"
        + "<p>본문입니다.</p></article></body>";
    assertThat(texts(read(page, "").outline()))
        .containsExactly("2. Meta AI 발표", "태그라는 클래스를 가진 문단도 글입니다.", "본문입니다.");
  }

  @Test
  void aPageWrappedInOneFormStillHasItsArticle() {
    String page = "<body><form id=\"aspnetForm\" method=\"post\"><div class=\"content\">" + BODY
        + "</div><input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\"></form></body>";
    assertThat(texts(read(page, "").outline())).first().isEqualTo("1. 세션");
  }

  @Test
  void hiddenElementsAreNotRead() {
    String page = "<body><main><p>보임</p><p hidden>숨김1</p><p style=\"display: none\">숨김2</p>"
        + "<span class=\"sr-only\">숨김3</span><p aria-hidden=\"true\">숨김4</p></main></body>";
    assertThat(texts(read(page, "").outline())).containsExactly("보임");
  }

  @Test
  void metadataComesFromOpenGraphArticleTagsAndTheCanonicalLink() {
    String page = "<html><head><title>[정리] 제목 | 블로그</title>"
        + "<meta property=\"og:title\" content=\"[정리] 제목\">"
        + "<meta property=\"article:published_time\" content=\"2024-11-08T23:30:00+09:00\">"
        + "<meta property=\"article:tag\" content=\"Conference\"><meta property=\"article:tag\" content=\"Conference | SK-AI\">"
        + "<meta name=\"keywords\" content=\"ignored, because, article tags exist\">"
        + "<link rel=\"canonical\" href=\"/2024/post/\"></head><body><p>x</p></body></html>";
    Map<String, Object> meta = read(page, "https://blog.example.org/other/").source().frontMatter();
    assertThat(meta).containsEntry("title", "[정리] 제목")
        .containsEntry("date", "2024-11-08")
        .containsEntry("tags", List.of("Conference", "Conference | SK-AI"))
        .containsEntry("source_url", "https://blog.example.org/2024/post/")
        .doesNotContainKey("year");
  }

  @Test
  void metadataFallsBackToTitleTimeKeywordsAndOgUrl() {
    String page = "<html><head><title> 제목만 있는 글 </title><meta name=\"keywords\" content=\"AI, 반도체 ,\">"
        + "<meta property=\"og:url\" content=\"https://velog.io/@a/post\"></head>"
        + "<body><article><time datetime=\"2024-11-09\">11월 9일</time><p>본문</p></article></body></html>";
    Map<String, Object> meta = read(page, "").source().frontMatter();
    assertThat(meta).containsEntry("title", "제목만 있는 글")
        .containsEntry("date", "2024-11-09")
        .containsEntry("tags", List.of("AI", "반도체"))
        .containsEntry("source_url", "https://velog.io/@a/post");
  }

  @Test
  void aPageWithoutMetadataHasNone() {
    assertThat(read("<p>본문</p>", "").source().frontMatter()).isEmpty();
    assertThat(read("<head><meta property=\"article:published_time\" content=\"soon\"></head><p>x</p>", "")
        .source().frontMatter()).doesNotContainKey("date");
  }

  @Test
  void frontMatterOfAnHtmlFileWinsOverItsMetaTags() {
    String file = "---\ntitle: 앞머리 제목\n---\n<html><head><title>메타 제목</title>"
        + "<meta property=\"article:published_time\" content=\"2024-11-08\"></head><body><p>본문</p></body></html>";
    Pipeline.Document doc = read(file, "");
    assertThat(doc.source().frontMatter()).containsEntry("title", "앞머리 제목").containsEntry("date", "2024-11-08");
    assertThat(doc.outline().children().get(0).startLine()).isEqualTo(4);
  }

  @Test
  void withoutABaseUriLinksResolveAgainstTheCanonicalLink() {
    String page = "<html><head><link rel=\"canonical\" href=\"https://blog.example.org/2024/post/\"></head>"
        + "<body><p><img src=\"//cdn.example.org/a.png\" alt=\"\"> <a href=\"../\">목록</a></p></body></html>";
    Block p = read(page, "").outline().children().get(0);
    assertThat(p.marks()).containsExactly(
        new Mark(Mark.Kind.IMAGE, 0, 0, "https://cdn.example.org/a.png"),
        new Mark(Mark.Kind.LINK, 1, 3, "https://blog.example.org/2024/"));
  }

  @Test
  void aBaseElementSetsTheBaseUri() {
    String page = "<html><head><base href=\"https://mirror.example.net/posts/\"></head>"
        + "<body><p><a href=\"x.html\">x</a></p></body></html>";
    Block p = read(page, "https://ignored.example/").outline().children().get(0);
    assertThat(p.marks().get(0).url()).isEqualTo("https://mirror.example.net/posts/x.html");
  }
}
