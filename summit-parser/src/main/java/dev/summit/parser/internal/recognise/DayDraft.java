package dev.summit.parser.internal.recognise;

import dev.summit.model.Provenance;
import java.util.List;
import java.util.Optional;

/** A "Day N" block of one document's intro: key concept, description and keywords. */
public record DayDraft(
    int number,
    Optional<String> keyConcept,
    Optional<String> description,
    List<String> keywords,
    Provenance source) {}
