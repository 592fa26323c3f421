package dev.summit.parser.internal.recognise;

import dev.summit.parser.internal.outline.Block;
import java.util.Optional;

/**
 * {@link HeaderLine#of} for the blocks of one document, read once each: finding session headers and reading
 * session bodies ask about the same blocks. Kept by block id (the outline's pre-order position), not in an
 * identity map, which gave every block looked up an identity hash. Not shared between documents or threads.
 */
final class HeaderLines {
  private final Optional<HeaderLine>[] known;

  /** For the blocks of the outline under {@code root}. */
  @SuppressWarnings("unchecked")
  HeaderLines(Block root) {
    this.known = new Optional[root.index()];
  }

  Optional<HeaderLine> of(Block block) {
    // the answer is kept for every block asked about, a "no" too: finding candidates, reading bodies, the
    // facts and the days ask about the same blocks, and mayBeHeader scans the block's marks each time
    Optional<HeaderLine> header = known[block.id()];
    if (header == null) {
      header = HeaderLine.mayBeHeader(block) ? HeaderLine.of(block) : Optional.empty();
      known[block.id()] = header;
    }
    return header;
  }
}
