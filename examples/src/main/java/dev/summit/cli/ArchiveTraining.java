package dev.summit.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The training run for the class-data archive that {@code mvn package} makes next to the launcher
 * ({@code examples/target/summit.jsa}): it runs the commands a short run uses, in one JVM, so that the
 * archive holds the classes (and lambda classes) of each. Not a command of its own.
 *
 * <p>{@code ArchiveTraining OUT_DIR POST}: {@code check POST} (the quick path of {@link QuickCheck}, reading a
 * file as a user's run does), {@code show POST}, {@code check} and {@code export --format all --out OUT_DIR}
 * on the bundled corpus. What they print is dropped; the exit code is 1 if one of them failed (exit code 3,
 * or 2 for a usage error; 1 is what {@code check} returns for the corpus's own diagnostics only when they
 * hold an error, and they do not).
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ArchiveTraining OUT_DIR POST");
      System.exit(2);
    }
    String outDir = args[0];
    String post = args[1];
    String[][] runs = {
      {"check", post},
      {"show", post},
      {"check"},
      {"export", "--format", "all", "--out", outDir},
    };
    int failed = 0;
    for (String[] run : runs) {
      PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true);
      int exitCode = SummitCommand.run(run, new ByteArrayInputStream(new byte[0]), false, nowhere, nowhere);
      if (exitCode != SummitCommand.EXIT_OK) {
        System.err.println("summit " + String.join(" ", run) + ": exit code " + exitCode);
        failed++;
      }
    }
    System.exit(failed == 0 ? 0 : 1);
  }
}
