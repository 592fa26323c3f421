package dev.summit.cli;

import static dev.summit.cli.Cli.AFTERNOON;
import static dev.summit.cli.Cli.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path temp;

  @Test
  void bundledCorpusHasWarningsButNoErrorsAndPasses() {
    Cli.Run run = Cli.run("check");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .contains(
            "sk-ai-summit-2024-day1-afternoon.md:61:1: warning: session header 7 has unmatched emphasis markers;"
                + " read as \"AI Infra 구축 시장의 현황과 전망\"",
            "sk-ai-summit-2024-day1-afternoon.md:522:5: info: session 9: 오혜연 is \"KAIST 교수, Moderator\" in the"
                + " agenda and \"KAIST, Moderator\" in the detail; the agenda's is kept")
        .allMatch(line -> line.matches("sk-ai-summit-2024-day1-(morning|afternoon)\\.md:\\d+:\\d+: (warning|info): .+"));
    long warnings = run.out().lines().filter(line -> line.contains(": warning: ")).count();
    long infos = run.out().lines().filter(line -> line.contains(": info: ")).count();
    assertThat(run.err()).isEqualTo("summit: checked 2 documents: 0 errors, "
        + DiagnosticLines.plural(warnings, "warning") + ", " + infos + " info\n");
  }

  @Test
  void diagnosticsNameTheFileAsGiven() {
    Cli.Run run = Cli.run("check", AFTERNOON);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).isNotEmpty().allMatch(line -> line.startsWith(AFTERNOON + ":"));
  }

  @Test
  void missingFileIsReportedByNameWithExitCodeOne() {
    String missing = temp.resolve("no-such-post.md").toString();

    Cli.Run run = Cli.run("check", MORNING, missing);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith(missing + ": error: cannot read: no such file\n");
    assertThat(run.err()).contains("checked 1 document:").contains("1 file not read");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void directoryCannotBeRead() {
    Cli.Run run = Cli.run("check", temp.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(temp + ": error: cannot read: is a directory\n");
  }

  @Test
  void binaryFileGivesErrorDiagnosticsAndExitCodeOne() throws IOException {
    Path binary = Files.write(temp.resolve("photo.md"), new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 3, 4});

    Cli.Run run = Cli.run("check", binary.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .contains(binary + ":1:1: error: input holds control characters (such as NUL); is it a binary file?"
            + " They are read as U+FFFD")
        .anyMatch(line -> line.startsWith(binary + ":1:4: error: input is not valid UTF-8"));
  }

  @Test
  void warningsAloneDoNotFailTheCheck() {
    Cli.Run run = Cli.run("check", MORNING, AFTERNOON);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(": warning: ");
  }

  @Test
  void standardInputIsNamedStdin() throws IOException {
    byte[] afternoon = Files.readAllBytes(Path.of(AFTERNOON));

    Cli.Run run = Cli.run(afternoon, false, "check", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("<stdin>:61:1: warning: session header 7 has unmatched emphasis markers");
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitCodeTwo() {
    Cli.Run run = Cli.run("check", "--no-such-option");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Unknown option: '--no-such-option'").contains("Usage: summit check");
  }

  @Test
  void standardInputTwiceIsAUsageError() {
    Cli.Run run = Cli.run("check", "-", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("standard input (-) can be given only once");
  }
}
