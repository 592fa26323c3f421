package dev.summit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How an affiliation in parentheses splits into a speaker's organisation and position: the rule behind
 * {@link Speaker#organization()} and {@link Speaker#position()}. The parser reads speaker lines with it, and the
 * Markdown export checks with it that what it writes splits back into the organisation and position it has.
 *
 * <pre>{@code
 * Affiliation.of("SK하이닉스 CEO");                // SK하이닉스 / CEO
 * Affiliation.of("KAIST 교수, Moderator");         // KAIST / 교수, a moderator
 * Affiliation.of("Sinovation Ventures, Rhymes AI"); // Sinovation Ventures / Rhymes AI (no position words)
 * }</pre>
 *
 * @param organization the organisation, if any
 * @param position the position, if any
 * @param moderator whether a comma part is a moderator word ({@code Moderator}, {@code 좌장} …)
 */
public record Affiliation(Optional<String> organization, Optional<String> position, boolean moderator) {
  private static final String[] MODERATOR_LIST = {"moderator", "모더레이터", "사회", "사회자", "좌장", "진행"};
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

  /**
   * The affiliation's parts are its comma parts outside parentheses; a part that is a moderator word marks a
   * moderator and is dropped; the rest split by {@link #organizationAndPosition(List)}.
   */
  public static Affiliation of(String inside) {
    List<String> parts = new ArrayList<>();
    boolean moderator = false;
    for (String p : splitTopLevel(inside, ',')) {
      if (isModeratorWord(p)) {
        moderator = true;
      } else if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    String[] orgPosition = organizationAndPosition(parts);
    return new Affiliation(Optional.ofNullable(orgPosition[0]), Optional.ofNullable(orgPosition[1]), moderator);
  }

  /** Whether the text, stripped and in any case, is a moderator word. */
  public static boolean isModeratorWord(String text) {
    // MODERATOR_WORDS.contains(text.strip().toLowerCase(Locale.ROOT)) without the two copies (one per part
    // of every affiliation read): no char lower-cases into these words' letters but their own upper case
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    for (String word : MODERATOR_LIST) {
      if (word.length() == end - start && isLowerCaseOf(text, start, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerCaseOf(String text, int from, String lowerWord) {
    for (int i = 0; i < lowerWord.length(); i++) {
      if (Character.toLowerCase(text.charAt(from + i)) != lowerWord.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits "Org Role" parts into organisation and position ({@code [organisation or null, position or null]}):
   * the position is the run of position words at the end of the first part that has one; English position
   * phrases in a later part stand whole; without position words, the first part is the organisation and the
   * rest its position.
   */
  public static String[] organizationAndPosition(List<String> parts) {
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
      if (k > 0 && english) {
        return new String[] {String.join(", ", parts.subList(0, k)),
            String.join(", ", parts.subList(k, parts.size()))};
      }
      String rest = k + 1 < parts.size() ? ", " + String.join(", ", parts.subList(k + 1, parts.size())) : "";
      String lead = join(words, 0, split);
      String role = join(words, split, words.length);
      String position = rest.isEmpty() ? role : role + rest;
      String org;
      if (k == 0) {
        org = lead.isEmpty() ? null : lead; // most affiliations: "Org Role" in one part
      } else {
        List<String> orgParts = new ArrayList<>(parts.subList(0, k));
        if (!lead.isEmpty()) {
          orgParts.add(lead);
        }
        org = String.join(", ", orgParts);
      }
      return new String[] {org, position};
    }
    String org = parts.get(0);
    String position = parts.size() > 1 ? String.join(", ", parts.subList(1, parts.size())) : null;
    return new String[] {org, position};
  }

  /**
   * {@code String.join(" ", Arrays.asList(words).subList(from, to))}: the same text, without the views, the
   * iterator and, for one word, the copy (an equal String: only the value is kept).
   */
  private static String join(String[] words, int from, int to) {
    if (to - from == 1) {
      return words[from];
    }
    if (to == from) {
      return "";
    }
    StringBuilder out = new StringBuilder(words[from]);
    for (int i = from + 1; i < to; i++) {
      out.append(' ').append(words[i]);
    }
    return out.toString();
  }

  static boolean isPositionWord(String word) {
    String w = word.endsWith(",") || word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    // one set is asked, by the first char: the Korean words are Hangul alone, and the English ones start with
    // an ASCII char, into which no other char lower-cases but the Kelvin sign (no word starts with k)
    if (w.isEmpty()) {
      return false;
    }
    char first = w.charAt(0);
    return first >= 0xAC00 && first <= 0xD7A3 ? KOREAN_POSITIONS.contains(w)
        : first < 0x80 && ENGLISH_POSITIONS.contains(w.toLowerCase(Locale.ROOT));
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
    List<String> words = null; // made at the first space: a part of one word needs none
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (isPatternSpace(text.charAt(i))) {
        int end = i;
        while (i < text.length() && isPatternSpace(text.charAt(i))) {
          i++;
        }
        if (words == null) {
          words = new ArrayList<>(4);
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

  /** Whether the char is one of {@code [ \t\n\x0B\f\r]}. */
  public static boolean isPatternSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** Splits on a separator outside parentheses ({@code ,} also splits at {@code ，} and {@code 、}). */
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
