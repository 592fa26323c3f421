package dev.summit.parser.internal.extract;

import dev.summit.model.Claim;
import dev.summit.model.ImmutableTimeline;
import dev.summit.model.ImmutableTimelineEntry;
import dev.summit.model.Provenance;
import dev.summit.model.Timeline;
import dev.summit.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads timelines from claims.
 *
 * <ul>
 *   <li><b>Runs</b>: two or more consecutive claims that open with a year ("2023년: LLM의 원년 - …") or with one
 *       ordinal family ("wave1: …", "Phase 2 -", "3단계:") become one timeline, in the written order.</li>
 *   <li><b>Dated facts and changes</b>: a claim that names years ("2012년에 설립", "2022년 12월 출시 이후",
 *       "2022년에서 2026년 사이 두 배") becomes a timeline with one entry per year, in order; "현재 5% → 2026년
 *       80%" gives an entry {@code now} and one for 2026.</li>
 * </ul>
 * {@link TimelineEntry#when()} is normalised: {@code 2023}, {@code 2022-12}, {@code wave-1}, {@code stage-3},
 * {@code now}. Stateless and thread-safe.
 */
public final class TimelineExtractor {

  private static final Pattern YEAR_LABEL = Pattern.compile(
      "^\\s*((\\d{4})년(?:\\s?(\\d{1,2})월)?|(\\d{4}))\\s*[:：\\-–—]\\s*(\\S.*)$", Pattern.DOTALL);
  private static final Pattern ORDINAL_LABEL = Pattern.compile(
      "^\\s*((?i)(wave|phase|stage|step|generation|gen|level|horizon|era)[ _\\-]?(\\d{1,2}))\\s*[:：\\-–—]\\s*(\\S.*)$",
      Pattern.DOTALL);
  private static final Pattern KOREAN_ORDINAL_LABEL = Pattern.compile(
      "^\\s*((\\d{1,2})\\s?(단계|세대|차))\\s*[:：\\-–—]\\s*(\\S.*)$", Pattern.DOTALL);
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(\\d{4})년(?!대)(?:\\s?(\\d{1,2})월)?");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!\\s[A-Z]\\.)\\s+|\\n+");
  private static final int MAX_DESCRIPTION = 300;
  /** At most this many entries are read from one claim (hostile input). */
  private static final int MAX_ENTRIES = 64;
  private static final Pattern NOW = Pattern.compile("(?<![가-힣A-Za-z])(현재|지금|오늘날|now|today|Now|Today)(?![가-힣A-Za-z])");

  /** A labelled claim of a run. */
  private record Label(String family, String when, String label, String description) {}

  /** A timeline read from a run of claims, placed after the claim at {@code lastIndex}. */
  public record Run(int firstIndex, int lastIndex, Timeline timeline) {}

  /**
   * Timelines from runs of consecutive labelled claims.
   *
   * @param claims sibling claims, in order; null stands for a non-claim item that breaks a run
   * @param intro a title for a run that starts at index 0 (such as the parent claim's text), if any
   */
  public List<Run> runs(List<Claim> claims, Optional<String> intro) {
    List<Run> out = new ArrayList<>();
    int i = 0;
    while (i < claims.size()) {
      Label first = claims.get(i) == null ? null : label(claims.get(i).text());
      if (first == null) {
        i++;
        continue;
      }
      int j = i + 1;
      List<Label> labels = new ArrayList<>(List.of(first));
      while (j < claims.size() && claims.get(j) != null) {
        Label l = label(claims.get(j).text());
        if (l == null || !l.family.equals(first.family)) {
          break;
        }
        labels.add(l);
        j++;
      }
      if (labels.size() >= 2) {
        ImmutableTimeline.Builder t = ImmutableTimeline.builder();
        Optional<String> title = i == 0 ? intro : introBefore(claims, i);
        title.ifPresent(t::title);
        for (int k = 0; k < labels.size(); k++) {
          Label l = labels.get(k);
          t.addEntries(entry(l.when, l.label, l.description, claims.get(i + k).source()));
        }
        t.source(span(claims.get(i).source(), claims.get(j - 1).source()));
        out.add(new Run(i, j - 1, t.build()));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  private static Optional<String> introBefore(List<Claim> claims, int i) {
    if (i == 0 || claims.get(i - 1) == null) {
      return Optional.empty();
    }
    return introduction(claims.get(i - 1).text());
  }

  /** The text of a claim that introduces what follows ("…다음과 같이 제시했습니다.", "로드맵:"), as a title. */
  static Optional<String> introduction(String text) {
    String t = text.strip();
    if (t.endsWith(":") || t.contains("다음과 같") || t.contains("아래와 같")) {
      return Optional.of(clip(t));
    }
    return Optional.empty();
  }

  /** True when the claim opens with a year or ordinal label. */
  boolean labelled(Claim claim) {
    return label(claim.text()) != null;
  }

  private static Label label(String text) {
    if (!mayBeLabel(text)) {
      return null;
    }
    Matcher m = YEAR_LABEL.matcher(text);
    if (m.matches()) {
      String year = m.group(2) != null ? m.group(2) : m.group(4);
      if (!plausibleYear(year)) {
        return null;
      }
      String when = m.group(3) != null ? year + "-" + twoDigits(m.group(3)) : year;
      return new Label("year", when, m.group(1).strip(), clip(m.group(5).strip()));
    }
    m = ORDINAL_LABEL.matcher(text);
    if (m.matches()) {
      String word = m.group(2).toLowerCase(Locale.ROOT);
      if (word.equals("gen")) {
        word = "generation";
      }
      return new Label(word, word + "-" + Integer.parseInt(m.group(3)), m.group(1).strip(), clip(m.group(4).strip()));
    }
    m = KOREAN_ORDINAL_LABEL.matcher(text);
    if (m.matches()) {
      String word = switch (m.group(3)) {
        case "단계" -> "stage";
        case "세대" -> "generation";
        default -> "round";
      };
      return new Label(word, word + "-" + Integer.parseInt(m.group(2)), m.group(1).strip(), clip(m.group(4).strip()));
    }
    return null;
  }

  /**
   * False when no label pattern can match: each opens, after white space, with a digit or the first letter of
   * an ordinal word (wave, phase, stage, step, generation, gen, level, horizon, era).
   */
  private static boolean mayBeLabel(String text) {
    int i = 0;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c >= '0' && c <= '9' || "wpsglheWPSGLHE".indexOf(c) >= 0;
  }

  /** {@code \s} of java.util.regex. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether a digit stands right before a 년 somewhere in the text, as YEAR needs. */
  private static boolean digitBeforeYear(String text) {
    for (int at = text.indexOf('년', 1); at > 0; at = text.indexOf('년', at + 1)) {
      char c = text.charAt(at - 1);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** A timeline of the years one claim names, or empty when it names none. */
  public Optional<Timeline> dated(Claim claim) {
    if (claim.text().indexOf('→') < 0 && !digitBeforeYear(claim.text())) {
      return Optional.empty(); // every entry is a year (a digit right before 년) or "now" before an arrow
    }
    List<TimelineEntry> entries = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(claim.text())) {
      if (sentence.isBlank()) {
        continue;
      }
      if (entries.size() >= MAX_ENTRIES) {
        break;
      }
      int arrow = sentence.indexOf('→');
      if (arrow > 0) {
        String left = sentence.substring(0, arrow);
        String right = sentence.substring(arrow + 1);
        Matcher now = NOW.matcher(left);
        if (!YEAR.matcher(left).find() && now.find()) {
          entries.add(entry("now", now.group(1), clip(left.strip()), claim.source()));
          addYears(right, clip(right.strip()), claim, entries);
          continue;
        }
      }
      addYears(sentence, clip(sentence.strip()), claim, entries);
    }
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ImmutableTimeline.builder().entries(entries).source(claim.source()).build());
  }

  private static void addYears(String text, String description, Claim claim, List<TimelineEntry> entries) {
    Matcher m = YEAR.matcher(text);
    while (m.find() && entries.size() < MAX_ENTRIES) {
      if (!plausibleYear(m.group(1))) {
        continue;
      }
      String month = m.group(2);
      if (month != null && (Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12)) {
        month = null;
      }
      String when = month == null ? m.group(1) : m.group(1) + "-" + twoDigits(month);
      String label = month == null ? m.group(1) + "년" : m.group(0).strip();
      entries.add(entry(when, label, description, claim.source()));
    }
  }

  private static TimelineEntry entry(String when, String label, String description, Provenance source) {
    return ImmutableTimelineEntry.builder().when(when).label(label).description(description).source(source).build();
  }

  private static boolean plausibleYear(String y) {
    int v = Integer.parseInt(y);
    return v >= 1800 && v <= 2200;
  }

  private static String twoDigits(String m) {
    return m.length() == 1 ? "0" + m : m;
  }

  static String clip(String s) {
    return s.length() <= MAX_DESCRIPTION ? s : s.substring(0, MAX_DESCRIPTION) + "…";
  }

  static Provenance span(Provenance a, Provenance b) {
    if (!a.document().equals(b.document())) {
      return a;
    }
    return Provenance.of(a.document(), Math.min(a.startLine(), b.startLine()), Math.max(a.endLine(), b.endLine()));
  }
}
