package dev.summit.parser.internal.recognise;

import dev.summit.model.Provenance;
import java.time.LocalDate;
import java.util.Optional;

/** The summit's name, dates and venue as one document's intro gives them. */
public record SummitFacts(
    Optional<String> name,
    Optional<Integer> year,
    Optional<LocalDate> startDate,
    Optional<LocalDate> endDate,
    Optional<String> venue,
    Optional<Provenance> source) {
  public static SummitFacts none() {
    return new SummitFacts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }
}
