package dev.summit.parser.internal.recognise;

import dev.summit.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

  private static final Set<String> HONORIFICS = Set.of("교수", "박사", "님", "Dr.", "Prof.");
  private static final Set<String> MODERATOR_WORDS = Set.of("moderator", "모더레이터", "사회", "사회자", "좌장", "진행");
  private static final Set<String> KOREAN_POSITIONS = Set.of(
      "회장", "부회장", "사장", "부사장", "대표", "대표이사", "교수", "부교수", "조교수", "상무", "전무", "이사", "부장",
      "팀장", "센터장", "본부장", "연구원", "수석", "책임", "선임", "공동창립자", "창립자", "창업자", "공동창업자", "의장",
      "원장", "소장", "박사", "총장", "장관", "차관", "위원장", "겸", "및", "고문", "실장", "그룹장", "담당", "리드", "엔지니어", "개발자", "매니저", "디렉터", "아키텍트", "운영위원장",
      "백엔드", "프론트엔드", "시니어", "주니어", "테크", "개발", "연구", "책임연구원", "수석연구원", "선임연구원",
      "연구위원", "위원", "연구소장", "부문장", "사업부장", "부대표", "대표변호사", "변호사", "기자", "작가", "총괄");
  private static final Set<String> ENGLISH_POSITIONS = Set.of(
      "ceo", "cto", "cfo", "coo", "cio", "cso", "cpo", "cmo", "vp", "svp", "evp", "cvp", "avp", "president",
      "chairman", "chairwoman", "chair", "founder", "co-founder", "cofounder", "fellow", "director", "head",
      "leader", "lead", "manager", "officer", "professor", "researcher", "scientist", "engineer", "partner",
      "principal", "architect", "&", "and", "corporate", "senior", "vice", "executive", "chief", "general",
      "managing", "distinguished", "associate", "assistant", "technical", "research", "staff", "product");

  /** Splits a line into people: top-level commas separate them; parentheses keep theirs. */
  public static List<Person> readAll(String line) {
    List<Person> people = new ArrayList<>();
    for (String part : splitTopLevel(line, ',')) {
      read(part).ifPresent(people::add);
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
    List<String> parts = new ArrayList<>();
    boolean moderator = false;
    for (String p : splitTopLevel(inside, ',')) {
      if (MODERATOR_WORDS.contains(p.strip().toLowerCase(Locale.ROOT))) {
        moderator = true;
      } else if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    String[] orgPosition = organizationAndPosition(parts);
    return Optional.of(new Person(name, Optional.of(inside), Optional.ofNullable(orgPosition[0]),
        Optional.ofNullable(orgPosition[1]), Optional.ofNullable(honorific), moderator));
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
    boolean moderator = parts.removeIf(p -> MODERATOR_WORDS.contains(p.toLowerCase(Locale.ROOT)));
    String name = parts.get(0);
    String position = parts.size() > 1 ? parts.get(1) : null;
    String org = parts.size() > 2 ? String.join(", ", parts.subList(2, parts.size())) : null;
    String affiliation = parts.size() > 1 ? String.join(" | ", parts.subList(1, parts.size())) : null;
    return Optional.of(new Person(name, Optional.ofNullable(affiliation), Optional.ofNullable(org),
        Optional.ofNullable(position), Optional.empty(), moderator));
  }

  /**
   * Splits "Org Role" parts into organisation and position: the position is the run of position words at
   * the end of the first part that has one; English position phrases in a later part stand whole.
   */
  static String[] organizationAndPosition(List<String> parts) {
    if (parts.isEmpty()) {
      return new String[] {null, null};
    }
    for (int k = 0; k < parts.size(); k++) {
      String[] words = splitAtSpaces(parts.get(k));
      int split = words.length;
      while (split > 0 && isPositionWord(words[split - 1])) {
        split--;
      }
      if (split == words.length) {
        continue;
      }
      boolean english = !isKorean(words[words.length - 1]);
      String rest = k + 1 < parts.size() ? ", " + String.join(", ", parts.subList(k + 1, parts.size())) : "";
      if (k > 0 && english) {
        return new String[] {String.join(", ", parts.subList(0, k)),
            String.join(", ", parts.subList(k, parts.size()))};
      }
      String lead = String.join(" ", java.util.Arrays.asList(words).subList(0, split));
      String position = String.join(" ", java.util.Arrays.asList(words).subList(split, words.length)) + rest;
      List<String> orgParts = new ArrayList<>(parts.subList(0, k));
      if (!lead.isEmpty()) {
        orgParts.add(lead);
      }
      String org = orgParts.isEmpty() ? null : String.join(", ", orgParts);
      return new String[] {org, position};
    }
    // no position word anywhere: the first part is the organisation, the rest its position
    String org = parts.get(0);
    String position = parts.size() > 1 ? String.join(", ", parts.subList(1, parts.size())) : null;
    return new String[] {org, position};
  }

  private static boolean isPositionWord(String word) {
    String w = word.endsWith(",") || word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return KOREAN_POSITIONS.contains(w) || ENGLISH_POSITIONS.contains(w.toLowerCase(Locale.ROOT));
  }

  /** What {@link #EMPHASIS_ENDS} removes: {@code [*_\\s]}. */
  private static boolean isEmphasisOrSpace(char c) {
    return c == '*' || c == '_' || isPatternSpace(c);
  }

  private static boolean isKorean(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0xAC00 && c <= 0xD7A3) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code WHITESPACE.split(text)} without the regex: the words between runs of {@code [ \t\n\x0B\f\r]}, with
   * an empty first word when the text starts with one and no empty words at the end.
   */
  static String[] splitAtSpaces(String text) {
    List<String> words = new ArrayList<>(4);
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (isPatternSpace(text.charAt(i))) {
        int end = i;
        while (i < text.length() && isPatternSpace(text.charAt(i))) {
          i++;
        }
        words.add(text.substring(start, end));
        start = i;
      } else {
        i++;
      }
    }
    if (start == 0) {
      return new String[] {text};
    }
    words.add(text.substring(start));
    int n = words.size();
    while (n > 0 && words.get(n - 1).isEmpty()) {
      n--;
    }
    return words.subList(0, n).toArray(new String[0]);
  }

  private static boolean isPatternSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
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

  /** Splits on a separator outside parentheses. */
  public static List<String> splitTopLevel(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == separator || (separator == ',' && (c == '，' || c == '、')))) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }
}
