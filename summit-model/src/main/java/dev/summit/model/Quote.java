package dev.summit.model;

import java.util.List;
import org.immutables.value.Value;

/** A block quote that is neither a callout, a review nor a session header. */
@Value.Immutable
public interface Quote extends Content {
  @Override
  default ContentType type() {
    return ContentType.QUOTE;
  }

  List<Content> body();
}
