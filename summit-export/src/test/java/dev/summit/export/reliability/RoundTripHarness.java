package dev.summit.export.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.summit.export.MarkdownExporter;
import dev.summit.export.ProvenanceFreeJson;
import dev.summit.model.Summit;
import dev.summit.parser.RecapParser;
import dev.summit.parser.reliability.Mutator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tool for finding Markdown round-trip differences, not a test: run it as a main from this module's directory
 * with the test class path. {@code seeds FROM TO}: the mutants of seeds FROM (inclusive) to TO (exclusive);
 * {@code random N [SEED]}: N random mutant seeds, spread over magnitudes like jqwik's longs; {@code seed S [FILE]}:
 * one seed, writing its mutant and export to FILE.mutant.md and FILE.export.md and both models to
 * FILE.original.json and FILE.again.json; {@code list F}: the seeds
 * listed in F, one a line; {@code file F}: a post. Prints
 * each seed whose re-read model differs, with the differing JSON paths and both values.
 */
public final class RoundTripHarness {
  private static final RecapParser PARSER = RecapParser.builder().build();

  private RoundTripHarness() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "seeds" -> run(range(Long.parseLong(args[1]), Long.parseLong(args[2])));
      case "random" -> run(random(Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1));
      case "seed" -> {
        long seed = Long.parseLong(args[1]);
        byte[] mutant = Mutator.mutant(seed);
        String export = MarkdownExporter.create().write(PARSER.parse(mutant, "post").summit());
        if (args.length > 2) {
          Files.write(Path.of(args[2] + ".mutant.md"), mutant);
          Files.writeString(Path.of(args[2] + ".export.md"), export);
        }
        System.out.println(String.join("\n", check(mutant)));
        if (args.length > 2) {
          // both models, pretty-printed, for a line diff of a difference too long to print
          Summit summit = PARSER.parse(mutant, "post").summit();
          var pretty = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter();
          Files.writeString(Path.of(args[2] + ".original.json"), pretty.writeValueAsString(ProvenanceFreeJson.of(summit)));
          Files.writeString(Path.of(args[2] + ".again.json"), pretty.writeValueAsString(
              ProvenanceFreeJson.of(PARSER.parse(export, "post").summit())));
        }
      }
      case "list" -> run(Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
          .mapToLong(l -> Long.parseLong(l.strip())).toArray());
      case "file" -> System.out.println(String.join("\n", check(Files.readAllBytes(Path.of(args[1])))));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static long[] range(long from, long to) {
    long[] seeds = new long[(int) (to - from)];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = from + i;
    }
    return seeds;
  }

  private static long[] random(int n, long seed) {
    Random r = new Random(seed);
    long[] seeds = new long[n];
    for (int i = 0; i < n; i++) {
      seeds[i] = r.nextLong() >> r.nextInt(64);
    }
    return seeds;
  }

  private static void run(long[] seeds) throws Exception {
    int threads = Integer.getInteger("threads", 2);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong done = new AtomicLong();
    AtomicLong different = new AtomicLong();
    List<Future<?>> futures = new ArrayList<>();
    int chunk = (seeds.length + threads - 1) / threads;
    for (int t = 0; t < threads; t++) {
      int from = t * chunk;
      int to = Math.min(seeds.length, from + chunk);
      futures.add(pool.submit(() -> {
        for (int i = from; i < to; i++) {
          List<String> diff;
          try {
            diff = check(Mutator.mutant(seeds[i]));
          } catch (RuntimeException | Error e) {
            diff = List.of("THROWS " + e);
          }
          if (!diff.isEmpty()) {
            different.incrementAndGet();
            synchronized (RoundTripHarness.class) {
              System.out.println("seed " + seeds[i]);
              diff.forEach(d -> System.out.println("  " + d));
            }
          }
          if (done.incrementAndGet() % 10_000 == 0) {
            System.err.printf("%,d done, %,d differ%n", done.get(), different.get());
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    System.out.printf("%,d seeds, %,d differ%n", seeds.length, different.get());
  }

  /** The differences between the model of the post and that of its export: path, original value, re-read value. */
  static List<String> check(byte[] post) {
    Summit summit = PARSER.parse(post, "post").summit();
    JsonNode original = ProvenanceFreeJson.of(summit);
    JsonNode again = ProvenanceFreeJson.of(PARSER.parse(MarkdownExporter.create().write(summit), "post").summit());
    List<String> out = new ArrayList<>();
    for (RoundTripResidue.Difference d : RoundTripResidue.leafDifferences(original, again)) {
      out.add(d.path() + ": " + cut(d.original()) + " -> " + cut(d.again()));
    }
    return out;
  }

  private static String cut(JsonNode n) {
    String s = String.valueOf(n);
    return s.length() > Integer.getInteger("cut", 300) ? s.substring(0, Integer.getInteger("cut", 300)) + "…" : s;
  }
}
