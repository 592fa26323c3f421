package dev.summit.parser.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.NameSpelling;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link SummitAssembler#sameKey} tells what comparing the two keys tells. */
class SameKeyTest {
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("aAbB1 .,-가각ΣσςİıǅǄＡａ\u0301\uD83D\uDCA1\uD835\uDC00\uD800_").ofMaxLength(8);
  }

  @Property(tries = 20_000)
  void sameKeyIsKeysEqual(@ForAll("texts") String a, @ForAll("texts") String b) {
    assertThat(SummitAssembler.sameKey(a, b)).as("[%s] [%s]", a, b)
        .isEqualTo(NameSpelling.key(a).equals(NameSpelling.key(b)));
  }

  @Property(tries = 20_000)
  void sameKeyOfACaseAndPunctuationVariant(@ForAll("texts") String a, @ForAll("texts") String noise) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      b.append(i % 2 == 0 ? Character.toUpperCase(c) : c);
      if (i < noise.length() && !Character.isLetterOrDigit(noise.charAt(i))) {
        b.append(noise.charAt(i));
      }
    }
    assertThat(SummitAssembler.sameKey(a, b.toString())).as("[%s] [%s]", a, b)
        .isEqualTo(NameSpelling.key(a).equals(NameSpelling.key(b.toString())));
  }

  @Example
  void examples() {
    assertThat(SummitAssembler.sameKey("Gary  Grider.", "gary grider")).isTrue();
    assertThat(SummitAssembler.sameKey("AI 인프라의 미래", "AI 인프라의 미래!")).isTrue();
    assertThat(SummitAssembler.sameKey("AI 인프라", "AI 인프라의")).isFalse();
    assertThat(SummitAssembler.sameKey("", " .")).isTrue();
  }
}
