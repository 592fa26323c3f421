package dev.summit.cli;

import static dev.summit.cli.Cli.AFTERNOON;
import static dev.summit.cli.Cli.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class SummitCommandTest {
  @Test
  void versionNamesTheProjectVersion() {
    Cli.Run run = Cli.run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("summit 0.1.0-SNAPSHOT\n");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Cli.Run run = Cli.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: summit [-hV] [COMMAND]")
        .contains("  export ").contains("  check ").contains("  show ")
        .contains("Exit codes:").contains("  2   wrong usage");
  }

  @ParameterizedTest
  @ValueSource(strings = {"export", "check", "show"})
  void everyCommandHasHelp(String command) {
    Cli.Run run = Cli.run(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: summit " + command + " [-hV]").contains("[FILE...]");
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Run run = Cli.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("summit: a command is required: export, check or show\nUsage: summit");
  }

  @Test
  void unknownCommandIsAUsageError() {
    Cli.Run run = Cli.run("frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Unmatched argument at index 0: 'frobnicate'");
  }

  @Test
  void progressLineOnATerminalWhenManyFiles() {
    Cli.Run run = Cli.run(new byte[0], true, "check", MORNING, AFTERNOON);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).startsWith("summit: reading 2 files…\r\033[K");
  }

  @Test
  void noProgressLineWhenNotATerminal() {
    Cli.Run run = Cli.run(new byte[0], false, "check", MORNING, AFTERNOON);

    assertThat(run.err()).doesNotContain("reading");
  }

  @Test
  void noProgressLineForOneFile() {
    Cli.Run run = Cli.run(new byte[0], true, "check", AFTERNOON);

    assertThat(run.err()).doesNotContain("reading");
  }

  @Test
  void anUncaughtFailureIsOneLineWithExitCodeThree() {
    StringWriter err = new StringWriter();
    CommandLine cl = SummitCommand.commandLine(
        new ByteArrayInputStream(new byte[0]), false, new PrintWriter(new StringWriter()), new PrintWriter(err, true));

    int exitCode = SummitCommand.handleUncaught(new IllegalStateException("session 3 has no id"), cl, null);

    assertThat(exitCode).isEqualTo(3);
    assertThat(err).hasToString("summit: internal error: session 3 has no id\n");
  }

  @Test
  void anUncaughtReadFailureIsAnInputError() {
    StringWriter err = new StringWriter();
    CommandLine cl = SummitCommand.commandLine(
        new ByteArrayInputStream(new byte[0]), false, new PrintWriter(new StringWriter()), new PrintWriter(err, true));

    int exitCode = SummitCommand.handleUncaught(
        new UncheckedIOException("cannot read post.md: no such file", new NoSuchFileException("post.md")), cl, null);

    assertThat(exitCode).isEqualTo(1);
    assertThat(err).hasToString("summit: cannot read post.md: no such file\n");
  }
}
