package dev.summit.parser.internal.extract;

import java.util.Locale;

/**
 * Phonetic comparison of Hangul transliterations with Latin names.
 *
 * <p>Both sides are reduced to a <em>consonant skeleton</em>: a string of consonant classes as a Korean
 * loanword would render them. Classes: {@code B} (b, p, f, v, ph / ㅂ ㅍ ㅃ), {@code T} (t, d, th / ㄷ ㅌ ㄸ and
 * a final ㅅ), {@code K} (k, g, hard c, q, ck, chr / ㄱ ㅋ ㄲ), {@code S} (s, z, soft c, j, sh, ch, -tion / ㅅ ㅆ ㅈ
 * ㅊ ㅉ), {@code M}, {@code N} (n, ng / ㄴ and a final ㅇ), {@code L} (l, r / ㄹ), {@code H} (h / ㅎ). Vowels,
 * w and y are dropped; an r that does not precede a vowel is silent (Mark → 마크), as is the epenthetic 르 that
 * Korean writes for it (Borkar → 보르카르); a b between m and a consonant is silent (Lambda → 람다).
 * Runs of one class collapse to one (Balaban, 발라반 → BLBN).
 *
 * <p>Two names match when their skeletons are equal; callers decide the minimum skeleton length they trust.
 * Stateless.
 */
final class Transliteration {
  private Transliteration() {}

  private static final String INITIAL = "KKNTTLMBBSS-SSSKTBH";
  private static final String[] FINAL = {
      "", "K", "K", "K", "N", "N", "N", "T", "L", "L", "L", "L", "L", "L", "L", "L", "M", "B", "B", "T", "T",
      "N", "T", "T", "K", "T", "B", ""};
  private static final int RIEUL = 5;
  private static final int EU = 18;

  /** The consonant skeleton of Hangul text; other characters are skipped. */
  static String hangul(String text) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    boolean wordStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '\uAC00' || c > '\uD7A3') {
        wordStart = true;
        continue;
      }
      int code = c - 0xAC00;
      int initial = code / (21 * 28);
      int medial = (code / 28) % 21;
      int fin = code % 28;
      if (!wordStart && initial == RIEUL && medial == EU && fin == 0) {
        wordStart = false;
        continue; // 르 for a silent r
      }
      append(out, INITIAL.charAt(initial));
      if (fin > 0) {
        String finals = FINAL[fin];
        for (int k = 0; k < finals.length(); k++) {
          append(out, finals.charAt(k));
        }
      }
      wordStart = false;
    }
    return out.toString();
  }

  /** Longer skeletons have no {@link #key}. */
  static final int MAX_KEY_LENGTH = 15;
  private static final String CLASSES = "BTKSMNLH";

  /**
   * A skeleton packed into a long, four bits per class, so that it can be looked up without allocating:
   * equal skeletons have equal keys. -1 for a skeleton longer than {@value #MAX_KEY_LENGTH} classes.
   */
  static long key(String skeleton) {
    if (skeleton.length() > MAX_KEY_LENGTH) {
      return -1;
    }
    long key = 0;
    for (int i = 0; i < skeleton.length(); i++) {
      key = key << 4 | (CLASSES.indexOf(skeleton.charAt(i)) + 1);
    }
    return key;
  }

  /** The number of classes in a {@link #key}. */
  static int keyLength(long key) {
    return (67 - Long.numberOfLeadingZeros(key)) / 4;
  }

  /**
   * Per syllable, the class codes (1-based indices into CLASSES, 0 for none) it appends: the initial's in
   * bits 4–7, the final's in bits 0–3; SILENT_REU marks 르, which a word does not write after its start.
   */
  private static final int[] SYLLABLE_CLASSES = new int[0xD7A4 - 0xAC00];
  private static final int SILENT_REU = 1 << 8;

  static {
    // Syllables run initial by initial, medial by medial, final by final, and the medial (a vowel) adds no
    // class: so each initial's row of 28 finals is built once and copied for its 21 medials. A short run
    // executes this in the interpreter; a loop over all 11,172 syllables cost 4.6 ms of its start.
    int[] row = new int[FINAL.length];
    int code = 0;
    for (int initial = 0; initial < INITIAL.length(); initial++) {
      int initialClass = CLASSES.indexOf(INITIAL.charAt(initial)) + 1 << 4;
      for (int fin = 0; fin < FINAL.length; fin++) {
        row[fin] = FINAL[fin].isEmpty() ? initialClass : initialClass | CLASSES.indexOf(FINAL[fin].charAt(0)) + 1;
      }
      for (int medial = 0; medial < 21; medial++, code += row.length) {
        System.arraycopy(row, 0, SYLLABLE_CLASSES, code, row.length);
      }
    }
    SYLLABLE_CLASSES[(RIEUL * 21 + EU) * 28] |= SILENT_REU; // 르: initial ㄹ, medial ㅡ, no final
  }

  /**
   * {@code key(hangul(text.substring(start, end)))}, without building the skeleton: the steps of
   * {@link #hangul}, packed as {@link #key}.
   */
  static long hangulKey(String text, int start, int end) {
    return hangulKey(0, true, text, start, end);
  }

  /**
   * {@code hangulKey(text, from, end)} for a run of syllables, from {@code key = hangulKey(text, from, start)}
   * with {@code from < start}: the same steps, taken on from there.
   */
  static long hangulKeyAfter(long key, String text, int start, int end) {
    return hangulKey(key, false, text, start, end);
  }

  private static long hangulKey(long key, boolean atStart, String text, int start, int end) {
    long k = key;
    boolean atWordStart = atStart;
    for (int i = start; i < end && k != -1; i++) {
      char c = text.charAt(i);
      if (c < '\uAC00' || c > '\uD7A3') {
        atWordStart = true;
        continue;
      }
      int classes = SYLLABLE_CLASSES[c - 0xAC00];
      if (!atWordStart && (classes & SILENT_REU) != 0) {
        continue;
      }
      k = appendKey(appendKey(k, classes >> 4 & 0xF), classes & 0xF);
      atWordStart = false;
    }
    return k;
  }

  /**
   * Per syllable, what it appends to a key, packed for {@link #runKey}: its class codes with the empty ones
   * left out and a run of one class collapsed (각: K, not K K), right-aligned in bits 0–7; how many there are
   * (0 to 2) in bits 8–9; the first of them in bits 10–13 (15 when there is none, which no key ends with);
   * and bit 14 for 르, which a word does not write after its start. A char each, so the table is half the
   * size of SYLLABLE_CLASSES.
   */
  private static final char[] SYLLABLE_STEP = new char[0xD7A4 - 0xAC00];

  static {
    // as SYLLABLE_CLASSES: each initial's row of 28 finals is built once and copied for its 21 medials
    char[] row = new char[FINAL.length];
    for (int initial = 0; initial < INITIAL.length(); initial++) {
      int code = initial * 21 * 28;
      for (int fin = 0; fin < row.length; fin++) {
        row[fin] = step(SYLLABLE_CLASSES[code + fin]);
      }
      for (int medial = 0; medial < 21; medial++, code += row.length) {
        System.arraycopy(row, 0, SYLLABLE_STEP, code, row.length);
      }
    }
    int reu = (RIEUL * 21 + EU) * 28;
    SYLLABLE_STEP[reu] = step(SYLLABLE_CLASSES[reu]);
  }

  /** The {@link #SYLLABLE_STEP} of a syllable with these {@link #SYLLABLE_CLASSES}. */
  private static char step(int classes) {
    int initial = classes >> 4 & 0xF;
    int fin = classes & 0xF;
    int codes = initial;
    int count = initial == 0 ? 0 : 1;
    if (fin != 0 && fin != initial) {
      codes = codes << 4 | fin;
      count++;
    }
    int first = count == 0 ? 15 : initial != 0 ? initial : fin;
    return (char) (codes | count << 8 | first << 10 | ((classes & SILENT_REU) != 0 ? 1 << 14 : 0));
  }

  /**
   * {@code hangulKeyAfter(key, text, start, end)} (or, with {@code key} 0 and {@code atWordStart},
   * {@code hangulKey(text, start, end)}) for a run of syllables: the word reader's form. It takes
   * no branch per syllable: whether a syllable has a final consonant is a coin toss in Korean text, and a
   * branch on it was mispredicted about every other syllable. The key's length is counted, and a key past
   * {@value #MAX_KEY_LENGTH} classes becomes -1 at the end: once past, it stays past.
   */
  static long runKey(String text, int start, int end, long key, boolean atWordStart) {
    if (key == -1) {
      return -1;
    }
    long k = key;
    int length = keyLength(key);
    for (int i = start; i < end; i++) {
      int step = SYLLABLE_STEP[text.charAt(i) - 0xAC00];
      int count = step >> 8 & 3;
      count -= (step >> 10 & 0xF) == (int) (k & 0xF) ? 1 : 0; // its first class goes on the key's last
      count = (step & 1 << 14) != 0 && (i != start || !atWordStart) ? 0 : count; // a silent 르
      int bits = count << 2;
      k = k << bits | step & (1 << bits) - 1;
      length += count;
    }
    return length > MAX_KEY_LENGTH ? -1 : k;
  }

  /**
   * The key of two words' skeletons written one after the other ({@code hangul(a + " " + b)}), from their
   * keys: a run of one class across the join collapses.
   */
  static long joinKeys(long a, long b) {
    if (a == -1 || b == -1) {
      return -1;
    }
    int length = keyLength(b);
    if (length == 0) {
      return a;
    }
    // b's classes are collapsed already: only its first can be a run with a's last, and it then goes
    long rest = b;
    if ((b >>> 4 * (length - 1) & 0xF) == (a & 0xF)) {
      length--;
      rest = b & (1L << 4 * length) - 1;
    }
    return keyLength(a) + length > MAX_KEY_LENGTH ? -1 : a << 4 * length | rest;
  }

  private static long appendKey(long key, int code) {
    if (code == 0 || key == -1 || (key & 0xF) == code) {
      return key; // no class, or a run of one class, which collapses as in append
    }
    return keyLength(key) >= MAX_KEY_LENGTH ? -1 : key << 4 | code;
  }

  /** The consonant skeleton of a Latin name; other characters are skipped. */
  static String latin(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : ' ';
      char next2 = i + 2 < n ? s.charAt(i + 2) : ' ';
      char prev = i > 0 ? s.charAt(i - 1) : ' ';
      if (!(c >= 'a' && c <= 'z')) {
        continue;
      }
      switch (c) {
        case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> { }
        case 'p' -> {
          append(out, 'B');
          if (next == 'h') {
            i++;
          }
        }
        case 'b' -> {
          if (!(prev == 'm' && !isVowel(next))) {
            append(out, 'B');
          }
        }
        case 'f', 'v' -> append(out, 'B');
        case 't' -> {
          if (next == 'h') {
            append(out, 'T');
            i++;
          } else if (next == 'i' && isVowel(next2)) {
            append(out, 'S');
          } else {
            append(out, 'T');
          }
        }
        case 'd' -> append(out, 'T');
        case 's' -> {
          append(out, 'S');
          if (next == 'h') {
            i++;
          }
        }
        case 'z', 'j' -> append(out, 'S');
        case 'c' -> {
          if (next == 'h') {
            append(out, next2 == 'r' || next2 == 'l' ? 'K' : 'S');
            i++;
          } else if (next == 'k') {
            append(out, 'K');
            i++;
          } else if (next == 'e' || next == 'i' || next == 'y') {
            append(out, 'S');
          } else {
            append(out, 'K');
          }
        }
        case 'k', 'g' -> {
          if (c == 'g' && next == 'h') {
            i++;
          } else {
            append(out, 'K');
          }
        }
        case 'q' -> {
          append(out, 'K');
          if (next == 'u') {
            i++;
          }
        }
        case 'x' -> {
          append(out, 'K');
          append(out, 'S');
        }
        case 'm' -> append(out, 'M');
        case 'n' -> {
          append(out, 'N');
          if (next == 'g' && !isVowel(next2)) {
            i++;
          }
        }
        case 'l' -> append(out, 'L');
        case 'r' -> {
          if (isVowel(next)) {
            append(out, 'L');
          }
        }
        case 'h' -> {
          if (!isConsonant(prev)) {
            append(out, 'H');
          }
        }
        default -> { }
      }
    }
    return out.toString();
  }

  /** The skeleton of a Latin name without a plural s (Solutions → 솔루션). */
  static String latinSingular(String text) {
    String t = text.strip();
    if (t.length() > 3 && (t.endsWith("s") || t.endsWith("S")) && !isVowel(Character.toLowerCase(t.charAt(t.length() - 2)))) {
      return latin(t.substring(0, t.length() - 1));
    }
    return latin(t);
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && !isVowel(c) && c != 'w';
  }

  private static void append(StringBuilder out, char cls) {
    if (cls == '-') {
      return;
    }
    if (out.length() > 0 && out.charAt(out.length() - 1) == cls) {
      return;
    }
    out.append(cls);
  }

  /**
   * True when two Hangul spellings of one name differ only in one vowel of one syllable after the first
   * (이강옥, 이강욱). Callers require context (organisation, position) before trusting it.
   */
  static boolean nearHangul(String a, String b) {
    if (a.length() != b.length() || a.length() < 2 || a.equals(b)) {
      return false;
    }
    if (a.charAt(0) != b.charAt(0)) {
      return false;
    }
    int diffs = 0;
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x == y) {
        continue;
      }
      if (!isHangul(x) || !isHangul(y)) {
        return false;
      }
      int cx = x - 0xAC00;
      int cy = y - 0xAC00;
      if (cx / (21 * 28) != cy / (21 * 28) || cx % 28 != cy % 28) {
        return false; // a consonant differs
      }
      diffs++;
    }
    return diffs == 1;
  }

  /** Hangul syllables, not counting the epenthetic ones written with ㅡ and no final (스, 르, 크). */
  static int syllables(String hangul) {
    int n = 0;
    for (int i = 0; i < hangul.length(); i++) {
      char c = hangul.charAt(i);
      if (!isHangul(c)) {
        continue;
      }
      int code = c - 0xAC00;
      if ((code / 28) % 21 == EU && code % 28 == 0) {
        continue;
      }
      n++;
    }
    return n;
  }

  /** Runs of vowels in a Latin word, a silent final e not counted. */
  static int vowelGroups(String latin) {
    String s = latin.toLowerCase(Locale.ROOT);
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean v = isVowel(c);
      boolean silentE = c == 'e' && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1))) && i > 0
          && !isVowel(s.charAt(i - 1));
      if (v && !in && !silentE) {
        n++;
      }
      in = v;
    }
    return n;
  }

  static boolean isHangul(char c) {
    return c >= '\uAC00' && c <= '\uD7A3';
  }

  static boolean allHangul(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isHangul(c) && c != ' ') {
        return false;
      }
    }
    return true;
  }
}
