package dev.summit.parser.internal.extract;

import dev.summit.model.Affiliation;
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

  static final Pattern YEAR_LABEL = Pattern.compile(
      "^\\s*((\\d{4})년(?:\\s?(\\d{1,2})월)?|(\\d{4}))\\s*[:：\\-–—]\\s*(\\S.*)$", Pattern.DOTALL);
  static final Pattern ORDINAL_LABEL = Pattern.compile(
      "^\\s*((?i)(wave|phase|stage|step|generation|gen|level|horizon|era)[ _\\-]?(\\d{1,2}))\\s*[:：\\-–—]\\s*(\\S.*)$",
      Pattern.DOTALL);
  static final Pattern KOREAN_ORDINAL_LABEL = Pattern.compile(
      "^\\s*((\\d{1,2})\\s?(단계|세대|차))\\s*[:：\\-–—]\\s*(\\S.*)$", Pattern.DOTALL);
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(\\d{4})년(?!대)(?:\\s?(\\d{1,2})월)?");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!\\s[A-Z]\\.)\\s+|\\n+");
  private static final int MAX_DESCRIPTION = 300;
  /** At most this many entries are read from one claim (hostile input). */
  private static final int MAX_ENTRIES = 64;
  private static final Pattern NOW = Pattern.compile("(?<![가-힣A-Za-z])(현재|지금|오늘날|now|today|Now|Today)(?![가-힣A-Za-z])");

  /** A labelled claim of a run. */
  record Label(String family, String when, String label, String description) {}

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

  static Label label(String text) {
    int shape = labelShape(text);
    if (shape == 0) {
      return null;
    }
    Matcher m = (shape & YEAR_SHAPE) == 0 ? null : YEAR_LABEL.matcher(text);
    if (m != null && m.matches()) {
      String year = m.group(2) != null ? m.group(2) : m.group(4);
      if (!plausibleYear(year)) {
        return null;
      }
      String when = m.group(3) != null ? year + "-" + twoDigits(m.group(3)) : year;
      return new Label("year", when, m.group(1).strip(), clip(m.group(5).strip()));
    }
    m = (shape & ORDINAL_SHAPE) == 0 ? null : ORDINAL_LABEL.matcher(text);
    if (m != null && m.matches()) {
      String word = m.group(2).toLowerCase(Locale.ROOT);
      if (word.equals("gen")) {
        word = "generation";
      }
      return new Label(word, word + "-" + Integer.parseInt(m.group(3)), m.group(1).strip(), clip(m.group(4).strip()));
    }
    m = (shape & KOREAN_SHAPE) == 0 ? null : KOREAN_ORDINAL_LABEL.matcher(text);
    if (m != null && m.matches()) {
      String word = switch (m.group(3)) {
        case "단계" -> "stage";
        case "세대" -> "generation";
        default -> "round";
      };
      return new Label(word, word + "-" + Integer.parseInt(m.group(2)), m.group(1).strip(), clip(m.group(4).strip()));
    }
    return null;
  }

  static final int YEAR_SHAPE = 1;
  static final int ORDINAL_SHAPE = 2;
  static final int KOREAN_SHAPE = 4;

  /**
   * Which label patterns can match (a Matcher was made for each that could not): after white space, exactly four
   * digits and then a separator (after 년 and maybe a month) for YEAR_LABEL; one or two digits and 단계, 세대 or
   * 차 for KOREAN_ORDINAL_LABEL; an ordinal word (wave, phase, stage, step, generation, gen, level, horizon, era)
   * for ORDINAL_LABEL. Each test is a part of what its pattern needs, so a pattern left out cannot match.
   */
  static int labelShape(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && Affiliation.isPatternSpace(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return 0;
    }
    char c = text.charAt(i);
    if (c >= '0' && c <= '9') {
      int e = i;
      while (e < n && e - i < 5 && isDigit(text.charAt(e))) {
        e++;
      }
      int digits = e - i;
      if (digits == 4) {
        if (e < n && text.charAt(e) == '년') {
          int k = e + 1 < n && Affiliation.isPatternSpace(text.charAt(e + 1)) ? e + 2 : e + 1; // a month, maybe: \s?(\d{1,2})월
          boolean month2 = k + 2 < n && isDigit(text.charAt(k)) && isDigit(text.charAt(k + 1))
              && text.charAt(k + 2) == '월';
          boolean month1 = k + 1 < n && isDigit(text.charAt(k)) && text.charAt(k + 1) == '월';
          return separatorAfter(text, e + 1) || month2 && separatorAfter(text, k + 3)
              || month1 && separatorAfter(text, k + 2) ? YEAR_SHAPE : 0;
        }
        return separatorAfter(text, e) ? YEAR_SHAPE : 0;
      }
      if (digits <= 2) {
        int k = e < n && Affiliation.isPatternSpace(text.charAt(e)) ? e + 1 : e;
        boolean unit = text.startsWith("단계", k) || text.startsWith("세대", k) || text.startsWith("차", k);
        return unit ? KOREAN_SHAPE : 0;
      }
      return 0;
    }
    if ("wpsglheWPSGLHE".indexOf(c) < 0) {
      return 0;
    }
    for (String word : ORDINAL_WORDS) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return ORDINAL_SHAPE;
      }
    }
    return 0;
  }

  private static final String[] ORDINAL_WORDS =
      {"wave", "phase", "stage", "step", "generation", "gen", "level", "horizon", "era"};

  /** Whether {@code \s*[:：\-–—]} matches at {@code i}. */
  private static boolean separatorAfter(String text, int i) {
    int k = i;
    while (k < text.length() && Affiliation.isPatternSpace(text.charAt(k))) {
      k++;
    }
    if (k >= text.length()) {
      return false;
    }
    char c = text.charAt(k);
    return c == ':' || c == '：' || c == '-' || c == '–' || c == '—';
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

  /**
   * A timeline of the years one claim names, or empty when it names none.
   *
   * <p>Read in place: the sentences are ranges of the claim's text where {@code SENTENCE_END.split} would cut it,
   * and the years are found by hand where {@code YEAR} would find them in each sentence (see
   * {@link #sentenceEnd} and {@link #year}); a sentence's description is made only for a sentence that names a
   * year. {@code TimelineShortcutsTest} checks this against the split and the patterns.
   */
  public Optional<Timeline> dated(Claim claim) {
    String text = claim.text();
    if (text.indexOf('→') < 0 && !digitBeforeYear(text)) {
      return Optional.empty(); // every entry is a year (a digit right before 년) or "now" before an arrow
    }
    List<TimelineEntry> entries = new ArrayList<>();
    int n = text.length();
    int from = 0; // where the sentence starts
    int[] cut = new int[2];
    int arrow = text.indexOf('→'); // the next arrow at or after the sentence's start, or -1
    while (from <= n) {
      boolean last = !sentenceEnd(text, from, cut);
      int to = last ? n : cut[0];
      if (!blank(text, from, to)) {
        if (entries.size() >= MAX_ENTRIES) {
          break;
        }
        if (arrow >= 0 && arrow < from) {
          arrow = text.indexOf('→', from); // forward only: linear over the claim
        }
        if (arrow > from && arrow < to) {
          String left = text.substring(from, arrow);
          Matcher now = NOW.matcher(left);
          if (year(text, from, arrow, from, new int[4]) < 0 && now.find()) {
            entries.add(entry("now", now.group(1), clip(left.strip()), claim.source()));
            addYears(text, arrow + 1, to, claim, entries);
            from = last ? n + 1 : cut[1];
            continue;
          }
        }
        addYears(text, from, to, claim, entries);
      }
      from = last ? n + 1 : cut[1];
    }
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ImmutableTimeline.builder().entries(entries).source(claim.source()).build());
  }

  /** The entries of the years in {@code text[from, to)}, described by that range stripped and clipped. */
  private static void addYears(String text, int from, int to, Claim claim, List<TimelineEntry> entries) {
    String description = null; // made at the first year: most sentences name none
    int[] m = new int[4];
    int at = from;
    while (entries.size() < MAX_ENTRIES) {
      int y = year(text, from, to, at, m);
      if (y < 0) {
        return;
      }
      at = m[3];
      String year = text.substring(y, y + 4);
      if (!plausibleYear(year)) {
        continue;
      }
      String month = m[1] < 0 ? null : text.substring(m[1], m[2]);
      if (month != null && (Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12)) {
        month = null;
      }
      String when = month == null ? year : year + "-" + twoDigits(month);
      String label = month == null ? year + "년" : text.substring(y, m[3]).strip();
      if (description == null) {
        description = clip(text.substring(from, to).strip());
      }
      entries.add(entry(when, label, description, claim.source()));
    }
  }

  /**
   * The next match of {@code YEAR} ({@code (?<![0-9])(\d{4})년(?!대)(?:\s?(\d{1,2})월)?}) in the piece
   * {@code text[from, to)} at or after {@code at}, as if the piece were a String of its own (nothing before
   * {@code from} or from {@code to} on is seen): its start, or -1. {@code m} receives the year's start, the
   * month's digits ({@code m[1]}, {@code m[2]}; -1 without a month) and the match's end ({@code m[3]}).
   */
  static int year(String text, int from, int to, int at, int[] m) {
    for (int y = Math.max(at, from) + 4; y < to; y++) { // within the piece: linear over all of a claim's pieces
      if (text.charAt(y) != '년') {
        continue;
      }
      int start = y - 4;
      if (!isDigit(text.charAt(start)) || !isDigit(text.charAt(start + 1)) || !isDigit(text.charAt(start + 2))
          || !isDigit(text.charAt(start + 3)) || start > from && isDigit(text.charAt(start - 1))
          || y + 1 < to && text.charAt(y + 1) == '대') {
        continue;
      }
      m[0] = start;
      m[1] = -1;
      m[2] = -1;
      m[3] = y + 1;
      // \s?(\d{1,2})월: a white space is taken when there is one (without it no digit could follow)
      int k = y + 1 < to && Affiliation.isPatternSpace(text.charAt(y + 1)) ? y + 2 : y + 1;
      if (k < to && isDigit(text.charAt(k))) {
        if (k + 2 < to && isDigit(text.charAt(k + 1)) && text.charAt(k + 2) == '월') {
          m[1] = k;
          m[2] = k + 2;
          m[3] = k + 3;
        } else if (k + 1 < to && text.charAt(k + 1) == '월') {
          m[1] = k;
          m[2] = k + 1;
          m[3] = k + 2;
        }
      }
      return start;
    }
    return -1;
  }

  /**
   * The next cut of {@code SENTENCE_END} ({@code (?<=[.!?])(?<!\s[A-Z]\.)\s+|\n+}) at or after {@code from}:
   * false when there is none, else true with {@code cut[0]} its start and {@code cut[1]} its end. At each place
   * the first alternative is tried first, as the pattern does.
   */
  static boolean sentenceEnd(String text, int from, int[] cut) {
    int n = text.length();
    for (int q = from; q < n; q++) {
      char c = text.charAt(q);
      if (!Affiliation.isPatternSpace(c)) {
        continue; // both alternatives start with a white space (a line feed is one)
      }
      if (q >= 1 && isSentencePunctuation(text.charAt(q - 1))
          && !(q >= 3 && text.charAt(q - 1) == '.' && isUpperLatin(text.charAt(q - 2)) && Affiliation.isPatternSpace(text.charAt(q - 3)))) {
        int e = q + 1;
        while (e < n && Affiliation.isPatternSpace(text.charAt(e))) {
          e++;
        }
        cut[0] = q;
        cut[1] = e;
        return true;
      }
      if (c == '\n') {
        int e = q + 1;
        while (e < n && text.charAt(e) == '\n') {
          e++;
        }
        cut[0] = q;
        cut[1] = e;
        return true;
      }
    }
    return false;
  }

  private static boolean isSentencePunctuation(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isUpperLatin(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** What {@code text.substring(from, to).isBlank()} tells, read in place. */
  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
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
