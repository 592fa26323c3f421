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
 * organisation; or when a Hangul word has the family syllable and the other consonants of the speaker's
 * Hangul name.
 */
final class SpeakerIndex {
  private static final int MAX_PREFIX = 16;
  private static final int MAX_HANGUL_NAME = 5;
  private static final java.util.regex.Pattern ORGANISATION_BREAKS = java.util.regex.Pattern.compile("[,/]");

  private final List<Speaker> speakers;
  private final Map<String, List<Integer>> byId = new HashMap<>();
  private final Map<String, Set<Integer>> byWord = new HashMap<>();
  private final Map<String, Set<Integer>> bySkeleton = new HashMap<>();
  private final Map<Long, Set<Integer>> byHangulConsonants = new HashMap<>();
  /** The maps above as look-up tables; null below FILTER_FROM speakers. */
  private final Lookup lookup;

  SpeakerIndex(List<Speaker> speakers) {
    this.speakers = List.copyOf(speakers);
    for (int n = 0; n < this.speakers.size() && this.speakers.size() >= FILTER_FROM; n++) {
      final int i = n;
      Speaker s = this.speakers.get(i);
      byId.computeIfAbsent(s.id(), k -> new ArrayList<>(1)).add(i);
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
          // a Hangul word is looked up by its first two to five syllables: no longer name can be near it
          String compact = name.replace(" ", "");
          if (compact.length() >= 2 && compact.length() <= MAX_HANGUL_NAME) {
            byHangulConsonants.computeIfAbsent(consonants(compact, compact.length()), k -> new LinkedHashSet<>())
                .add(i);
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
    lookup = this.speakers.size() >= FILTER_FROM ? new Lookup(byWord, bySkeleton, byHangulConsonants) : null;
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
    Found keep = new Found();
    session.participants().forEach(p -> byId.getOrDefault(p.speakerId(), List.of()).forEach(keep::add));
    for (Claim c : session.claims()) {
      String text = c.text();
      String previousHangul = null;
      long previousKey = 0;
      int start = -1;
      for (int i = 0; i <= text.length(); i++) {
        boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
        if (letter && start < 0) {
          start = i;
        } else if (!letter && start >= 0) {
          String w = text.substring(start, i);
          start = -1;
          lookup.words(w.toLowerCase(Locale.ROOT), keep);
          if (Transliteration.allHangul(w)) {
            // a name may carry a particle (스티븐은): the word as written and without it
            int bare = NameMatcher.strippedEnd(w, 0, w.length());
            long key = Transliteration.hangulKey(w, 0, w.length());
            lookup.skeleton(key, w, 0, w.length(), previousHangul, previousKey, keep);
            if (bare != w.length()) {
              lookup.skeleton(Transliteration.hangulKey(w, 0, bare), w, 0, bare, previousHangul, previousKey, keep);
            }
            for (int e = Math.min(w.length(), MAX_HANGUL_NAME); e >= 2; e--) {
              keep.addAll(lookup.byConsonants.get(consonants(w, e)));
            }
            previousHangul = w;
            previousKey = key;
          } else {
            previousHangul = null;
          }
        }
      }
    }
    return keep.in(speakers);
  }

  /**
   * The constructor's indexes as tables that a word of a claim is looked up in without building strings:
   * most words of a large summit's text name nobody, and building each prefix and skeleton only to miss cost
   * more than the matching that the filter saves.
   */
  private static final class Lookup {
    /**
     * byWord as a trie: edges keyed by node and character, each with its child node; the ids at a node are
     * those of the key that ends there.
     */
    final LongTable edges;
    final int[][] idsAtNode;
    /** bySkeleton's skeletons by {@link Transliteration#key}; those too long for a key by the string. */
    final LongTable skeletons;
    final Map<String, int[]> longSkeletons = new HashMap<>();
    final LongTable byConsonants;

    Lookup(Map<String, Set<Integer>> byWord, Map<String, Set<Integer>> bySkeleton,
        Map<Long, Set<Integer>> byHangulConsonants) {
      java.util.TreeMap<Long, int[]> edgeMap = new java.util.TreeMap<>();
      List<int[]> nodes = new ArrayList<>();
      nodes.add(null);
      for (Map.Entry<String, Set<Integer>> e : byWord.entrySet()) {
        int node = 0;
        String key = e.getKey();
        for (int d = 0; d < key.length(); d++) {
          long edge = edge(node, key.charAt(d));
          int[] child = edgeMap.get(edge);
          if (child == null) {
            child = new int[] {nodes.size()};
            nodes.add(null);
            edgeMap.put(edge, child);
          }
          node = child[0];
        }
        nodes.set(node, ids(e.getValue()));
      }
      edges = new LongTable(edgeMap);
      idsAtNode = nodes.toArray(new int[0][]);
      java.util.TreeMap<Long, int[]> keyed = new java.util.TreeMap<>();
      bySkeleton.forEach((skeleton, ids) -> {
        long key = Transliteration.key(skeleton);
        if (key == -1) {
          longSkeletons.put(skeleton, ids(ids));
        } else {
          keyed.put(key, ids(ids));
        }
      });
      skeletons = new LongTable(keyed);
      java.util.TreeMap<Long, int[]> consonants = new java.util.TreeMap<>();
      byHangulConsonants.forEach((key, ids) -> consonants.put(key, ids(ids)));
      byConsonants = new LongTable(consonants);
    }

    private static long edge(int node, char c) {
      return (long) node << 16 | c;
    }

    /**
     * The word's prefixes of {@value #MAX_PREFIX} characters or fewer and the word itself, then, in a word of
     * Latin and Hangul runs ("sk하이닉스"), each run's prefixes.
     */
    void words(String lower, Found keep) {
      walk(lower, 0, lower.length(), true, keep);
      int runStart = 0;
      for (int i = 1; i <= lower.length(); i++) {
        if (i == lower.length()
            || Transliteration.isHangul(lower.charAt(i)) != Transliteration.isHangul(lower.charAt(i - 1))) {
          if (i - runStart >= 2 && !(runStart == 0 && i == lower.length())) {
            walk(lower, runStart, i, false, keep);
          }
          runStart = i;
        }
      }
    }

    private void walk(String s, int from, int to, boolean whole, Found keep) {
      int node = 0;
      for (int d = 1; d <= to - from; d++) {
        int[] child = edges.get(edge(node, s.charAt(from + d - 1)));
        if (child == null) {
          return;
        }
        node = child[0];
        if (d >= 2 && (d <= MAX_PREFIX || whole && d == to - from)) {
          keep.addAll(idsAtNode[node]);
        }
      }
    }

    /** Speakers with the skeleton of {@code w[0, end)}, alone and after the previous Hangul word. */
    void skeleton(long key, String w, int from, int end, String previous, long previousKey, Found keep) {
      if (key != -1) {
        keep.addAll(skeletons.get(key));
      } else if (!longSkeletons.isEmpty()) {
        keep.addAll(longSkeletons.get(Transliteration.hangul(w.substring(from, end))));
      }
      if (previous != null) {
        long pair = Transliteration.joinKeys(previousKey, key);
        if (pair != -1) {
          keep.addAll(skeletons.get(pair));
        } else if (!longSkeletons.isEmpty()) {
          keep.addAll(longSkeletons.get(Transliteration.hangul(previous + " " + w.substring(from, end))));
        }
      }
    }

    private static int[] ids(Set<Integer> ids) {
      return ids.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Sorted long keys, each with its ids (or, for trie edges, a node), looked up without boxing. */
  private static final class LongTable {
    final long[] keys;
    final int[][] values;

    LongTable(java.util.SortedMap<Long, int[]> map) {
      keys = new long[map.size()];
      values = new int[map.size()][];
      int k = 0;
      for (Map.Entry<Long, int[]> e : map.entrySet()) {
        keys[k] = e.getKey();
        values[k++] = e.getValue();
      }
    }

    int[] get(long key) {
      int i = java.util.Arrays.binarySearch(keys, key);
      return i < 0 ? null : values[i];
    }
  }

  /** Indexes into the registry, collected with repeats and put in order once. */
  private static final class Found {
    int[] ids = new int[16];
    int size;

    void add(int id) {
      if (size == ids.length) {
        ids = java.util.Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }

    void addAll(int[] more) {
      if (more != null) {
        for (int id : more) {
          add(id);
        }
      }
    }

    List<Speaker> in(List<Speaker> speakers) {
      int[] sorted = java.util.Arrays.copyOf(ids, size);
      java.util.Arrays.sort(sorted);
      List<Speaker> out = new ArrayList<>();
      for (int k = 0; k < sorted.length; k++) {
        if (k == 0 || sorted[k] != sorted[k - 1]) {
          out.add(speakers.get(sorted[k]));
        }
      }
      return out;
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

  /**
   * The first {@code length} syllables of an all-Hangul word as one number: the family syllable, then the
   * consonants of each other syllable, vowels dropped. 이강욱 and 이강옥 share it, as every pair
   * {@link Transliteration#nearHangul} accepts does; family syllable and length alone would keep a fifth of a
   * large registry for every common word that starts with 이 or 김. Five syllables take 16 + 4 × 10 bits.
   */
  private static long consonants(String hangul, int length) {
    long key = hangul.charAt(0);
    for (int i = 1; i < length; i++) {
      int c = hangul.charAt(i) - 0xAC00;
      key = key << 10 | c / (21 * 28) * 28 + c % 28;
    }
    return key;
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
