package dev.summit.export.internal;

/**
 * The parser's rule for two spellings of one name, which it records as an alias when agenda and detail differ
 * by it: the same letters and digits, one Hangul syllable apart after the family name, or one edit apart in
 * names of at least five letters.
 */
final class SpellingVariant {
  private SpellingVariant() {
  }

  static boolean of(String a, String b) {
    String x = key(a);
    String y = key(b);
    if (x.equals(y)) {
      return true;
    }
    if (x.codePoints().allMatch(SpellingVariant::isHangul) && y.codePoints().allMatch(SpellingVariant::isHangul)) {
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

  private static String key(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean isHangul(int cp) {
    return cp >= 0xAC00 && cp <= 0xD7A3;
  }

  /** Levenshtein distance 1, in chars as the parser counts them. */
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
