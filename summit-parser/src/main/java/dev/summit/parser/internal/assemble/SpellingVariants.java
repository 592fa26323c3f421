package dev.summit.parser.internal.assemble;

import dev.summit.model.Claim;
import dev.summit.model.NameSpelling;
import dev.summit.model.Participant;
import dev.summit.model.Provenance;
import dev.summit.model.Session;
import dev.summit.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds other spellings of a participant's Hangul name in the session's own text: a name one syllable off
 * (이강옥 for 이강욱) counts only when the participant's organisation or position stands right beside it, so a
 * different person is never taken for a participant.
 */
final class SpellingVariants {
  private static final Pattern HANGUL_WORD = Pattern.compile("[가-힣]{2,4}");

  record Variant(String speakerId, String canonical, String variant, Provenance source) {}

  private SpellingVariants() {}

  private static boolean isHangul(char c) {
    return c >= '\uAC00' && c <= '\uD7A3';
  }

  /** Adds the piece {@code c.text()[start, end)} when it is a new variant of the speaker's name. */
  static void variant(Speaker s, Claim c, int start, int end, List<Variant> out) {
    String word = c.text().substring(start, end);
    if (word.equals(s.name()) || s.aliases().contains(word) || out.stream().anyMatch(v -> v.variant().equals(word))
        || !NameSpelling.variants(s.name(), word)) {
      return;
    }
    String before = c.text().substring(Math.max(0, start - 30), start);
    String after = c.text().substring(end, Math.min(c.text().length(), end + 12)).strip();
    boolean org = s.organization().map(before::contains).orElse(false);
    boolean position = s.position().map(after::startsWith).orElse(false);
    if (org && position) {
      out.add(new Variant(s.id(), s.name(), word, c.source()));
    }
  }

  /**
   * How many syllables of {@code text} from {@code start} differ from those of {@code name} (as long). For a piece
   * of Hangul syllables with the name's length and first syllable, {@link NameSpelling#variants} holds exactly
   * when this is 0 or 1 (a syllable is its own key), and 0 is the name itself, which {@link #variant} passes
   * over: so only a piece one syllable off is cut out of the text and looked at.
   */
  static int differences(String text, int start, String name) {
    int diff = 0;
    for (int k = 0; k < name.length(); k++) {
      diff += text.charAt(start + k) == name.charAt(k) ? 0 : 1;
    }
    return diff;
  }

  /** The session's spelling variants, read in {@code claims}: its {@link Session#claims()}, which the caller walked. */
  static List<Variant> find(Session session, List<Claim> claims, SpeakerRegistry registry) {
    List<Speaker> named = new ArrayList<>(); // the participants with a Hangul name, in order
    for (Participant p : session.participants()) {
      Speaker s = registry.speaker(p.speakerId());
      if (s != null && HANGUL_WORD.matcher(s.name()).matches()) {
        named.add(s);
      }
    }
    List<Variant> out = new ArrayList<>();
    if (named.isEmpty()) {
      return out;
    }
    // The matches of HANGUL_WORD.find(): each run of syllables cut from its start into pieces of four, the last
    // piece kept when it has two or more. Both are Hangul syllables only, so NameSpelling.variants needs the same
    // length and family name: only pieces that start with the name's first syllable are looked at, found by
    // String.indexOf (an intrinsic) instead of a read of every character. The pieces one syllable off a name are
    // kept per participant in text order, then looked at participant by participant, as before.
    List<List<int[]>> hits = new ArrayList<>(named.size());
    for (int k = 0; k < named.size(); k++) {
      hits.add(null);
    }
    for (int ci = 0; ci < claims.size(); ci++) {
      String text = claims.get(ci).text();
      for (int k = 0; k < named.size(); k++) {
        String name = named.get(k).name();
        char first = name.charAt(0);
        // the run of syllables around the last place looked at: [runStart, runEnd), so that a long run is read
        // once however many times the syllable stands in it
        int runStart = -1;
        int runEnd = -1;
        for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
          if (at >= runEnd) { // a new run: find where it starts and ends
            runStart = at;
            while (runStart > 0 && isHangul(text.charAt(runStart - 1))) {
              runStart--;
            }
            runEnd = at;
            while (runEnd < text.length() && isHangul(text.charAt(runEnd))) {
              runEnd++;
            }
          }
          if ((at - runStart) % 4 != 0) {
            continue; // not where a piece starts
          }
          int end = Math.min(at + 4, runEnd);
          if (end - at >= 2 && end - at == name.length() && differences(text, at, name) == 1) {
            if (hits.get(k) == null) {
              hits.set(k, new ArrayList<>());
            }
            hits.get(k).add(new int[] {ci, at, end});
          }
        }
      }
    }
    for (int k = 0; k < named.size(); k++) {
      if (hits.get(k) != null) {
        for (int[] h : hits.get(k)) {
          variant(named.get(k), claims.get(h[0]), h[1], h[2], out);
        }
      }
    }
    return out;
  }
}
