package dev.summit.parser.internal.assemble;

import dev.summit.model.Claim;
import dev.summit.model.NameSpelling;
import dev.summit.model.Participant;
import dev.summit.model.Provenance;
import dev.summit.model.Session;
import dev.summit.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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

  static List<Variant> find(Session session, SpeakerRegistry registry) {
    List<Variant> out = new ArrayList<>();
    List<Claim> claims = null; // walked once, for the first participant with a Hangul name
    Matcher m = null; // one matcher, reset for each claim: not one per claim and participant
    for (Participant p : session.participants()) {
      Speaker s = registry.speaker(p.speakerId());
      if (s == null || !HANGUL_WORD.matcher(s.name()).matches()) {
        continue;
      }
      if (claims == null) {
        claims = session.claims();
      }
      for (Claim c : claims) {
        m = m == null ? HANGUL_WORD.matcher(c.text()) : m.reset(c.text());
        while (m.find()) {
          // both are Hangul syllables only, so NameSpelling.variants needs the same length and family name: test that
          // before m.group() allocates a String for every Hangul word of every claim, once per participant
          if (m.end() - m.start() != s.name().length() || c.text().charAt(m.start()) != s.name().charAt(0)) {
            continue;
          }
          String word = m.group();
          if (word.equals(s.name()) || s.aliases().contains(word) || out.stream().anyMatch(v -> v.variant().equals(word))
              || !NameSpelling.variants(s.name(), word)) {
            continue;
          }
          String before = c.text().substring(Math.max(0, m.start() - 30), m.start());
          String after = c.text().substring(m.end(), Math.min(c.text().length(), m.end() + 12)).strip();
          boolean org = s.organization().map(before::contains).orElse(false);
          boolean position = s.position().map(after::startsWith).orElse(false);
          if (org && position) {
            out.add(new Variant(s.id(), s.name(), word, c.source()));
          }
        }
      }
    }
    return out;
  }
}
