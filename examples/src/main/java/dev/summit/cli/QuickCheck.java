package dev.summit.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * {@code summit check FILE…} without picocli, for the plain case only: {@code check} followed by file names
 * (and {@code -} at most once). That is the usual short run, and picocli's start-up (its classes cannot be
 * put in the class-data archive, and it reads the commands' annotations by reflection) is a third of it.
 *
 * <p>Anything else (an option, {@code --}, an {@code @file}, an empty argument, {@code -} twice, another
 * command) goes to picocli as before. What the quick path prints and returns is what picocli's {@code check}
 * prints and returns for the same arguments: both run {@link Inputs#read} and {@link Check#report}, and an
 * exception ends in {@link SummitErrors#uncaught} in both. This class refers to no picocli type, so using it
 * loads none.
 */
final class QuickCheck {
  private QuickCheck() {}

  /** Whether these arguments are {@code check} and plain file names, which the quick path runs. */
  static boolean applies(String[] args) {
    if (args.length == 0 || !args[0].equals("check")) {
      return false;
    }
    boolean stdin = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals(Inputs.STDIN)) {
        if (stdin) {
          return false; // picocli reports it as a usage error
        }
        stdin = true;
      } else if (arg.isEmpty() || arg.charAt(0) == '-' || arg.charAt(0) == '@') {
        return false; // an option, "--", or picocli's @argument-file
      }
    }
    return true;
  }

  /** Runs {@code check} on the arguments after {@code check}; only for arguments that {@link #applies}. */
  static int run(String[] args, InputStream stdin, boolean terminal, PrintWriter out, PrintWriter err) {
    List<String> files = Arrays.asList(args).subList(1, args.length);
    try {
      return Check.report(Inputs.read(files, stdin, terminal, err), out, err);
    } catch (RuntimeException e) {
      return SummitErrors.uncaught(e, err);
    }
  }
}
