package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The phrase lists a claim is asked about are searched in one pass; it finds what a search per phrase finds. */
class ClaimAttributorOnePassTest {

  private static final String[][] LISTS = {
      ClaimAttributor.SIDE_TRACKS, ClaimAttributor.DIGRESSION_CUES, ClaimAttributor.DIGRESSION_ENDS,
      ClaimAttributor.AUTHOR_PHRASES, ClaimAttributor.AUTHOR_PRONOUNS, ClaimAttributor.SPEECH};

  @Provide
  Arbitrary<String> texts() {
    List<String> pieces = new ArrayList<>(List.of("가", "제", "저", "희", "는", "도", "본", "잠", "깐", "빠", "져", " ", " ",
        "  ", ".", "\n", "x", "A", "(", ")", "후기", "개인", "의견", "블로그", "이번", "보았", "습니다"));
    for (String[] list : LISTS) {
      for (String phrase : list) {
        pieces.add(phrase);
        pieces.add(phrase.substring(0, phrase.length() - 1)); // all but its last character: a near miss
      }
    }
    return Arbitraries.of(pieces).list().ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 5000)
  void onePassFindsWhatASearchPerPhraseFinds(@ForAll("texts") String text) {
    for (String[] list : LISTS) {
      assertThat(ClaimAttributor.Phrases.of(list).in(text)).as(text)
          .isEqualTo(ClaimAttributor.containsAnyPlain(text, list));
    }
    assertThat(ClaimAttributor.authorVoice(text)).as(text).isEqualTo(ClaimAttributor.authorVoicePlain(text));
  }

  @Property(tries = 300)
  void anyTextToo(@ForAll String text) {
    for (String[] list : LISTS) {
      assertThat(ClaimAttributor.Phrases.of(list).in(text)).isEqualTo(ClaimAttributor.containsAnyPlain(text, list));
    }
    assertThat(ClaimAttributor.authorVoice(text)).isEqualTo(ClaimAttributor.authorVoicePlain(text));
  }
}
