package dev.summit.model;

import java.util.List;
import org.immutables.value.Value;

/** One row of a {@link ComparisonTable}: an attribute and one value per subject. */
@Value.Immutable
public interface ComparisonRow {
  String attribute();

  List<String> values();
}
