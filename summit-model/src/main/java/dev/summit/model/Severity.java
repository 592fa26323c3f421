package dev.summit.model;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
  /** The input is broken: something could not be read or understood. */
  ERROR,
  /** Something was read, but looks wrong or disagrees with another part of the post. */
  WARNING,
  /** Worth knowing, not wrong: an unresolved name, a skipped decoration. */
  INFO
}
