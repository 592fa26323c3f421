package dev.summit.benchmarks;

import dev.summit.export.CsvExporter;
import dev.summit.export.CsvTable;
import dev.summit.export.JsonExporter;
import dev.summit.export.JsonLdExporter;
import dev.summit.export.MarkdownExporter;
import dev.summit.model.Summit;
import dev.summit.parser.RecapParser;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each export of the parsed afternoon post, to memory (a String, and for JSON also bytes), so that only the
 * export is measured. Compare with {@link ParseBenchmark#floor()} from the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExportBenchmark {
  private Summit summit;
  private JsonExporter json;
  private JsonExporter jsonCompact;
  private CsvExporter csv;
  private MarkdownExporter markdown;
  private JsonLdExporter jsonLd;

  @Setup(Level.Trial)
  public void setUp() {
    summit = RecapParser.builder().build()
        .parse(Posts.bytes(Posts.AFTERNOON), "sk-ai-summit-2024-day1-afternoon").summit();
    json = JsonExporter.create();
    jsonCompact = json.withLayout(JsonExporter.Layout.COMPACT);
    csv = CsvExporter.builder().build();
    markdown = MarkdownExporter.create();
    jsonLd = JsonLdExporter.create();
  }

  @Benchmark
  public String json() {
    return json.write(summit);
  }

  /** A buffer reused by every call of {@link #jsonBytes}, one per thread, so that its growth is not measured. */
  @State(Scope.Thread)
  public static class Buffer {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
  }

  /** JSON as UTF-8 bytes through {@code write(Summit, OutputStream)}: the path that files take. */
  @Benchmark
  public int jsonBytes(Buffer buffer) {
    buffer.bytes.reset();
    json.write(summit, buffer.bytes);
    return buffer.bytes.size();
  }

  /** {@link #jsonBytes} in the {@link JsonExporter.Layout#COMPACT} layout (an option; the default is pretty). */
  @Benchmark
  public int jsonCompactBytes(Buffer buffer) {
    buffer.bytes.reset();
    jsonCompact.write(summit, buffer.bytes);
    return buffer.bytes.size();
  }

  /** Every table of the CSV data package, into one buffer (what {@code write(Summit, Path)} writes, minus files). */
  @Benchmark
  public StringBuilder csv() {
    StringBuilder out = new StringBuilder(64 * 1024);
    for (CsvTable table : CsvTable.values()) {
      csv.write(summit, table, out);
    }
    return out;
  }

  @Benchmark
  public String markdown() {
    return markdown.write(summit);
  }

  @Benchmark
  public String jsonLd() {
    return jsonLd.write(summit);
  }
}
