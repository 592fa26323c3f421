package dev.summit.model;

/**
 * One piece of a section's content, in the order the post gives it: a {@link Claim}, {@link Callout},
 * {@link Quote}, {@link ComparisonTable}, {@link Timeline}, {@link Image}, {@link Link} or {@link Review}.
 *
 * <p>Switch on {@link #type()} and cast, or use the views on {@link Session} such as {@link Session#claims()}.
 */
public interface Content {
  ContentType type();

  Provenance source();
}
