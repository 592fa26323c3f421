package dev.summit.parser.internal.recognise;

import dev.summit.parser.internal.outline.Block;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link HeaderLine#of} for the blocks of one document, read once each: finding session headers and reading
 * session bodies ask about the same blocks. Not shared between documents or threads.
 */
final class HeaderLines {
  private final Map<Block, Optional<HeaderLine>> known = new IdentityHashMap<>();

  Optional<HeaderLine> of(Block block) {
    if (!HeaderLine.mayBeHeader(block)) {
      return Optional.empty(); // most blocks: no lookup, which would give each block an identity hash
    }
    Optional<HeaderLine> header = known.get(block);
    if (header == null) {
      header = HeaderLine.of(block);
      known.put(block, header);
    }
    return header;
  }
}
