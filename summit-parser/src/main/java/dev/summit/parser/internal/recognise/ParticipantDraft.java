package dev.summit.parser.internal.recognise;

import dev.summit.model.Provenance;
import dev.summit.model.Role;
import java.util.Optional;

/**
 * A person as one session header names them.
 *
 * @param affiliation the text in the parentheses, exactly as written
 */
public record ParticipantDraft(
    String name,
    Role role,
    Optional<String> affiliation,
    Optional<String> organization,
    Optional<String> position,
    Optional<String> honorific,
    Provenance source,
    int column) {}
