package dev.summit.cli;

import dev.summit.model.Diagnostic;
import dev.summit.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Diagnostics as compilers print them: {@code file:line:column: severity: message}. */
final class DiagnosticLines {
  private DiagnosticLines() {}

  /**
   * One diagnostic as a line. Line and column are left out when unknown (0); a diagnostic that belongs to no
   * document is prefixed with {@code summit}.
   */
  static String format(Diagnostic d, Function<String, String> nameOfDocument) {
    StringBuilder where = new StringBuilder(d.document().map(nameOfDocument).orElse("summit"));
    if (d.line() > 0) {
      where.append(':').append(d.line());
      if (d.column() > 0) {
        where.append(':').append(d.column());
      }
    }
    return where + ": " + d.severity().name().toLowerCase(Locale.ROOT) + ": " + d.message();
  }

  /** Counts by severity, such as {@code 0 errors, 1 warning, 1 info}. */
  static String counts(List<Diagnostic> diagnostics) {
    long errors = count(diagnostics, Severity.ERROR);
    long warnings = count(diagnostics, Severity.WARNING);
    long infos = count(diagnostics, Severity.INFO);
    return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + infos + " info";
  }

  static long count(List<Diagnostic> diagnostics, Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
