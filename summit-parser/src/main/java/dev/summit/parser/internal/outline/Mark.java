package dev.summit.parser.internal.outline;

/**
 * An inline mark over {@code [start, end)} of a block's plain text: bold, code, a link or an image.
 *
 * @param url the link or image destination, else empty
 */
public record Mark(Kind kind, int start, int end, String url) {
  public enum Kind {
    BOLD,
    ITALIC,
    CODE,
    LINK,
    /** An image; its alt text is the marked span. */
    IMAGE
  }
}
