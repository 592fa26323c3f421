package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableTimeline;
import dev.summit.model.ImmutableTimelineEntry;
import dev.summit.model.Provenance;
import dev.summit.model.Timeline;
import dev.summit.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TimelineExtractor#dated} reads sentences and years in place; it gives what the plain form it replaced
 * gives: {@code SENTENCE_END.split} into Strings, {@code YEAR} and {@code NOW} matched on each (kept here).
 */
class TimelineShortcutsTest {
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(\\d{4})년(?!대)(?:\\s?(\\d{1,2})월)?");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!\\s[A-Z]\\.)\\s+|\\n+");
  private static final Pattern NOW =
      Pattern.compile("(?<![가-힣A-Za-z])(현재|지금|오늘날|now|today|Now|Today)(?![가-힣A-Za-z])");
  private static final String[] TOKENS = {"2023", "2022", "1", "12", "13", "0", "1799", "2201", "20241", "년", "년",
      "월", "대", " ", " ", ". ", "! ", "?\t", ".", "\n", "\n\n", " A. ", "A.", "→", "현재", "now", "가", "출시",
      "\u000B", "\r\n", " ", "년 ", "월 "};

  private final TimelineExtractor timelines = new TimelineExtractor();

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(24).map(l -> String.join("", l));
  }

  @Property(tries = 20_000)
  void datedIsThePlainForm(@ForAll("texts") String text) {
    Claim claim = claim(text);
    assertThat(timelines.dated(claim)).as("[%s]", text).isEqualTo(plainDated(claim));
  }

  @Property(tries = 10_000)
  void sentenceCutsAreThoseOfThePattern(@ForAll("texts") String text) {
    Matcher m = SENTENCE_END.matcher(text);
    int[] cut = new int[2];
    int from = 0;
    while (m.find()) {
      assertThat(TimelineExtractor.sentenceEnd(text, from, cut)).as("[%s]", text).isTrue();
      assertThat(cut).as("[%s]", text).containsExactly(m.start(), m.end());
      from = m.end();
    }
    assertThat(TimelineExtractor.sentenceEnd(text, from, cut)).as("[%s]", text).isFalse();
  }

  @Property(tries = 10_000)
  void yearsAreThoseOfThePatternInAPiece(@ForAll("texts") String before, @ForAll("texts") String piece,
      @ForAll("texts") String after) {
    String text = before + piece + after;
    int from = before.length();
    int to = from + piece.length();
    Matcher m = YEAR.matcher(piece);
    int[] found = new int[4];
    int at = from;
    while (m.find()) {
      assertThat(TimelineExtractor.year(text, from, to, at, found)).as("[%s]", piece).isEqualTo(from + m.start());
      assertThat(found[3]).isEqualTo(from + m.end());
      assertThat(found[1]).isEqualTo(m.group(2) == null ? -1 : from + m.start(2));
      assertThat(found[2]).isEqualTo(m.group(2) == null ? -1 : from + m.end(2));
      at = found[3];
    }
    assertThat(TimelineExtractor.year(text, from, to, at, found)).as("[%s]", piece).isEqualTo(-1);
  }

  @Example
  void examples() {
    for (String text : List.of("2012년에 설립. 2022년 12월 출시 이후 2023년대는", "현재 5% → 2026년 80%",
        "Dr. A. Kim은 2023년에. 그리고\n\n2024년 1월에", "2022년에서 2026년 사이 두 배", "  ", "")) {
      assertThat(timelines.dated(claim(text))).as(text).isEqualTo(plainDated(claim(text)));
    }
    assertThat(timelines.dated(claim("현재 5% → 2026년 80%"))).isPresent();
  }

  private static Claim claim(String text) {
    return ImmutableClaim.builder().source(Provenance.of("d", 3, 4)).id("c").text(text).kind(ClaimKind.AUTHOR)
        .sectionPath("").build();
  }

  // ---- the plain form, as it was ------------------------------------------------------------------------

  private static Optional<Timeline> plainDated(Claim claim) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(claim.text())) {
      if (sentence.isBlank()) {
        continue;
      }
      if (entries.size() >= 64) {
        break;
      }
      int arrow = sentence.indexOf('→');
      if (arrow > 0) {
        String left = sentence.substring(0, arrow);
        String right = sentence.substring(arrow + 1);
        Matcher now = NOW.matcher(left);
        if (!YEAR.matcher(left).find() && now.find()) {
          entries.add(entry("now", now.group(1), TimelineExtractor.clip(left.strip()), claim.source()));
          addYears(right, TimelineExtractor.clip(right.strip()), claim, entries);
          continue;
        }
      }
      addYears(sentence, TimelineExtractor.clip(sentence.strip()), claim, entries);
    }
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ImmutableTimeline.builder().entries(entries).source(claim.source()).build());
  }

  private static void addYears(String text, String description, Claim claim, List<TimelineEntry> entries) {
    Matcher m = YEAR.matcher(text);
    while (m.find() && entries.size() < 64) {
      int y = Integer.parseInt(m.group(1));
      if (y < 1800 || y > 2200) {
        continue;
      }
      String month = m.group(2);
      if (month != null && (Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12)) {
        month = null;
      }
      String when = month == null ? m.group(1) : m.group(1) + "-" + (month.length() == 1 ? "0" + month : month);
      String label = month == null ? m.group(1) + "년" : m.group(0).strip();
      entries.add(entry(when, label, description, claim.source()));
    }
  }

  private static TimelineEntry entry(String when, String label, String description, Provenance source) {
    return ImmutableTimelineEntry.builder().when(when).label(label).description(description).source(source).build();
  }

  // ---- labels: a pattern is tried only when its shape allows ------------------------------------------------

  private static final String[] LABEL_TOKENS = {"2023", "1", "12", "0", "5", "20241", "년", "월", " ", "\t", "\n",
      ":", "：", "-", "–", "—", "단계", "세대", "차", "Wave", "wave", "PHASE", "gen", "Generation", "era", "step",
      "horizon", "_", "x", "가", "설명", "Level"};

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of(LABEL_TOKENS).list().ofMaxSize(10).map(l -> String.join("", l));
  }

  @Property(tries = 30_000)
  void eachPatternLeftOutCannotMatch(@ForAll("labels") String text) {
    int shape = TimelineExtractor.labelShape(text);
    if ((shape & TimelineExtractor.YEAR_SHAPE) == 0) {
      assertThat(TimelineExtractor.YEAR_LABEL.matcher(text).matches()).as("[%s]", text).isFalse();
    }
    if ((shape & TimelineExtractor.ORDINAL_SHAPE) == 0) {
      assertThat(TimelineExtractor.ORDINAL_LABEL.matcher(text).matches()).as("[%s]", text).isFalse();
    }
    if ((shape & TimelineExtractor.KOREAN_SHAPE) == 0) {
      assertThat(TimelineExtractor.KOREAN_ORDINAL_LABEL.matcher(text).matches()).as("[%s]", text).isFalse();
    }
  }

  @Example
  void labelShapesLetTheLabelsThrough() {
    assertThat(TimelineExtractor.label("2023년: LLM의 원년")).isNotNull();
    assertThat(TimelineExtractor.label("2022년 12월 - 출시")).isNotNull();
    assertThat(TimelineExtractor.label(" 2024 — 확산")).isNotNull();
    assertThat(TimelineExtractor.label("Phase 2 - 확장")).isNotNull();
    assertThat(TimelineExtractor.label("wave1: 시작")).isNotNull();
    assertThat(TimelineExtractor.label("3단계: 완성")).isNotNull();
    assertThat(TimelineExtractor.label("2 차 : 회의")).isNotNull();
    assertThat(TimelineExtractor.label("2023년에는 많은 일이")).isNull();
  }
}
