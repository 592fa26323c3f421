package dev.summit.cli;

import dev.summit.model.Diagnostic;
import dev.summit.parser.ParseResult;
import java.io.PrintWriter;
import java.util.List;

/** What {@code summit check} prints and returns for what was read. No picocli types (see {@link QuickCheck}). */
final class Check {
  private Check() {}

  /**
   * Prints each unreadable input and each diagnostic on {@code out}, the count on {@code err}, and returns the
   * exit code: 1 when the input has errors or a file could not be read, else 0.
   */
  static int report(Inputs.Loaded loaded, PrintWriter out, PrintWriter err) {
    for (Inputs.Unreadable unreadable : loaded.unreadable()) {
      out.println(unreadable.line());
    }
    List<Diagnostic> diagnostics = loaded.result().map(ParseResult::diagnostics).orElse(List.of());
    for (Diagnostic d : diagnostics) {
      out.println(DiagnosticLines.format(d, loaded::nameOf));
    }
    int documents = loaded.result().map(r -> r.summit().documents().size()).orElse(0);
    String unread = loaded.unreadable().isEmpty()
        ? ""
        : "; " + DiagnosticLines.plural(loaded.unreadable().size(), "file") + " not read";
    err.println("summit: checked " + DiagnosticLines.plural(documents, "document") + ": "
        + DiagnosticLines.counts(diagnostics) + unread);
    boolean errors = loaded.result().map(ParseResult::hasErrors).orElse(false);
    return errors || !loaded.unreadable().isEmpty() ? SummitCommand.EXIT_INPUT_ERRORS : SummitCommand.EXIT_OK;
  }
}
