package dev.summit.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the {@code summit} command line in-process, as {@code main} does, and keeps what it printed. */
final class Cli {
  static final Path CORPUS = Path.of("..", "corpus");
  static final String MORNING = CORPUS.resolve("sk-ai-summit-2024-day1-morning.md").toString();
  static final String AFTERNOON = CORPUS.resolve("sk-ai-summit-2024-day1-afternoon.md").toString();

  record Run(int exitCode, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    return run(new byte[0], false, args);
  }

  static Run run(byte[] stdin, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = SummitCommand.run(
        args, new ByteArrayInputStream(stdin), terminal, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** Runs the arguments on picocli's model always, as {@link SummitCommand#run} does when no quick path applies. */
  static Run runOnPicocli(byte[] stdin, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = SummitCommand.commandLine(
            new ByteArrayInputStream(stdin), terminal, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }
}
