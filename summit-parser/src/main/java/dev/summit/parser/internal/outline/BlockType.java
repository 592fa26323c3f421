package dev.summit.parser.internal.outline;

/** The neutral block kinds shared by the Markdown and HTML outlines. */
public enum BlockType {
  DOCUMENT,
  HEADING,
  PARAGRAPH,
  /** A list; {@link Block#ordered()} tells bullets from numbers. */
  LIST,
  /** A list item; {@link Block#ordinal()} is its number in an ordered list. */
  ITEM,
  QUOTE,
  TABLE,
  /** A thematic break (---). */
  BREAK,
  /** Fenced or indented code, and raw HTML blocks: kept as text, never interpreted. */
  CODE
}
