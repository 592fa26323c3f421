package dev.summit.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** How a command's uncaught exception is reported: one line on stderr and an exit code. No picocli types. */
final class SummitErrors {
  private SummitErrors() {}

  /**
   * Reports an exception a command did not handle: an {@link UncheckedIOException} (a file that could not be
   * read or written) as {@code summit: message} with exit code 1, anything else as an internal error with 3.
   */
  static int uncaught(Exception e, PrintWriter err) {
    if (e instanceof UncheckedIOException) {
      err.println("summit: " + e.getMessage());
      return SummitCommand.EXIT_INPUT_ERRORS;
    }
    err.println("summit: internal error: " + describe(e));
    return SummitCommand.EXIT_INTERNAL;
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
