package dev.summit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code summit check} on each kind of hostile input ends with exit code 0 or 1 (1 exactly when the input has
 * errors) and prints only readable {@code file:line:column: severity: message} lines, never a stack trace.
 */
class CheckHostileInputTest {
  @TempDir Path temp;

  static Stream<Arguments> inputs() throws IOException {
    byte[] afternoon = Files.readAllBytes(Path.of("..", "corpus", "sk-ai-summit-2024-day1-afternoon.md"));
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    return Stream.of(
        Arguments.of("empty", new byte[0], 0),
        Arguments.of("whitespace", utf8(" \n\t\n   \n"), 0),
        Arguments.of("random-binary", random, 1),
        Arguments.of("invalid-utf8", new byte[] {'#', ' ', (byte) 0xC3, '(', '\n'}, 1),
        Arguments.of("nul-bytes", utf8("# A\n\nx\u0000y\n"), 1),
        Arguments.of("broken-yaml", utf8("---\ntitle: [\n---\n# T\n"), 1),
        Arguments.of("truncated-post", Arrays.copyOf(afternoon, afternoon.length / 3 + 1), 0),
        Arguments.of("emphasis-bomb", utf8("*".repeat(50_000) + "a" + "_".repeat(50_000) + "\n"), 0),
        Arguments.of("bracket-bomb", utf8("[".repeat(50_000) + "](" + ")".repeat(50_000) + "\n"), 0),
        Arguments.of("deep-quotes", utf8(">".repeat(10_000) + " deep\n"), 0),
        Arguments.of("deep-list", utf8(deepList(1_500)), 0),
        Arguments.of("formula-and-script", utf8("**1. =SUM(A1:A9)**\n\n* 발표자: @cmd (<script>x</script> CEO)\n\n"
            + "---\n\n* +1 -2 \u202Eevil\u202C \u200D\n"), 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  @Timeout(60)
  void endsWithZeroOrOneAndReadableLines(String name, byte[] content, int exitCode) throws IOException {
    Path file = Files.write(temp.resolve(name + ".md"), content);

    Cli.Run run = Cli.run("check", file.toString());

    assertThat(run.exitCode()).as(run.out()).isEqualTo(exitCode);
    assertThat(run.out().lines()).allMatch(
        line -> line.matches("\\Q" + file + "\\E(:\\d+(:\\d+)?)?: (error|warning|info): .+"), "a diagnostic line");
    assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.err()).contains("summit: checked 1 document");
  }

  private static String deepList(int depth) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      out.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    return out.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
