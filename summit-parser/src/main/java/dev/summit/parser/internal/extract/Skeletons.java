package dev.summit.parser.internal.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Consonant skeletons ({@link Transliteration}) computed once per parse: the matcher of every session asks for
 * the skeletons of the same names and organisations. One parse, one thread: not shared.
 */
final class Skeletons {
  private final Map<String, String> latin = new HashMap<>();
  private final Map<String, String> latinSingular = new HashMap<>();
  private final Map<String, String> hangul = new HashMap<>();
  /** An organisation form's key in lower case, and that key without spaces. */
  private final Map<String, String[]> orgKeys = new HashMap<>();

  /** Per person (by identity: the same object in every session that has it), see {@link NameMatcher#facts}. */
  private final Map<NameMatcher.Person, NameMatcher.Facts> facts = new java.util.IdentityHashMap<>();

  NameMatcher.Facts facts(NameMatcher.Person p) {
    NameMatcher.Facts f = facts.get(p);
    if (f == null) {
      f = NameMatcher.facts(p, this);
      facts.put(p, f);
    }
    return f;
  }

  String latin(String text) {
    return latin.computeIfAbsent(text, Transliteration::latin);
  }

  String latinSingular(String text) {
    return latinSingular.computeIfAbsent(text, Transliteration::latinSingular);
  }

  String hangul(String text) {
    return hangul.computeIfAbsent(text, Transliteration::hangul);
  }

  /** {@code {form.toLowerCase(Locale.ROOT), that.replace(" ", "")}}, made once per parse for each form. */
  String[] orgKeys(String form) {
    String[] keys = orgKeys.get(form);
    if (keys == null) {
      String key = form.toLowerCase(java.util.Locale.ROOT);
      keys = new String[] {key, key.replace(" ", "")};
      orgKeys.put(form, keys);
    }
    return keys;
  }
}
