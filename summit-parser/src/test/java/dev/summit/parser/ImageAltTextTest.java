package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.ContentType;
import dev.summit.model.Summit;
import org.junit.jupiter.api.Test;

/** An image's alt text is no structure: a picture whose alt reads like a timed line is a picture, not a session. */
class ImageAltTextTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  @Test
  void anImageWhoseAltIsATimedLineIsNoSession() {
    Summit summit = PARSER.parse("![09:00 - 09:30: talk](https://example.org/a.png)\n\n* 본문.\n", "p").summit();

    assertThat(summit.sessions()).isEmpty();
    assertThat(summit.documents().get(0).content()).extracting(c -> c.type())
        .containsExactly(ContentType.IMAGE, ContentType.CLAIM);
  }

  @Test
  void aTimedLineIsStillASession() {
    Summit summit = PARSER.parse("09:00 - 09:30: talk\n\n* 본문.\n", "p").summit();

    assertThat(summit.sessions()).singleElement().satisfies(s -> assertThat(s.title()).isEqualTo("talk"));
  }
}
