package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/** A session's key terms, its inline-code spans, in the order of the model's content. */
class SessionKeywordsTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  @Test
  void aParagraphContinuingABulletComesAfterItsNestedList() {
    Summit summit = PARSER.parse("""
        ## 1. 반도체

        > * **발표자:** 곽노정 (SK하이닉스 CEO)

        * 공정

          `증착`과 `이온 주입`.

          + `박막` 형성.
        """, "p").summit();

    // the model holds the bullet with its nested claim, then the paragraph as a claim of its own
    assertThat(summit.sessions().get(0).content()).extracting(c -> ((dev.summit.model.Claim) c).text())
        .containsExactly("공정", "증착과 이온 주입.");
    assertThat(summit.sessions().get(0).keywords()).containsExactly("박막", "증착", "이온 주입");
  }

  @Test
  void aCalloutsFirstLineComesBeforeItsBody() {
    Summit summit = PARSER.parse("""
        ## 1. 반도체

        > * **발표자:** 곽노정 (SK하이닉스 CEO)

        > 💡 **용어**
        > `첫째` 줄
        >
        > * `둘째` 줄
        """, "p").summit();

    assertThat(summit.sessions().get(0).keywords()).containsExactly("첫째", "둘째");
  }

  @Test
  void aReviewsCodeSpansAreKeyTermsWhetherOrNotItIsAQuote() {
    String header = """
        ## 1. 반도체

        > * **발표자:** 곽노정 (SK하이닉스 CEO)

        * `발표` 내용.

        """;
    Summit paragraph = PARSER.parse(header + "(후기) `속도`와 `규모`가 좋았다.\n", "p").summit();
    Summit quote = PARSER.parse(header + "> (후기) `속도`와 `규모`가 좋았다.\n>\n> * `지속 가능성`도.\n", "p")
        .summit();

    assertThat(paragraph.sessions().get(0).keywords()).containsExactly("발표", "속도", "규모");
    assertThat(quote.sessions().get(0).keywords()).containsExactly("발표", "속도", "규모", "지속 가능성");
    assertThat(quote.sessions().get(0).reviews()).extracting(r -> r.text()).containsExactly("속도와 규모가 좋았다.");
  }

  @Test
  void anImageCreditsCodeSpansAreKeyTermsWhetherOrNotItIsAQuote() {
    String header = """
        ## 1. 반도체

        > * **발표자:** 곽노정 (SK하이닉스 CEO)

        ![](https://example.org/a.png)
        """;
    Summit paragraph = PARSER.parse(header + "이미지 출처 : `3D` 자료\n", "p").summit();
    Summit quote = PARSER.parse(header + "\n> 이미지 출처 : `3D` 자료\n>\n> * `2.5D`도.\n", "p").summit();

    assertThat(paragraph.sessions().get(0).keywords()).containsExactly("3D");
    assertThat(quote.sessions().get(0).keywords()).containsExactly("3D", "2.5D");
    assertThat(quote.sessions().get(0).images()).extracting(i -> i.credit().orElseThrow()).containsExactly("3D 자료");
  }

  /** A paragraph's terms are its claim's, not those of an image read before the claim. */
  @Test
  void aTermBesideAnImageInANestedItemIsItsClaims() {
    Summit summit = PARSER.parse("""
        ## 1. 반도체

        > * **발표자:** 곽노정 (SK하이닉스 CEO)

        * 바깥 주장
          + `첫째`: 설명
        ![](https://e.com/a.png)
          + `둘째`: 설명
        """, "p").summit();

    // the image goes after the outer claim and its nested claims; the first term stays with its claim
    assertThat(summit.sessions().get(0).content()).extracting(c -> c.type().name()).containsExactly("CLAIM", "IMAGE");
    assertThat(summit.sessions().get(0).keywords()).containsExactly("첫째", "둘째");
  }
}
