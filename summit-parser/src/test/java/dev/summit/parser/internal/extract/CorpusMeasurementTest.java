package dev.summit.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ComparisonTable;
import dev.summit.model.Diagnostic;
import dev.summit.model.Quantity;
import dev.summit.model.Session;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import dev.summit.model.Timeline;
import dev.summit.model.TimelineEntry;
import dev.summit.parser.ParseResult;
import dev.summit.parser.RecapParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole parser on both corpus posts and measures attribution and figures against the labelled sets
 * in {@code src/test/resources/extract/}. The goal: precision 1.0 (a wrong attribution is worse than none) and
 * recall of at least 0.95.
 */
class CorpusMeasurementTest {
  private static Summit summit;

  @BeforeAll
  static void parse() {
    Path corpus = corpus();
    ParseResult result = RecapParser.builder().build().parseAll(List.of(
        corpus.resolve("sk-ai-summit-2024-day1-morning.md"), corpus.resolve("sk-ai-summit-2024-day1-afternoon.md")));
    summit = result.summit();
  }

  private static Path corpus() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("corpus"))) {
        return p.resolve("corpus");
      }
    }
    throw new IllegalStateException("corpus/ not found above " + Path.of("").toAbsolutePath());
  }

  private static List<String[]> rows(String resource) throws IOException {
    try (InputStream in = CorpusMeasurementTest.class.getResourceAsStream("/extract/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      List<String[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1));
        }
      }
      return out;
    }
  }

  private static Session session(int number) {
    return summit.sessions().stream().filter(s -> s.number().orElse(-1) == number).findFirst().orElseThrow();
  }

  @Test
  void attributionPrecisionAndRecall() throws IOException {
    List<String[]> rows = rows("labelled-attribution.tsv");
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int missing = 0;
    Set<String> used = new HashSet<>();
    List<String> errors = new ArrayList<>();
    for (String[] row : rows) {
      Session s = session(Integer.parseInt(row[0]));
      Optional<Claim> found = s.claims().stream()
          .filter(c -> c.kind() == ClaimKind.SPEAKER && c.text().startsWith(row[2]) && !used.contains(c.id()))
          .findFirst();
      if (found.isEmpty()) {
        missing++;
        continue;
      }
      used.add(found.get().id());
      Set<String> expected = row[1].equals("-") ? Set.of() : Set.of(row[1].split(","));
      Set<String> actual = new LinkedHashSet<>(found.get().speakerIds());
      for (String a : actual) {
        if (expected.contains(a)) {
          tp++;
        } else {
          fp++;
          errors.add("wrong " + a + ": " + row[2]);
        }
      }
      for (String e : expected) {
        if (!actual.contains(e)) {
          fn++;
          errors.add("missed " + e + ": " + row[2]);
        }
      }
    }
    double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    System.out.printf("attribution: %d labelled claims (%d not found), tp=%d fp=%d fn=%d, precision=%.4f recall=%.4f%n",
        rows.size(), missing, tp, fp, fn, precision, recall);
    errors.forEach(e -> System.out.println("  " + e));
    assertThat(missing).as("labelled claims the parser no longer gives").isLessThanOrEqualTo(rows.size() / 50);
    assertThat(precision).isEqualTo(1.0);
    assertThat(recall).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void figurePrecisionAndRecall() throws IOException {
    List<String[]> rows = rows("labelled-figures.tsv");
    List<String[]> unmatched = new ArrayList<>(rows);
    int tp = 0;
    int fp = 0;
    List<String> errors = new ArrayList<>();
    for (Session s : summit.sessions()) {
      for (Claim c : s.claims()) {
        for (Quantity q : c.quantities()) {
          String[] match = null;
          for (String[] row : unmatched) {
            if (Integer.parseInt(row[0]) == s.number().orElse(-1) && c.text().startsWith(row[5])
                && row[1].equals(q.text())) {
              match = row;
              break;
            }
          }
          if (match != null && sameValue(q, match)) {
            tp++;
            unmatched.remove(match);
          } else {
            fp++;
            errors.add("wrong " + q.text() + "=" + q.value() + " " + q.unit() + " in " + c.id());
          }
        }
      }
    }
    int fn = unmatched.size();
    unmatched.forEach(r -> errors.add("missed " + r[1] + " in session " + r[0] + ": " + r[5]));
    double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    System.out.printf("figures: %d labelled, tp=%d fp=%d fn=%d, precision=%.4f recall=%.4f%n",
        rows.size(), tp, fp, fn, precision, recall);
    errors.forEach(e -> System.out.println("  " + e));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
    assertThat(precision).isEqualTo(1.0);
    assertThat(recall).isGreaterThanOrEqualTo(0.95);
  }

  private static boolean sameValue(Quantity q, String[] row) {
    double v = Double.parseDouble(row[2]);
    boolean upper = row[3].equals("-") ? q.upperValue().isEmpty()
        : q.upperValue().map(u -> close(u, Double.parseDouble(row[3]))).orElse(false);
    return close(q.value(), v) && upper && q.unit().equals(row[4]);
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  }

  @Test
  void everyTimelineAndTable() throws IOException {
    List<String> expectedTimelines = new ArrayList<>();
    for (String[] row : rows("labelled-timelines.tsv")) {
      expectedTimelines.add(row[0] + " " + row[1]);
    }
    List<String> actualTimelines = new ArrayList<>();
    List<String> expectedTables = new ArrayList<>();
    for (String[] row : rows("labelled-tables.tsv")) {
      expectedTables.add(row[0] + " " + row[1] + " " + row[2]);
    }
    List<String> actualTables = new ArrayList<>();
    for (Session s : summit.sessions()) {
      int n = s.number().orElse(-1);
      for (Timeline t : s.timelines()) {
        actualTimelines.add(n + " " + String.join(",", t.entries().stream().map(TimelineEntry::when).toList()));
      }
      for (ComparisonTable t : s.comparisons()) {
        actualTables.add(n + " " + t.origin() + " " + String.join(" | ", t.subjects()));
      }
    }
    report("timelines", expectedTimelines, actualTimelines);
    report("tables", expectedTables, actualTables);
  }

  private static void report(String what, List<String> expected, List<String> actual) {
    List<String> missed = new ArrayList<>(expected);
    List<String> wrong = new ArrayList<>();
    for (String a : actual) {
      if (!missed.remove(a)) {
        wrong.add(a);
      }
    }
    int tp = actual.size() - wrong.size();
    System.out.printf("%s: %d labelled, tp=%d fp=%d fn=%d%n", what, expected.size(), tp, wrong.size(), missed.size());
    wrong.forEach(w -> System.out.println("  wrong " + w));
    missed.forEach(m -> System.out.println("  missed " + m));
    assertThat(wrong).as("%s not in the labelled set", what).isEmpty();
    assertThat((double) tp / expected.size()).as("%s recall", what).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void transliteratedAndMisspelledNamesAreLearnedAsAliases() {
    Speaker balaban = speaker("Stephen Balaban");
    Speaker adams = speaker("Mark Adams");
    Speaker lee = speaker("이강욱");
    Speaker kaiFu = speaker("Kai Fu Lee");
    Speaker aravind = speaker("Aravind Srinivas");
    assertThat(balaban.aliases()).contains("스티븐 발라반");
    assertThat(adams.aliases()).contains("마크 아담스");
    assertThat(lee.aliases()).contains("이강옥");
    assertThat(kaiFu.aliases()).contains("카플리");
    assertThat(aravind.aliases()).contains("아라빈드 스리니바스");
  }

  private static Speaker speaker(String name) {
    return summit.speakers().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void timelinesOfTheAfternoonPost() {
    Timeline years = session(6).timelines().stream()
        .filter(t -> t.entries().size() == 4).findFirst().orElseThrow();
    assertThat(years.entries()).extracting(TimelineEntry::when).containsExactly("2023", "2025", "2026", "2027");
    assertThat(years.title()).hasValueSatisfying(t -> assertThat(t).contains("주요 시점을 다음과 같이"));
    assertThat(years.entries().get(0).description()).startsWith("LLM의 원년");

    Timeline waves = session(7).timelines().stream()
        .filter(t -> t.entries().stream().anyMatch(e -> e.when().startsWith("wave"))).findFirst().orElseThrow();
    assertThat(waves.entries()).extracting(TimelineEntry::when).containsExactly("wave-1", "wave-2", "wave-3");
    assertThat(waves.entries().get(2).description()).startsWith("Inference At Scale");

    assertThat(session(8).timelines()).flatExtracting(Timeline::entries).extracting(TimelineEntry::when)
        .contains("2012");
    assertThat(session(14).timelines()).flatExtracting(Timeline::entries).extracting(TimelineEntry::when)
        .contains("2022-12");
    assertThat(session(5).timelines()).flatExtracting(Timeline::entries).extracting(TimelineEntry::when)
        .containsSubsequence("2022", "2026");
  }

  @Test
  void derivedComparisonsOfTheAfternoonPost() {
    ComparisonTable packaging = session(13).comparisons().stream().filter(ComparisonTable::derived)
        .filter(t -> t.subjects().contains("2.5D 패키징")).findFirst().orElseThrow();
    assertThat(packaging.subjects()).containsExactly("2.5D 패키징", "3D 패키징");
    assertThat(packaging.rows()).extracting(r -> r.attribute()).contains("열 관리");

    ComparisonTable racks = session(9).comparisons().stream().filter(ComparisonTable::derived)
        .findFirst().orElseThrow();
    assertThat(racks.subjects()).containsExactly("과거 데이터센터", "AI 데이터센터");
    assertThat(racks.rows().get(0).values()).containsExactly("2~5KW", "최대 30KW");

    ComparisonTable boxes = session(11).comparisons().stream().filter(ComparisonTable::derived)
        .filter(t -> t.rows().size() == 3).findFirst().orElseThrow();
    assertThat(boxes.subjects()).hasSize(2);
    assertThat(boxes.subjects().get(0)).contains("전기적");
    assertThat(boxes.subjects().get(1)).contains("광학");
    assertThat(boxes.rows().get(0).values().get(0)).startsWith("거리 제약");
  }

  @Test
  void unresolvedPeopleAreReportedNotGuessed() {
    List<Diagnostic> unresolved = summit.diagnostics().stream().filter(d -> d.code().equals("unresolved-speaker"))
        .toList();
    assertThat(unresolved).extracting(Diagnostic::message).anyMatch(m -> m.contains("사티아 나델라"));
    Claim nadella = session(1).claims().stream().filter(c -> c.text().contains("사티아 나델라")).findFirst()
        .orElseThrow();
    assertThat(nadella.speakerIds()).isEmpty();
  }
}
