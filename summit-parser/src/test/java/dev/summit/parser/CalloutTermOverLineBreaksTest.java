package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Callout;
import dev.summit.model.Claim;
import dev.summit.model.ContentType;
import dev.summit.model.Quote;
import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/**
 * A callout's bold term over hard line breaks is a term alone when the bold ends its last line; the callout's body
 * starts after that line, so the term's lines are not read into the body too.
 */
class CalloutTermOverLineBreaksTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  @Test
  void theTermsSecondLineIsNotInTheBody() {
    Summit summit = PARSER.parse("> 💡 **첫 줄의 용어  \n> 둘째 줄의 용어**\n>\n> * 설명.\n", "p").summit();

    assertThat(summit.documents().get(0).content()).singleElement().satisfies(c -> {
      Callout callout = (Callout) c;
      assertThat(callout.marker()).contains("💡");
      assertThat(callout.term()).contains("첫 줄의 용어\n둘째 줄의 용어");
      assertThat(callout.body()).extracting(b -> ((Claim) b).text()).containsExactly("설명.");
    });
  }

  @Test
  void theBodyStartsOnTheLineAfterTheTermsLastLine() {
    Summit summit = PARSER.parse("> **용어 하나\\\n> 용어 둘:**\\\n> 본문 한 줄.\n", "p").summit();

    assertThat(summit.documents().get(0).content()).singleElement().satisfies(c -> {
      Callout callout = (Callout) c;
      assertThat(callout.marker()).isEmpty();
      assertThat(callout.term()).contains("용어 하나\n용어 둘");
      assertThat(callout.body()).extracting(b -> ((Claim) b).text()).containsExactly("본문 한 줄.");
    });
  }

  @Test
  void aBoldEndingMidLineIsNoTermAlone() {
    Summit summit = PARSER.parse("> **용어\\\n> 끝**과 본문이 잇따른다.\n", "p").summit();

    assertThat(summit.documents().get(0).content()).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(ContentType.QUOTE);
      assertThat(((Quote) c).body()).extracting(b -> ((Claim) b).text()).containsExactly("용어 끝과 본문이 잇따른다.");
    });
  }

  @Test
  void afterAMarkerABoldEndingMidLineLeavesTheFirstLineAsTheTerm() {
    Summit summit = PARSER.parse("> ❓ **용어\\\n> 끝**과 본문.\n", "p").summit();

    assertThat(summit.documents().get(0).content()).singleElement().satisfies(c -> {
      Callout callout = (Callout) c;
      assertThat(callout.term()).contains("용어");
      assertThat(callout.body()).extracting(b -> ((Claim) b).text()).containsExactly("끝과 본문.");
    });
  }
}
