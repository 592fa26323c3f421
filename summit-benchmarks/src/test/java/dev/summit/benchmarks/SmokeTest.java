package dev.summit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.parser.ParseResult;
import dev.summit.parser.RecapParser;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The only thing the build runs of the benchmarks: one benchmark, in process, one short iteration. It checks
 * that the harness is wired (generated code, corpus on the class path), never how fast anything is.
 */
class SmokeTest {
  @Test
  void oneShortIterationOfTheParseBenchmarkProducesAScore() throws Exception {
    Options options = new OptionsBuilder()
        .include(ParseBenchmark.class.getName() + ".parse$")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .timeUnit(TimeUnit.MICROSECONDS)
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results).hasSize(1);
    assertThat(results.iterator().next().getPrimaryResult().getScore()).isPositive();
  }

  @Test
  void theGeneratedPostHasTheSessionsOfItsCopies() {
    RecapParser parser = RecapParser.builder().build();
    ParseResult one = parser.parse(Posts.generated(1), "one");
    ParseResult three = parser.parse(Posts.generated(3), "three");
    assertThat(one.summit().sessions()).hasSize(10);
    assertThat(three.summit().sessions()).hasSize(30);
    assertThat(three.diagnostics()).hasSizeLessThanOrEqualTo(3 * one.diagnostics().size() + 1);
  }
}
