package dev.summit.parser.reliability;

import dev.summit.parser.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Guarantee 6 (for guarantee 1): mutated corpus posts always parse to a sound result, on a 1 MiB stack,
 * within a hang guard. The normal suite runs {@value #SHORT_RUN} inputs; {@code -Pfuzz} runs
 * {@code -Dsummit.fuzz.tries} (1,000,000 by default there).
 */
class ReliabilityFuzzTest {
  static final int SHORT_RUN = 400;
  private static final AtomicLong INPUTS = new AtomicLong();
  private static final AtomicLong BYTES = new AtomicLong();

  /** Sets the tries from {@code summit.fuzz.tries}, so the long run needs no code change. */
  public static final class Tries implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      context.attributes().setTries(Integer.getInteger("summit.fuzz.tries", SHORT_RUN));
      return property.execute();
    }
  }

  @Property(shrinking = net.jqwik.api.ShrinkingMode.OFF)
  @AddLifecycleHook(Tries.class)
  void mutatedPostsParseSoundly(@ForAll long seed) {
    byte[] input = Mutator.mutant(seed);
    long count = INPUTS.incrementAndGet();
    if (count % 50_000 == 0) {
      System.out.printf("fuzz: %,d inputs so far, all sound%n", count);
    }
    BYTES.addAndGet(input.length);
    try {
      ParseResult r = Guard.parse(input, "mutant of seed " + seed, 20);
      Guard.assertSound(r, "mutant of seed " + seed);
      if ((seed & 15) == 0) {
        ParseResult s = Guard.parse(new String(input, java.nio.charset.StandardCharsets.UTF_8), "mutant (String) "
            + seed, 20);
        Guard.assertSound(s, "mutant (String) of seed " + seed);
      }
    } catch (AssertionError e) {
      save(seed, input);
      throw e;
    }
  }

  private static void save(long seed, byte[] input) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
      Files.write(dir.resolve("seed-" + seed + ".md"), input);
    } catch (IOException ignored) {
      // the seed in the failure message is enough to reproduce
    }
  }

  @AfterContainer
  static void report() {
    System.out.printf("fuzz: %,d mutated inputs (%,d bytes) parsed soundly or reported above%n", INPUTS.get(),
        BYTES.get());
  }

}
