package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.Provenance;
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
      ClaimAttributor.AUTHOR_PHRASES, ClaimAttributor.AUTHOR_PRONOUNS, ClaimAttributor.SPEECH,
      ClaimAttributor.YEAR_DIGITS, ClaimAttributor.CONTRAST_HINTS, ClaimAttributor.NOW_HINTS,
      QuantityExtractor.NUMERAL_FACTORS};

  @Provide
  Arbitrary<String> texts() {
    List<String> pieces = new ArrayList<>(List.of("가", "제", "저", "희", "는", "도", "본", "잠", "깐", "빠", "져", " ", " ",
        "  ", ".", "\n", "x", "A", "(", ")", "후기", "개인", "의견", "블로그", "이번", "보았", "습니다", "0", "9", "$", "배",
        "두 배", "살펴보겠습니다", "정리해 보았습니다", "2023년", "년", "→", "현재", "반면", "달리", "에 반해", " 반해", "는 ",
        "과거 데이터센터는 ", "AI 데이터센터는 ", "30KW", "지금", "now", "today ", "Today", "5%", " → ", "두", "세", "다섯", "\u00A0", "\t", "배율", "2.5배"));
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
          .isEqualTo(containsAnyPlain(text, list));
    }
    assertThat(ClaimAttributor.authorVoice(text)).as(text).isEqualTo(authorVoicePlain(text));
    cuesAreEachListsOwnSearch(text);
  }

  @Property(tries = 300)
  void anyTextToo(@ForAll String text) {
    for (String[] list : LISTS) {
      assertThat(ClaimAttributor.Phrases.of(list).in(text)).isEqualTo(containsAnyPlain(text, list));
    }
    assertThat(ClaimAttributor.authorVoice(text)).isEqualTo(authorVoicePlain(text));
    cuesAreEachListsOwnSearch(text);
  }

  /**
   * Each bit of the one pass over a claim ({@link ClaimAttributor#cues}) is what the search of its own tells.
   */
  private static void cuesAreEachListsOwnSearch(String text) {
    int cues = ClaimAttributor.cues(text);
    assertThat(ClaimAttributor.endsDigression(cues)).as(text)
        .isEqualTo(containsAnyPlain(text, ClaimAttributor.DIGRESSION_ENDS));
    assertThat((cues & ClaimAttributor.SIDE_TRACK) != 0).as(text)
        .isEqualTo(containsAnyPlain(text, ClaimAttributor.SIDE_TRACKS));
    assertThat((cues & ClaimAttributor.DIGRESSION_CUE) != 0).as(text)
        .isEqualTo(containsAnyPlain(text, ClaimAttributor.DIGRESSION_CUES));
    assertThat(ClaimAttributor.authorVoice(cues)).as(text).isEqualTo(authorVoicePlain(text));
    assertThat(ClaimAttributor.startsDigression(cues, text)).as(text).isEqualTo(startsDigressionPlain(text));
    assertThat((cues & ClaimAttributor.YEAR_DIGIT) != 0).as(text)
        .isEqualTo(containsAnyPlain(text, ClaimAttributor.YEAR_DIGITS));
    assertThat((cues & ClaimAttributor.CONTRAST_HINT) != 0).as(text)
        .isEqualTo(containsAnyPlain(text, ClaimAttributor.CONTRAST_HINTS));
    // what the enricher skips without the hints finds nothing
    Claim claim = ImmutableClaim.of(Provenance.of("d", 1, 1), "c", text, ClaimKind.SPEAKER, List.of(), List.of(),
        List.of(), "", List.of());
    assertThat((cues & ClaimAttributor.NOW_HINT) != 0).as(text)
        .isEqualTo(containsAnyPlain(text, ClaimAttributor.NOW_HINTS));
    assertThat((cues & ClaimAttributor.NUMERAL_FACTOR) != 0).as(text)
        .isEqualTo(containsAnyPlain(text, QuantityExtractor.NUMERAL_FACTORS));
    if ((cues & ClaimAttributor.YEAR_DIGIT) == 0
        && ((cues & ClaimAttributor.NOW_HINT) == 0 || text.indexOf('→') < 0)) {
      assertThat(new TimelineExtractor().dated(claim)).as(text).isEmpty();
    }
    QuantityExtractor quantities = new QuantityExtractor();
    assertThat(quantities.extract(text, (cues & ClaimAttributor.NUMERAL_FACTOR) != 0)).as(text)
        .isEqualTo(quantities.extract(text));
    if ((cues & ClaimAttributor.CONTRAST_HINT) == 0) {
      assertThat(new ProseComparisonDeriver().contrast(claim)).as(text).isEmpty();
    }
  }

  /** {@link ClaimAttributor#startsDigression(String)} as it was written: a search per list, then the verb pattern. */
  private static boolean startsDigressionPlain(String text) {
    return containsAnyPlain(text, ClaimAttributor.SIDE_TRACKS)
        || containsAnyPlain(text, ClaimAttributor.DIGRESSION_CUES)
        && java.util.regex.Pattern.compile("(살펴보|알아보|조사|정리하|정리해|짚어보|해보)[^.]{0,12}(겠습니다|았습니다|봤습니다)")
            .matcher(text).find();
  }

  /** Whether the text contains one of the phrases, by a search per phrase: the plain form of {@link ClaimAttributor.Phrases#in}. */
  private static boolean containsAnyPlain(String text, String[] phrases) {
    for (String phrase : phrases) {
      if (text.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** The plain form of {@link ClaimAttributor#authorVoice}, a search per phrase and per pronoun, which it must equal. */
  private static boolean authorVoicePlain(String text) {
    for (String phrase : ClaimAttributor.AUTHOR_PHRASES) {
      if (text.contains(phrase)) {
        return true;
      }
    }
    for (String pronoun : ClaimAttributor.AUTHOR_PRONOUNS) {
      for (int at = text.indexOf(pronoun); at >= 0; at = text.indexOf(pronoun, at + 1)) {
        if (at == 0 || !Transliteration.isHangul(text.charAt(at - 1))) {
          return true;
        }
      }
    }
    return false;
  }
}
