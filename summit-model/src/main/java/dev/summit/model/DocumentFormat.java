package dev.summit.model;

/** The format a source document was read from. */
public enum DocumentFormat {
  MARKDOWN,
  HTML
}
