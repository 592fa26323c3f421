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
  private static void variant(Speaker s, Claim c, int start, int end, List<Variant> out) {
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

  static List<Variant> find(Session session, SpeakerRegistry registry) {
    List<Variant> out = new ArrayList<>();
    List<Claim> claims = null; // walked once, for the first participant with a Hangul name
    for (Participant p : session.participants()) {
      Speaker s = registry.speaker(p.speakerId());
      if (s == null || !HANGUL_WORD.matcher(s.name()).matches()) {
        continue;
      }
      if (claims == null) {
        claims = session.claims();
      }
      String name = s.name();
      for (Claim c : claims) {
        String text = c.text();
        int n = text.length();
        // the matches of HANGUL_WORD.find(): each run of syllables cut from its start into pieces of four, the
        // last piece kept when it has two or more. Both are Hangul syllables only, so NameSpelling.variants
        // needs the same length and family name: only such pieces are read (no regex, no String per word).
        for (int i = 0; i < n; i++) {
          if (!isHangul(text.charAt(i))) {
            continue;
          }
          int runStart = i;
          while (i < n && isHangul(text.charAt(i))) {
            i++;
          }
          for (int start = runStart; start + 2 <= i; start += 4) {
            int end = Math.min(start + 4, i);
            if (end - start == name.length() && text.charAt(start) == name.charAt(0)) {
              variant(s, c, start, end, out);
            }
          }
        }
      }
    }
    return out;
  }
}
