package dev.summit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One day of the summit. */
@Value.Immutable
public interface Day {
  /** 1-based day number. */
  int number();

  Optional<LocalDate> date();

  /** The day's key concept or theme (Key-Concept). */
  Optional<String> keyConcept();

  /** The sentences that describe the key concept. */
  Optional<String> description();

  List<String> keywords();

  /** The parts of the day the source documents cover, in day order. */
  List<DayPart> coveredParts();

  Provenance source();
}
