package dev.summit.model;

import org.immutables.value.Value;

/** One entry of a {@link Timeline}. */
@Value.Immutable
public interface TimelineEntry {
  /** Normalised: a year ({@code 2023}), a year-month ({@code 2022-12}) or an ordinal label ({@code wave-1}). */
  String when();

  /** The label as written, such as "2023년" or "Wave 1". */
  String label();

  String description();

  Provenance source();
}
