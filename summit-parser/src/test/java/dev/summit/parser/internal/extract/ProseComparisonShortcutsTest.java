package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ProseComparisonDeriver#valueWords} cuts what the split it replaced cut. */
class ProseComparisonShortcutsTest {
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,.:;!?]+");
  private static final Pattern PAREN = Pattern.compile("\\([^()]{0,40}\\)");

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.of("열", "관리", " ", "  ", ",", ".", ":", ";", "!", "?", "\t", "\n", "(", ")", "(CVD)", "가나다",
        "abc", "\u000B", "\u00A0", "의").list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 20_000)
  void wordsAreTheNonEmptyPiecesOfTheSplit(@ForAll("values") String v) {
    assertThat(ProseComparisonDeriver.valueWords(v)).as("[%s]", v).isEqualTo(plain(v));
  }

  @Example
  void longValuesAreCutAt400() {
    String v = "열 관리 (메모) ".repeat(60) + "끝";
    assertThat(v.length()).isGreaterThan(400);
    assertThat(ProseComparisonDeriver.valueWords(v)).isEqualTo(plain(v));
    assertThat(ProseComparisonDeriver.valueWords("화학 기상 증착(CVD): 열 관리")).containsExactly("화학", "기상", "증착", "열", "관리");
  }

  private static List<String> plain(String v) {
    List<String> ws = new ArrayList<>();
    String head = v.length() > 400 ? v.substring(0, 400) : v;
    for (String w : WORD_BREAKS.split(PAREN.matcher(head).replaceAll(" "))) {
      if (!w.isEmpty()) {
        ws.add(w);
      }
    }
    return ws;
  }

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("열", "관리", " ", "  ", ".", "!", "?", "\t", "\n", "\r", "\u000B", "\u00A0", "a", "다.", "?!")
        .list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 20_000)
  void sentencesAreTheSplit(@ForAll("texts") String text) {
    assertThat(ProseComparisonDeriver.sentences(text)).as("[%s]", text)
        .containsExactly(SENTENCE_END.split(text));
  }
}
