package dev.summit.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.summit.model.DocumentFormat;
import dev.summit.parser.ParserLimits;
import dev.summit.parser.internal.Pipeline;
import dev.summit.parser.internal.assemble.SummitAssembler;
import dev.summit.parser.internal.outline.Block;
import dev.summit.parser.internal.outline.MarkdownOutliner;
import dev.summit.parser.internal.read.SourceReader;
import dev.summit.parser.internal.read.SourceText;
import dev.summit.parser.internal.recognise.DocumentRecap;
import dev.summit.parser.internal.recognise.RecapRecognizer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.parser.Parser;

/**
 * A profiling aid, not a benchmark: the cost of each pipeline step on one post, as bytes allocated (exact,
 * from the thread's allocation counter) and the least thread CPU time of many runs (robust on a busy machine: other processes do not count).
 *
 * <pre>
 * java -cp summit-benchmarks/target/benchmarks.jar dev.summit.benchmarks.Stages [copies | speakers"s"] [runs]
 * </pre>
 */
public final class Stages {
  private Stages() {}

  public static void main(String[] args) {
    String shape = args.length > 0 ? args[0] : "1";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    // "160s": Posts.manySpeakers(160); "10": Posts.generated(10)
    boolean speakers = shape.endsWith("s");
    int copies = Integer.parseInt(speakers ? shape.substring(0, shape.length() - 1) : shape);
    byte[] post = speakers ? Posts.manySpeakers(copies) : Posts.generated(copies);
    ParserLimits limits = ParserLimits.DEFAULT;
    Parser commonmark = MarkdownOutliner.commonmarkParser();
    SourceReader reader = new SourceReader(limits);
    MarkdownOutliner outliner = new MarkdownOutliner(limits.maxNestingDepth());
    RecapRecognizer recognizer = new RecapRecognizer(limits);
    SummitAssembler assembler = new SummitAssembler(limits);
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    String[] names = {"floor (decode + commonmark)", "read", "outline", "recognise", "assemble", "total"};
    long[] bestTime = new long[names.length];
    long[] alloc = new long[names.length];
    java.util.Arrays.fill(bestTime, Long.MAX_VALUE);
    for (int r = 0; r < runs; r++) {
      long[] t = new long[names.length + 1];
      long[] a = new long[names.length + 1];
      a[0] = mx.getThreadAllocatedBytes(tid);
      t[0] = mx.getCurrentThreadCpuTime();
      Object floor = commonmark.parse(new String(post, StandardCharsets.UTF_8));
      t[1] = mx.getCurrentThreadCpuTime();
      a[1] = mx.getThreadAllocatedBytes(tid);
      SourceText source = reader.read(post, "post", null);
      t[2] = mx.getCurrentThreadCpuTime();
      a[2] = mx.getThreadAllocatedBytes(tid);
      Block outline = outliner.outline(source.text());
      t[3] = mx.getCurrentThreadCpuTime();
      a[3] = mx.getThreadAllocatedBytes(tid);
      DocumentRecap recap = recognizer.recognise(source, outline);
      t[4] = mx.getCurrentThreadCpuTime();
      a[4] = mx.getThreadAllocatedBytes(tid);
      Object summit = assembler.assemble(
          List.of(new Pipeline.Document(source, DocumentFormat.MARKDOWN, outline, recap)));
      t[5] = mx.getCurrentThreadCpuTime();
      a[5] = mx.getThreadAllocatedBytes(tid);
      if (floor == null || summit == null) {
        throw new AssertionError();
      }
      for (int i = 0; i < 5; i++) {
        bestTime[i] = Math.min(bestTime[i], t[i + 1] - t[i]);
        alloc[i] = a[i + 1] - a[i];
      }
      bestTime[5] = Math.min(bestTime[5], t[5] - t[1]);
      alloc[5] = a[5] - a[1];
    }
    System.out.printf("post: %d bytes (%d %s), %d runs; allocation of the last run, least thread CPU time%n",
        post.length, copies, speakers ? "speakers" : "copies", runs);
    for (int i = 0; i < names.length; i++) {
      System.out.printf("%-28s %10d B  %6.2fx floor   %9.1f us  %6.2fx floor%n", names[i], alloc[i],
          alloc[i] / (double) alloc[0], bestTime[i] / 1e3, bestTime[i] / (double) bestTime[0]);
    }
    System.out.printf("parse ns per byte: %.1f, assemble ns per byte: %.1f, floor ns per byte: %.1f%n",
        bestTime[5] / (double) post.length, bestTime[4] / (double) post.length, bestTime[0] / (double) post.length);
  }
}
