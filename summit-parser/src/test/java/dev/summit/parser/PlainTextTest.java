package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claim text is plain: (Markdown of a bullet, the claim's text). */
class PlainTextTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '¦', value = {
      // bold that closes before a Hangul particle: CommonMark leaves the markers, the author meant bold
      "**고대역폭 메모리(HBM)**가 사용된다.¦고대역폭 메모리(HBM)가 사용된다.",
      "**\"기술이 한계를 넘는다\"**고 믿음.¦\"기술이 한계를 넘는다\"고 믿음.",
      // escaped markers are the author's text and stay
      "\\*\\*not bold\\*\\* on purpose.¦**not bold** on purpose.",
      "2 ** 10 is 1024.¦2 ** 10 is 1024.",
      // markers left by one clean-up pass pair up in the next: the text is cleaned until it reads as itself
      "****\"**t\"**I¦\"t\"I",
      "*em* and `code` and [a link](https://example.org).¦em and code and a link.",
  })
  void claimTextIsPlain(String markdown, String text) {
    var summit = PARSER.parse("**1. T**\n\n* 발표자: A (B CEO)\n\n---\n\n* " + markdown + "\n", "p").summit();
    assertThat(summit.expectSession(1).claims().get(0).text()).isEqualTo(text);
  }

  /**
   * A paragraph too long to parse inline in one piece, with no space to cut at: a cut between a backslash and
   * the character it escapes would leave the backslash in the text.
   */
  @Test
  void escapesSurviveTheCutsOfAGiantParagraph() {
    for (int length : new int[] {3_000, 3_001, 3_002}) {
      String markdown = "x" + "\\<b\\>".repeat(length) + "\\*";
      var summit = PARSER.parse("**1. T**\n\n* 발표자: A (B CEO)\n\n---\n\n* " + markdown + "\n", "p").summit();
      assertThat(summit.expectSession(1).claims().get(0).text()).as("%d escaped tags", length)
          .isEqualTo("x" + "<b>".repeat(length) + "*");
    }
  }

  /**
   * A run of escaped backslashes longer than a piece: a piece made of backslashes alone must still end after an
   * even number of them, or one escape is cut in two and the text gains a backslash.
   */
  @Test
  void aRunOfEscapedBackslashesLongerThanAPieceSurvivesTheCuts() {
    for (int pairs : new int[] {3_000, 4_500, 6_001}) {
      String markdown = "x" + "\\\\".repeat(pairs) + "y";
      var summit = PARSER.parse("**1. T**\n\n* 발표자: A (B CEO)\n\n---\n\n* " + markdown + "\n", "p").summit();
      assertThat(summit.expectSession(1).claims().get(0).text()).as("%d escaped backslashes", pairs)
          .isEqualTo("x" + "\\".repeat(pairs) + "y");
    }
  }
}
