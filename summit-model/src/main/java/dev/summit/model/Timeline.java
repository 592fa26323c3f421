package dev.summit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Ordered entries keyed by years or phases, read from a session's claims. */
@Value.Immutable
public interface Timeline extends Content {
  @Override
  default ContentType type() {
    return ContentType.TIMELINE;
  }

  Optional<String> title();

  List<TimelineEntry> entries();
}
