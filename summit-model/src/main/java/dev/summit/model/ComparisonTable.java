package dev.summit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A comparison of subjects along attributes: a table of the post, or one derived from its prose. */
@Value.Immutable
public interface ComparisonTable extends Content {
  @Override
  default ContentType type() {
    return ContentType.TABLE;
  }

  Optional<String> title();

  /** The header of the first column, if the table has one (특성, 구분). */
  Optional<String> attributeHeader();

  /** The subjects compared: the header columns after the first. */
  List<String> subjects();

  List<ComparisonRow> rows();

  TableOrigin origin();

  /** True for a comparison derived from prose. */
  default boolean derived() {
    return origin() == TableOrigin.PROSE;
  }
}
