package dev.summit.parser.internal.extract;

import dev.summit.model.Claim;
import dev.summit.model.Session;
import dev.summit.model.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The summit's speakers, indexed once by the words and sounds that can name them, so that each session's
 * {@link NameMatcher} is built over the speakers its text can possibly mention rather than the whole registry.
 * Without it a summit with many speakers costs sessions × speakers.
 *
 * <p>The filter only ever keeps too many: a speaker is kept when a word of the session's claims (or a prefix of
 * one, for a particle after a name) is a word of the speaker's name, aliases or organisation; when a Hangul
 * word or pair of words has the consonant skeleton of the speaker's Latin name, a word of it, or of a Latin
 * organisation; or when a Hangul word has the family syllable and length of the speaker's Hangul name.
 */
final class SpeakerIndex {
  private static final int MAX_PREFIX = 16;
  private static final java.util.regex.Pattern ORGANISATION_BREAKS = java.util.regex.Pattern.compile("[,/]");

  private final List<Speaker> speakers;
  private final Map<String, Set<Integer>> byWord = new HashMap<>();
  private final Map<String, Set<Integer>> bySkeleton = new HashMap<>();
  private final Map<String, Set<Integer>> byHangulShape = new HashMap<>();

  SpeakerIndex(List<Speaker> speakers) {
    this.speakers = List.copyOf(speakers);
    for (int n = 0; n < this.speakers.size() && this.speakers.size() >= FILTER_FROM; n++) {
      final int i = n;
      Speaker s = this.speakers.get(i);
      List<String> names = new ArrayList<>();
      names.add(s.name());
      names.addAll(s.aliases());
      for (String name : names) {
        indexText(name, i);
        if (!Transliteration.allHangul(name.replace(" ", ""))) {
          skeleton(Transliteration.latin(name), i);
          for (String w : words(name)) {
            skeleton(Transliteration.latin(w), i);
          }
        } else {
          String compact = name.replace(" ", "");
          if (!compact.isEmpty()) {
            byHangulShape.computeIfAbsent(shape(compact), k -> new LinkedHashSet<>()).add(i);
          }
        }
      }
      s.organization().ifPresent(org -> {
        for (String part : ORGANISATION_BREAKS.split(org)) {
          indexText(part, i);
          if (!Transliteration.allHangul(part.replace(" ", ""))) {
            skeleton(Transliteration.latin(part), i);
            skeleton(Transliteration.latinSingular(part), i);
            for (String w : words(part)) {
              skeleton(Transliteration.latin(w), i);
              skeleton(Transliteration.latinSingular(w), i);
            }
          }
        }
      });
    }
  }

  List<Speaker> speakers() {
    return speakers;
  }

  /**
   * Below this many speakers the whole registry is cheaper to match than to filter; the filter only ever
   * keeps a superset, so the result is the same either way.
   */
  private static final int FILTER_FROM = 64;

  /** The speakers the session's text can name, plus its participants, in registry order. */
  List<Speaker> relevant(Session session) {
    if (speakers.size() < FILTER_FROM) {
      return speakers;
    }
    Set<String> participants = new java.util.HashSet<>();
    session.participants().forEach(p -> participants.add(p.speakerId()));
    Set<Integer> keep = new java.util.TreeSet<>();
    for (int i = 0; i < speakers.size(); i++) {
      if (participants.contains(speakers.get(i).id())) {
        keep.add(i);
      }
    }
    for (Claim c : session.claims()) {
      List<String> ws = words(c.text());
      String previousHangul = null;
      for (String w : ws) {
        String lower = w.toLowerCase(Locale.ROOT);
        for (int end = Math.min(lower.length(), MAX_PREFIX); end >= 2; end--) {
          addAll(keep, byWord.get(lower.substring(0, end)));
        }
        addAll(keep, byWord.get(lower));
        for (String run : scriptRuns(lower)) {
          if (run.length() >= 2 && !run.equals(lower)) {
            for (int end = Math.min(run.length(), MAX_PREFIX); end >= 2; end--) {
              addAll(keep, byWord.get(run.substring(0, end)));
            }
          }
        }
        if (Transliteration.allHangul(w)) {
          // a name may carry a particle (스티븐은): the word as written and without it
          String bare = NameMatcher.stripParticle(w);
          for (String form : bare.equals(w) ? List.of(w) : List.of(w, bare)) {
            addAll(keep, bySkeleton.get(Transliteration.hangul(form)));
            if (previousHangul != null) {
              addAll(keep, bySkeleton.get(Transliteration.hangul(previousHangul + " " + form)));
            }
          }
          for (int end = Math.min(w.length(), 5); end >= 2; end--) {
            addAll(keep, byHangulShape.get(shape(w.substring(0, end))));
          }
          previousHangul = w;
        } else {
          previousHangul = null;
        }
      }
    }
    List<Speaker> out = new ArrayList<>(keep.size());
    for (int i : keep) {
      out.add(speakers.get(i));
    }
    return out;
  }

  private static void addAll(Set<Integer> keep, Set<Integer> ids) {
    if (ids != null) {
      keep.addAll(ids);
    }
  }

  private void indexText(String text, int i) {
    for (String w : words(text)) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.length() >= 2) {
        byWord.computeIfAbsent(lower.length() > MAX_PREFIX ? lower.substring(0, MAX_PREFIX) : lower,
            k -> new LinkedHashSet<>()).add(i);
      }
      // "SK하이닉스" is also written "SK 하이닉스": its Latin and Hangul runs are words of their own
      for (String run : scriptRuns(w)) {
        if (run.length() >= 2 && !run.equals(w)) {
          byWord.computeIfAbsent(run.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(i);
        }
      }
    }
  }

  private void skeleton(String skeleton, int i) {
    if (skeleton.length() >= 2) {
      bySkeleton.computeIfAbsent(skeleton, k -> new LinkedHashSet<>()).add(i);
    }
  }

  /** A Hangul name's family syllable and length: 이강욱 and 이강옥 share "이3". */
  private static String shape(String hangul) {
    return hangul.charAt(0) + Integer.toString(hangul.length());
  }

  /** Runs of letters and digits. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  private static List<String> scriptRuns(String word) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= word.length(); i++) {
      if (i == word.length() || Transliteration.isHangul(word.charAt(i)) != Transliteration.isHangul(word.charAt(i - 1))) {
        out.add(word.substring(start, i));
        start = i;
      }
    }
    return out;
  }
}
