package dev.summit.parser.internal.recognise;

import dev.summit.model.Content;
import dev.summit.model.Provenance;
import dev.summit.model.Section;
import dev.summit.model.SessionKind;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** A session as one place of one document gives it: an agenda entry or a detailed session. */
public record SessionDraft(
    Optional<Integer> number,
    String title,
    Optional<String> englishTitle,
    Optional<SessionKind> kind,
    Optional<String> track,
    Optional<String> summary,
    Optional<LocalTime> start,
    Optional<LocalTime> end,
    List<ParticipantDraft> participants,
    List<String> keywords,
    List<Content> content,
    List<Section> sections,
    Provenance source,
    int titleColumn) {}
