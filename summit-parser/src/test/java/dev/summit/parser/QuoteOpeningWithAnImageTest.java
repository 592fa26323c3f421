package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.ContentType;
import dev.summit.model.Image;
import dev.summit.model.Quote;
import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/** An image's alt text is no callout marker: a quote that opens with an image alone is a quote holding it. */
class QuoteOpeningWithAnImageTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  @Test
  void anImageWhoseAltIsASymbolOpensAQuoteNotACallout() {
    Summit summit = PARSER.parse("> ![💡](https://example.org/a.png)\n>\n> * 설명.\n", "p").summit();

    assertThat(summit.documents().get(0).content()).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(ContentType.QUOTE);
      assertThat(((Quote) c).body()).extracting(b -> b.type()).containsExactly(ContentType.IMAGE, ContentType.CLAIM);
      assertThat(((Image) ((Quote) c).body().get(0)).alt()).isEqualTo("💡");
    });
  }

  @Test
  void aMarkerBeforeABoldTermStillMakesACallout() {
    Summit summit = PARSER.parse("> 💡 **용어**\n>\n> * 설명.\n", "p").summit();

    assertThat(summit.documents().get(0).content()).singleElement()
        .satisfies(c -> assertThat(c.type()).isEqualTo(ContentType.CALLOUT));
  }
}
