package dev.summit.benchmarks;

import dev.summit.parser.RecapParser;
import dev.summit.parser.internal.outline.MarkdownOutliner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A corpus of 1,000 posts (afternoon and morning alternately, ~147 KB per pair) parsed by one shared
 * {@link RecapParser} on a pool of 1 or 2 threads that take posts from a shared counter. One operation is the
 * whole corpus. The floor does the same with commonmark-java, so the 2-thread speed-up of the parser can be
 * set against what the machine gives the floor in the same run.
 *
 * <p>The warm-up is long on purpose: with two threads parsing on a 2-core machine, the JIT's compiler threads
 * get little CPU, and the 2-thread run kept getting faster for about 16 operations (12.4 s, 5.9 s, … 2.3 s per
 * corpus). Six warm-up operations left it mid-climb, so its score carried errors as large as the effect.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CorpusBenchmark {
  public static final int POSTS = 1_000;

  @Param({"1", "2"})
  public int threads;

  private List<byte[]> posts;
  private Parser commonmark;
  private RecapParser parser;
  private ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    posts = Posts.corpus(POSTS);
    commonmark = MarkdownOutliner.commonmarkParser();
    parser = RecapParser.builder().build();
    pool = Executors.newFixedThreadPool(threads);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  @Benchmark
  public long floor() throws Exception {
    return run(post -> {
      Node doc = commonmark.parse(new String(post, StandardCharsets.UTF_8));
      return doc.getFirstChild() == null ? 0 : 1;
    });
  }

  @Benchmark
  public long parse() throws Exception {
    return run(post -> parser.parse(post, "post").summit().sessions().size());
  }

  private long run(ToLongFunction<byte[]> work) throws InterruptedException, ExecutionException {
    AtomicInteger next = new AtomicInteger();
    List<Future<Long>> tasks = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      tasks.add(pool.submit(() -> {
        long sum = 0;
        for (int i = next.getAndIncrement(); i < POSTS; i = next.getAndIncrement()) {
          sum += work.applyAsLong(posts.get(i));
        }
        return sum;
      }));
    }
    long total = 0;
    for (Future<Long> task : tasks) {
      total += task.get();
    }
    return total;
  }
}
