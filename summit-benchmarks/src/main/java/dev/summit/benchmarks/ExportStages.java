package dev.summit.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.summit.export.CsvExporter;
import dev.summit.export.CsvTable;
import dev.summit.export.JsonExporter;
import dev.summit.export.JsonLdExporter;
import dev.summit.export.MarkdownExporter;
import dev.summit.model.Summit;
import dev.summit.parser.RecapParser;
import dev.summit.parser.internal.outline.MarkdownOutliner;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.commonmark.parser.Parser;

/**
 * A profiling aid, not a benchmark: {@link ExportBenchmark}'s exports of the afternoon post, with the floor in
 * the same loop, as the least thread CPU time of many runs (other processes do not count, so it holds on a
 * busy machine) and the exact bytes allocated by the last run.
 *
 * <pre>java -cp summit-benchmarks/target/benchmarks.jar dev.summit.benchmarks.ExportStages [runs]</pre>
 */
public final class ExportStages {
  private ExportStages() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    byte[] post = Posts.bytes(Posts.AFTERNOON);
    Parser commonmark = MarkdownOutliner.commonmarkParser();
    Summit summit = RecapParser.builder().build().parse(post, "sk-ai-summit-2024-day1-afternoon").summit();
    JsonExporter json = JsonExporter.create();
    JsonExporter jsonCompact = json.withLayout(JsonExporter.Layout.COMPACT);
    CsvExporter csv = CsvExporter.create();
    MarkdownExporter markdown = MarkdownExporter.create();
    JsonLdExporter jsonLd = JsonLdExporter.create();
    // The byte path writes into one reused buffer, as a file or socket would be written; the null stream shows
    // the cost of generating alone.
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
    java.io.OutputStream nowhere = java.io.OutputStream.nullOutputStream();
    String[] names = {"floor (decode + commonmark)", "json (String)", "json (bytes, reused buffer)",
        "json (bytes, null stream)", "csv (all tables)", "markdown", "jsonLd", "json compact (bytes, reused)"};
    java.util.List<Supplier<Object>> steps = java.util.List.of(
        () -> commonmark.parse(new String(post, StandardCharsets.UTF_8)),
        () -> json.write(summit),
        () -> {
          bytes.reset();
          json.write(summit, bytes);
          return bytes.size();
        },
        () -> {
          json.write(summit, nowhere);
          return nowhere;
        },
        () -> {
          StringBuilder out = new StringBuilder(64 * 1024);
          for (CsvTable table : CsvTable.values()) {
            csv.write(summit, table, out);
          }
          return out;
        },
        () -> markdown.write(summit),
        () -> jsonLd.write(summit),
        // the COMPACT layout, an option: last, so that the steps above run as before
        () -> {
          bytes.reset();
          jsonCompact.write(summit, bytes);
          return bytes.size();
        });
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    long[] bestTime = new long[names.length];
    long[] alloc = new long[names.length];
    java.util.Arrays.fill(bestTime, Long.MAX_VALUE);
    int sink = 0;
    for (int r = 0; r < runs; r++) {
      for (int i = 0; i < names.length; i++) {
        long a0 = mx.getThreadAllocatedBytes(tid);
        long t0 = mx.getCurrentThreadCpuTime();
        Object result = steps.get(i).get();
        long t1 = mx.getCurrentThreadCpuTime();
        long a1 = mx.getThreadAllocatedBytes(tid);
        sink += result.hashCode();
        bestTime[i] = Math.min(bestTime[i], t1 - t0);
        alloc[i] = a1 - a0;
      }
    }
    System.out.printf("afternoon post, %d runs; allocation of the last run, least thread CPU time (%d)%n", runs,
        sink & 1);
    for (int i = 0; i < names.length; i++) {
      System.out.printf("%-28s %10d B  %6.2fx floor   %9.1f us  %6.2fx floor%n", names[i], alloc[i],
          alloc[i] / (double) alloc[0], bestTime[i] / 1e3, bestTime[i] / (double) bestTime[0]);
    }
  }
}
