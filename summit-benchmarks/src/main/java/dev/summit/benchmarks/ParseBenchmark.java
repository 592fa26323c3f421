package dev.summit.benchmarks;

import dev.summit.parser.ParseResult;
import dev.summit.parser.RecapParser;
import dev.summit.parser.internal.outline.MarkdownOutliner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The floor (commonmark-java, configured exactly as the parser configures it) against {@link RecapParser}
 * on the afternoon post (87 KB), and {@code parseAll} on the merged Day 1 (morning + afternoon).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseBenchmark {
  private byte[] afternoon;
  private String afternoonText;
  private Parser commonmark;
  private RecapParser parser;
  private Path dir;
  private List<Path> day1;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    afternoon = Posts.bytes(Posts.AFTERNOON);
    afternoonText = new String(afternoon, StandardCharsets.UTF_8);
    commonmark = MarkdownOutliner.commonmarkParser();
    parser = RecapParser.builder().build();
    dir = Files.createTempDirectory("summit-bench");
    day1 = Posts.writeDay1(dir);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The floor: UTF-8 decoding plus commonmark-java on the same bytes, same extensions and source spans. */
  @Benchmark
  public Node floor() {
    return commonmark.parse(new String(afternoon, StandardCharsets.UTF_8));
  }

  /** commonmark-java alone on the already decoded text. */
  @Benchmark
  public Node floorText() {
    return commonmark.parse(afternoonText);
  }

  /** End to end: bytes in, Summit and diagnostics out. */
  @Benchmark
  public ParseResult parse() {
    return parser.parse(afternoon, "sk-ai-summit-2024-day1-afternoon");
  }

  /** From a String (no decoding; the parser still hashes the UTF-8 bytes). */
  @Benchmark
  public ParseResult parseText() {
    return parser.parse(afternoonText, "sk-ai-summit-2024-day1-afternoon");
  }

  /** The floor for {@link #parseAllDay1}: read both files, decode, commonmark each. */
  @Benchmark
  public void floorDay1(Blackhole bh) throws IOException {
    for (Path file : day1) {
      bh.consume(commonmark.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
    }
  }

  /** Day 1 merged: both files read, parsed and assembled into one summit. */
  @Benchmark
  public ParseResult parseAllDay1() {
    return parser.parseAll(day1);
  }
}
