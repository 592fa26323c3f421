package dev.summit.parser;

/**
 * Bounds that keep a parse linear and its memory bounded on hostile input. Hitting one gives a diagnostic
 * (code {@code limit-exceeded}), never an exception.
 *
 * @param maxInputBytes largest input read; the rest is cut off. Default 16 MiB.
 * @param maxNestingDepth deepest block nesting (quotes, lists) looked into; deeper blocks are flattened into
 *     their ancestor's text. Default 64.
 * @param maxSessions most sessions read from one document; later ones are skipped. Default 2,000.
 */
public record ParserLimits(int maxInputBytes, int maxNestingDepth, int maxSessions) {
  /** The defaults: 16 MiB, depth 64, 2,000 sessions. */
  public static final ParserLimits DEFAULT = new ParserLimits(16 * 1024 * 1024, 64, 2_000);

  public ParserLimits {
    if (maxInputBytes < 1 || maxNestingDepth < 1 || maxSessions < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxInputBytes + ", "
          + maxNestingDepth + ", " + maxSessions);
    }
  }
}
