package dev.summit.model;

import org.immutables.value.Value;

/** A link that stands on its own, such as a reference to another post. */
@Value.Immutable
public interface Link extends Content {
  @Override
  default ContentType type() {
    return ContentType.LINK;
  }

  String url();

  String text();
}
