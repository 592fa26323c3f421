package dev.summit.export.internal;

/**
 * Text that every UTF-8 JSON writer can hold: a Java string may contain unpaired surrogates, but no UTF-8 text
 * can (a UTF-8 writer would turn them into '?' or fail), so each one becomes U+FFFD.
 */
public final class WellFormedText {
  private WellFormedText() {}

  /** The text itself when it has no unpaired surrogate, else a copy with each one replaced by U+FFFD. */
  public static String of(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        String fixed = withoutLoneSurrogates(s, i);
        return fixed == null ? s : fixed;
      }
    }
    return s;
  }

  /** The text with each unpaired surrogate from {@code from} on replaced, or null when it has none. */
  private static String withoutLoneSurrogates(String s, int from) {
    StringBuilder out = null;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? null : out.toString();
  }
}
