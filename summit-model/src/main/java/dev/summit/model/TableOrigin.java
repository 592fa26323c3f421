package dev.summit.model;

/** Where a {@link ComparisonTable} comes from. */
public enum TableOrigin {
  /** A table the post writes as a table. */
  TABLE,
  /** A comparison derived from parallel prose; its claims stay in the model too. */
  PROSE
}
