package dev.summit.model;

import org.immutables.value.Value;

/**
 * Where a model element came from: a document id plus a 1-based, inclusive line range in the original file.
 */
@Value.Immutable
public interface Provenance {
  /** The {@link SourceDocument#id()} of the document. */
  String document();

  /** First line, 1-based. */
  int startLine();

  /** Last line, 1-based, inclusive; never before {@link #startLine()}. */
  int endLine();

  /** Creates a provenance. */
  static Provenance of(String document, int startLine, int endLine) {
    return ImmutableProvenance.builder().document(document).startLine(startLine).endLine(endLine).build();
  }

  @Value.Check
  default void check() {
    if (startLine() < 1 || endLine() < startLine()) {
      throw new IllegalArgumentException(
          "line range must be 1-based and ordered: " + startLine() + "-" + endLine());
    }
  }
}
