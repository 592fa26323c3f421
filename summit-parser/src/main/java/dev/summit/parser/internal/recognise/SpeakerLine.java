package dev.summit.parser.internal.recognise;

import dev.summit.model.Affiliation;
import dev.summit.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the people of a speaker line in the shapes posts use: {@code Name (Org Role)}, {@code Name (Org, Role)},
 * {@code Name (Org 교수, Moderator)}, {@code Name 교수 (KAIST, Moderator)}, {@code Name | Title | Org}, and
 * comma-separated lists of those.
 */
public final class SpeakerLine {
  // compiled once: String.replaceAll/split with a regex compile a Pattern per call
  private static final Pattern EMPHASIS_ENDS = Pattern.compile("^[*_\\s]+|[*_\\s]+$");

  private SpeakerLine() {}

  /**
   * One person of a speaker line.
   *
   * @param affiliation the parenthesised text exactly as written
   * @param moderator whether the line marks the person as moderator
   */
  public record Person(
      String name,
      Optional<String> affiliation,
      Optional<String> organization,
      Optional<String> position,
      Optional<String> honorific,
      boolean moderator) {
    public Role role(Role otherwise) {
      return moderator ? Role.MODERATOR : otherwise;
    }
  }

  /**
   * Honorifics after a name. An array, not a set: only iterated, and no two can end one name after a space, so
   * the order (a Set.of's differs from run to run) decides nothing.
   */
  private static final String[] HONORIFICS = {"교수", "박사", "님", "Dr.", "Prof."};

  /** Splits a line into people: top-level commas separate them; parentheses keep theirs. */
  public static List<Person> readAll(String line) {
    List<String> parts = splitTopLevel(line, ',');
    List<Person> people = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      Optional<Person> person = read(parts.get(i));
      if (person.isPresent()) {
        people.add(person.get());
      }
    }
    return people;
  }

  /** Reads one person; empty when the text holds no name. */
  public static Optional<Person> read(String text) {
    String t = ContentReader.normalise(text);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.indexOf('|') >= 0 && t.indexOf('(') < 0) {
      return piped(t);
    }
    String name = t;
    String inside = null;
    int open = t.indexOf('(');
    if (open < 0) {
      open = t.indexOf('（');
    }
    if (open > 0) {
      int close = matchingClose(t, open);
      name = t.substring(0, open).strip();
      inside = t.substring(open + 1, close < 0 ? t.length() : close).strip();
    }
    String honorific = null;
    for (String h : HONORIFICS) {
      if (name.length() > h.length() && name.endsWith(h) && name.charAt(name.length() - h.length() - 1) == ' ') {
        honorific = h;
        name = name.substring(0, name.length() - h.length()).strip();
        break;
      }
    }
    if (!name.isEmpty() && (isEmphasisOrSpace(name.charAt(0)) || isEmphasisOrSpace(name.charAt(name.length() - 1)))) {
      name = EMPHASIS_ENDS.matcher(name).replaceAll("");
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (inside == null || inside.isEmpty()) {
      return Optional.of(new Person(name, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.ofNullable(honorific), false));
    }
    Affiliation split = Affiliation.of(inside);
    return Optional.of(new Person(name, Optional.of(inside), split.organization(), split.position(),
        Optional.ofNullable(honorific), split.moderator()));
  }

  /** {@code Name | Title | Org}. */
  private static Optional<Person> piped(String t) {
    List<String> parts = new ArrayList<>();
    for (String p : t.split("\\|")) {
      if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    boolean moderator = parts.removeIf(Affiliation::isModeratorWord);
    String name = parts.get(0);
    String position = parts.size() > 1 ? parts.get(1) : null;
    String org = parts.size() > 2 ? String.join(", ", parts.subList(2, parts.size())) : null;
    String affiliation = parts.size() > 1 ? String.join(" | ", parts.subList(1, parts.size())) : null;
    return Optional.of(new Person(name, Optional.ofNullable(affiliation), Optional.ofNullable(org),
        Optional.ofNullable(position), Optional.empty(), moderator));
  }

  /** What {@link #EMPHASIS_ENDS} removes: {@code [*_\\s]}. */
  private static boolean isEmphasisOrSpace(char c) {
    return c == '*' || c == '_' || Affiliation.isPatternSpace(c);
  }

  private static int matchingClose(String t, int open) {
    int depth = 0;
    for (int i = open; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if (c == ')' || c == '）') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Splits on a separator outside parentheses: {@link Affiliation#splitTopLevel}. */
  public static List<String> splitTopLevel(String text, char separator) {
    return Affiliation.splitTopLevel(text, separator);
  }
}
