package dev.summit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Affiliation's word splitting and joining without views or copies gives what the plain forms (the regex
 * split, String.join over sublists) give.
 */
class AffiliationShortcutsTest {
  private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");

  @Provide
  Arbitrary<List<String>> parts() {
    // position words (Korean and English, with a comma or dot), organisation words, and spaces of each kind
    Arbitrary<String> word = Arbitraries.of("CEO", "ceo", "SVP", "Corporate", "Fellow", "회장", "부사장", "교수",
        "공동창립자", "Microsoft", "SK하이닉스", "Los", "Alamos", "HPC", "Division", "Leader", "Lab,", "CEO.", "&",
        "", "AI");
    Arbitrary<String> space = Arbitraries.of(" ", " ", "  ", "\t", "\n");
    Arbitrary<String> part = Combinators.combine(Arbitraries.of("", "", " "), word.list().ofMinSize(1).ofMaxSize(3),
        space.list().ofSize(3)).as((lead, words, spaces) -> {
          StringBuilder b = new StringBuilder(lead);
          for (int i = 0; i < words.size(); i++) {
            b.append(i == 0 ? "" : spaces.get(i - 1)).append(words.get(i));
          }
          return b.toString();
        });
    return part.list().ofMinSize(0).ofMaxSize(4);
  }

  @Property(tries = 4000)
  void organizationAndPositionAsThePlainForm(@ForAll("parts") List<String> parts) {
    assertThat(Affiliation.organizationAndPosition(parts)).containsExactly(organizationAndPositionPlain(parts));
  }

  @Property(tries = 2000)
  void splitAtSpacesAsTheRegex(@ForAll("parts") List<String> parts) {
    String text = String.join(" ", parts);
    assertThat(Affiliation.splitAtSpaces(text)).containsExactly(WHITESPACE.split(text));
  }

  @Test
  void typicalAffiliations() {
    assertThat(Affiliation.of("SK하이닉스 CEO").organization()).contains("SK하이닉스");
    assertThat(Affiliation.of("SK하이닉스 CEO").position()).contains("CEO");
    assertThat(Affiliation.of("AMD Corporate Fellow").position()).contains("Corporate Fellow");
    assertThat(Affiliation.of("Los Alamos National Laboratory, HPC Division Leader, Moderator").organization())
        .contains("Los Alamos National Laboratory");
    assertThat(Affiliation.of("Los Alamos National Laboratory, HPC Division Leader, Moderator").position())
        .contains("HPC Division Leader");
    assertThat(Affiliation.of("CEO").organization()).isEmpty();
  }

  /** The form before the shortcuts, as it was. */
  private static String[] organizationAndPositionPlain(List<String> parts) {
    if (parts.isEmpty()) {
      return new String[] {null, null};
    }
    for (int k = 0; k < parts.size(); k++) {
      String[] words = WHITESPACE.split(parts.get(k));
      int split = words.length;
      while (split > 0 && isPositionWord(words[split - 1])) {
        split--;
      }
      if (split == words.length) {
        continue;
      }
      boolean english = !isKorean(words[words.length - 1]);
      if (k > 0 && english) {
        return new String[] {String.join(", ", parts.subList(0, k)),
            String.join(", ", parts.subList(k, parts.size()))};
      }
      String rest = k + 1 < parts.size() ? ", " + String.join(", ", parts.subList(k + 1, parts.size())) : "";
      String lead = String.join(" ", Arrays.asList(words).subList(0, split));
      String position = String.join(" ", Arrays.asList(words).subList(split, words.length)) + rest;
      List<String> orgParts = new ArrayList<>(parts.subList(0, k));
      if (!lead.isEmpty()) {
        orgParts.add(lead);
      }
      String org = orgParts.isEmpty() ? null : String.join(", ", orgParts);
      return new String[] {org, position};
    }
    String org = parts.get(0);
    String position = parts.size() > 1 ? String.join(", ", parts.subList(1, parts.size())) : null;
    return new String[] {org, position};
  }

  private static boolean isPositionWord(String word) {
    return Affiliation.isPositionWord(word);
  }

  private static boolean isKorean(String word) {
    return word.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
  }
}
