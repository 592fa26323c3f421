package dev.summit.benchmarks;

import dev.summit.parser.ParseResult;
import dev.summit.parser.RecapParser;
import dev.summit.parser.internal.outline.MarkdownOutliner;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse cost against input size: a generated post with 1×, 10× and 100× the afternoon's sessions
 * ({@link Posts#generated}: agenda and sections repeated, renumbered). Divide the score by {@link #bytes}
 * (printed at setup) for the per-byte cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// 100x is an 8.5 MB post whose trees (commonmark's and ours) stay live during the parse: a small heap turns
// that into repeated old-generation copying, which is the collector's cost, not the parser's.
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ScalingBenchmark {
  @Param({"1", "10", "100"})
  public int copies;

  private byte[] post;
  private Parser commonmark;
  private RecapParser parser;

  @Setup(Level.Trial)
  public void setUp() {
    post = Posts.generated(copies);
    commonmark = MarkdownOutliner.commonmarkParser();
    parser = RecapParser.builder().build();
    ParseResult check = parser.parse(post, "generated");
    System.out.printf("%n[scaling] copies=%d bytes=%d sessions=%d diagnostics=%d%n",
        copies, post.length, check.summit().sessions().size(), check.diagnostics().size());
  }

  @Benchmark
  public Node floor() {
    return commonmark.parse(new String(post, StandardCharsets.UTF_8));
  }

  @Benchmark
  public ParseResult parse() {
    return parser.parse(post, "generated");
  }
}
