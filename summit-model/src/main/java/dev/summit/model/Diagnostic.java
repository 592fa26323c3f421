package dev.summit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something odd found while reading a post, with the place it was found.
 *
 * <p>{@link #toString()} gives {@code <line:column>: message}, like jsoup's parse errors.
 */
@Value.Immutable
public abstract class Diagnostic {
  public abstract Severity severity();

  /** A stable, kebab-case code such as {@code agenda-title-mismatch}; see the parser's documentation. */
  public abstract String code();

  public abstract String message();

  /** The document id, when the diagnostic belongs to one document. */
  public abstract Optional<String> document();

  /** 1-based line in the original file; 0 when the diagnostic is about the whole input. */
  public abstract int line();

  /** 1-based column; 0 when unknown. */
  public abstract int column();

  /** Creates a diagnostic. {@code document} may be null for input that has no document id. */
  public static Diagnostic of(
      Severity severity, String code, String message, String document, int line, int column) {
    return ImmutableDiagnostic.builder()
        .severity(severity)
        .code(code)
        .message(message)
        .document(Optional.ofNullable(document))
        .line(line)
        .column(column)
        .build();
  }

  /** Gives {@code <line:column>: message}. */
  @Override
  public String toString() {
    return "<" + line() + ":" + column() + ">: " + message();
  }
}
