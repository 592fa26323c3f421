package dev.summit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A speaker's part in one session. */
@Value.Immutable
public interface Participant {
  /** The {@link Speaker#id()} of the person. */
  String speakerId();

  /** The name as written in this session's header. */
  String name();

  Role role();

  /** The affiliation exactly as written inside the parentheses, e.g. {@code KAIST 교수, Moderator}. */
  Optional<String> affiliation();

  Provenance source();
}
