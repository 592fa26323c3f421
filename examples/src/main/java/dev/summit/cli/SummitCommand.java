package dev.summit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code summit} command line: {@code export}, {@code check} and {@code show} on recap posts, or on the
 * bundled corpus when no file is given.
 *
 * <p>Exit codes: {@value #EXIT_OK} when all went well (warnings allowed); {@value #EXIT_INPUT_ERRORS} when
 * the input has errors (an unreadable or binary file, a diagnostic of severity error) or an output cannot be
 * written; {@value #EXIT_USAGE} for wrong usage; {@value #EXIT_INTERNAL} for an internal error (a bug), which
 * is reported in one line, never as a stack trace.
 */
@Command(
    name = "summit",
    mixinStandardHelpOptions = true,
    versionProvider = SummitVersion.class,
    description = "Reads conference recap posts (Markdown) into one summit, and checks, shows or exports it.",
    subcommands = {ExportCommand.class, CheckCommand.class, ShowCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nWith no FILE, the commands read the bundled corpus (the two SK AI Summit 2024 Day 1 posts).%n",
    footer = {"Example: summit export --format all --out out"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success; warnings allowed",
      "1:errors in the input (unreadable or binary file, error diagnostics) or an output not written",
      "2:wrong usage",
      "3:internal error"
    })
public final class SummitCommand implements Callable<Integer> {
  public static final int EXIT_OK = 0;
  public static final int EXIT_INPUT_ERRORS = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_INTERNAL = 3;

  private final InputStream stdin;
  private final boolean terminal;

  @Spec CommandSpec spec;

  /**
   * @param stdin what {@code -} reads
   * @param terminal whether stderr is a terminal; the progress line is shown only then
   */
  public SummitCommand(InputStream stdin, boolean terminal) {
    this.stdin = stdin;
    this.terminal = terminal;
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int exitCode;
    try {
      exitCode = run(args, System.in, System.console() != null, out, err);
    } catch (RuntimeException | LinkageError e) { // e.g. a broken class path, before a command runs
      err.println("summit: internal error: " + describe(e));
      exitCode = EXIT_INTERNAL;
    }
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /**
   * Runs the command line as {@link #main} does, writing to the given streams, and returns the exit code.
   * {@code check} with plain file names runs on {@link QuickCheck}, without building picocli's model; all
   * else runs on {@link #commandLine}.
   */
  public static int run(String[] args, InputStream stdin, boolean terminal, PrintWriter out, PrintWriter err) {
    return QuickCheck.applies(args)
        ? QuickCheck.run(args, stdin, terminal, out, err)
        : commandLine(stdin, terminal, out, err).execute(args);
  }

  /**
   * A ready command line writing to the given streams; tests run it in-process with
   * {@link CommandLine#execute(String...)}.
   */
  public static CommandLine commandLine(InputStream stdin, boolean terminal, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SummitCommand(stdin, terminal));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(SummitCommand::handleUncaught);
    return cl;
  }

  /** With no subcommand: the usage, on stderr, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("summit: a command is required: export, check or show");
    spec.commandLine().usage(spec.commandLine().getErr());
    return EXIT_USAGE;
  }

  InputStream stdin() {
    return stdin;
  }

  boolean terminal() {
    return terminal;
  }

  /** Everything a command did not handle ends here, as one line on stderr. */
  static int handleUncaught(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    return SummitErrors.uncaught(e, cl.getErr());
  }

  static String describe(Throwable e) {
    return SummitErrors.describe(e);
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    // UTF-8 whatever the platform encoding, so Korean names print on every terminal.
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }
}
