package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Image;
import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/** An image's credit is plain text like every other: one line, single spaces. */
class ImageCreditTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  @Test
  void aCreditBesideItsImageHasSingleSpaces() {
    Summit summit = PARSER.parse("![](https://example.org/a.png)  이미지 출처 :  SK   하이닉스\n", "p").summit();

    assertThat(summit.documents().get(0).content()).singleElement()
        .satisfies(c -> assertThat(((Image) c).credit()).hasValue("SK 하이닉스"));
  }
}
