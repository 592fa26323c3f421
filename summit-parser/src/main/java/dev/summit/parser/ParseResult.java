package dev.summit.parser;

import dev.summit.model.Diagnostic;
import dev.summit.model.Severity;
import dev.summit.model.Summit;
import java.util.List;
import java.util.Objects;

/**
 * The result of a parse: the summit that was read, plus what was odd about the input.
 *
 * <p>A parse never fails on bad content: it returns what it could read, and says what it could not in
 * {@link #diagnostics()}.
 */
public final class ParseResult {
  private final Summit summit;

  public ParseResult(Summit summit) {
    this.summit = Objects.requireNonNull(summit, "summit");
  }

  public Summit summit() {
    return summit;
  }

  /** The diagnostics, in document and line order. The same list as {@code summit().diagnostics()}. */
  public List<Diagnostic> diagnostics() {
    return summit.diagnostics();
  }

  /** True when a diagnostic of severity {@link Severity#ERROR} was gathered. */
  public boolean hasErrors() {
    return summit.hasErrors();
  }

  /** The diagnostics of the given severity. */
  public List<Diagnostic> diagnostics(Severity severity) {
    return diagnostics().stream().filter(d -> d.severity() == severity).toList();
  }

  @Override
  public String toString() {
    return "ParseResult{sessions=" + summit.sessions().size() + ", diagnostics=" + diagnostics().size() + "}";
  }
}
