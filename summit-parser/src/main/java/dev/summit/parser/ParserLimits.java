package dev.summit.parser;

/**
 * Bounds that keep a parse linear and its memory bounded on hostile input. Hitting one gives a diagnostic
 * (code {@code limit-exceeded}), never an exception.
 *
 * @param maxInputBytes largest input read; the rest is cut off. Default 16 MiB.
 * @param maxNestingDepth most containers a block may sit in. Each block quote, each list and each list item
 *     counts one level, so a bullet is two levels deep and a bullet nested in a bullet four ({@code * a} then
 *     {@code   * b}: list, item, list, item); a quote in a quote is two. A container deeper than this is not
 *     looked into: its whole content becomes one paragraph of its text, and the first such container is
 *     reported with its line. HTML counts {@code <blockquote>}, {@code <ul>}/{@code <ol>} and {@code <li>}
 *     the same way. Default 64.
 * @param maxSessions most sessions read from one document. An agenda entry and the detail that completes it
 *     (same number, or same title when unnumbered) are one session, not two, so a post whose agenda and details
 *     describe the same sessions keeps all of them; a session is at most two headers, so at most
 *     {@code 2 × maxSessions} session headers are read. Sessions are counted in the order of their first header;
 *     the headers of the sessions after the first {@code maxSessions} are read as content (of the session
 *     before, or of the post), and the diagnostic says how many sessions there were and from which line.
 *     Default 2,000 (so 4,000 headers).
 */
public record ParserLimits(int maxInputBytes, int maxNestingDepth, int maxSessions) {
  /** The defaults: 16 MiB, depth 64, 2,000 sessions (an agenda entry and its detail are one). */
  public static final ParserLimits DEFAULT = new ParserLimits(16 * 1024 * 1024, 64, 2_000);

  public ParserLimits {
    if (maxInputBytes < 1 || maxNestingDepth < 1 || maxSessions < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxInputBytes + ", "
          + maxNestingDepth + ", " + maxSessions);
    }
  }
}
