package dev.summit.parser.internal.recognise;

import dev.summit.model.Content;
import dev.summit.model.DayPart;
import dev.summit.model.Diagnostic;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the recognise step found in one document, before documents are merged. */
public record DocumentRecap(
    Optional<String> title,
    Optional<dev.summit.model.Provenance> titleSource,
    Optional<LocalDate> date,
    List<String> tags,
    Optional<String> sourceUrl,
    Optional<Integer> day,
    Optional<DayPart> part,
    SummitFacts facts,
    List<DayDraft> days,
    List<SessionDraft> agenda,
    List<SessionDraft> details,
    List<Content> looseContent,
    List<Diagnostic> diagnostics) {}
