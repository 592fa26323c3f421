package dev.summit.model;

/**
 * When two spellings are one name: the rule behind {@link Speaker#aliases()}. Posts spell a speaker one way in
 * the agenda and another in the detail (이강욱, 이강옥); the parser records the second spelling as an alias
 * when the two are variants, and the Markdown export writes an alias back where the parser will read it so.
 *
 * <pre>{@code
 * NameSpelling.variants("이강욱", "이강옥");          // true: one syllable after the family name
 * NameSpelling.variants("Gary Grider", "Gary Grieder"); // true: one edit, five letters or more
 * NameSpelling.variants("김철수", "박철수");          // false: the family name differs
 * }</pre>
 */
public final class NameSpelling {
  private NameSpelling() {}

  /**
   * Whether {@code a} and {@code b} spell one name: the same letters and digits (case, spaces and punctuation
   * aside); or Hangul names of the same length, at least two syllables, with the same family (first) syllable
   * and one other syllable different; or other names of at least five letters one edit apart.
   */
  public static boolean variants(String a, String b) {
    String x = key(a);
    String y = key(b);
    if (x.equals(y)) {
      return true;
    }
    if (x.codePoints().allMatch(NameSpelling::isHangul) && y.codePoints().allMatch(NameSpelling::isHangul)) {
      if (x.length() != y.length() || x.length() < 2 || x.charAt(0) != y.charAt(0)) {
        return false;
      }
      int diff = 0;
      for (int i = 0; i < x.length(); i++) {
        diff += x.charAt(i) == y.charAt(i) ? 0 : 1;
      }
      return diff == 1;
    }
    return Math.min(x.length(), y.length()) >= 5 && oneEditApart(x, y);
  }

  /**
   * The letters and digits of {@code s}, lower-cased: what two spellings are compared on, so that case, spaces
   * and punctuation never tell names apart ({@code key("Gary  Grider.")} is {@code "garygrider"}).
   */
  public static String key(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    return out.toString();
  }

  private static boolean isHangul(int cp) {
    return cp >= 0xAC00 && cp <= 0xD7A3;
  }

  /** Levenshtein distance exactly 1, counted in chars. */
  private static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()] == 1;
  }
}
