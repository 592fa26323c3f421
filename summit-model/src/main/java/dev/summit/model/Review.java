package dev.summit.model;

import org.immutables.value.Value;

/** The author's own words, kept apart from what speakers said. */
@Value.Immutable
public interface Review extends Content {
  @Override
  default ContentType type() {
    return ContentType.REVIEW;
  }

  ReviewKind kind();

  /** Plain text without the label. */
  String text();
}
