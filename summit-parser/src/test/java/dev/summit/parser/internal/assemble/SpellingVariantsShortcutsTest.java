package dev.summit.parser.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.NameSpelling;
import dev.summit.model.Session;
import dev.summit.model.Summit;
import dev.summit.parser.RecapParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** The spelling-variant search's shortcuts give what the plain computations they stand for give. */
class SpellingVariantsShortcutsTest {

  @Provide
  Arbitrary<String> names() {
    // few syllables, so that pieces equal to or one off the name are common
    return Arbitraries.strings().withChars("이강옥욱김정훈").ofMinLength(2).ofMaxLength(4);
  }

  @Property(tries = 3000)
  void oneDifferenceIsAVariantOtherThanTheNameItself(@ForAll("names") String name, @ForAll("names") String other) {
    // the search looks only at pieces of the name's length and first syllable: made so from any other name
    StringBuilder piece = new StringBuilder().append(name.charAt(0));
    for (int k = 1; k < name.length(); k++) {
      piece.append(k < other.length() ? other.charAt(k) : name.charAt(k));
    }
    String text = "앞 " + piece + " 뒤";
    boolean plain = !piece.toString().equals(name) && NameSpelling.variants(name, piece.toString());
    assertThat(SpellingVariants.differences(text, 2, name) == 1).as(name + " / " + piece).isEqualTo(plain);
  }

  @Example
  void claimsAreTheSessionsClaimsInOrder() throws Exception {
    Path corpus = null;
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("corpus"))) {
        corpus = p.resolve("corpus");
        break;
      }
    }
    Summit summit = RecapParser.builder().build().parseAll(List.of(
        corpus.resolve("sk-ai-summit-2024-day1-morning.md"), corpus.resolve("sk-ai-summit-2024-day1-afternoon.md")))
        .summit();
    int claims = 0;
    for (Session s : summit.sessions()) {
      assertThat(SpellingVariants.claims(s)).containsExactlyElementsOf(s.claims());
      claims += s.claims().size();
    }
    assertThat(claims).isGreaterThan(300);
  }
}
