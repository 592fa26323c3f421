package dev.summit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A summit as its recap posts describe it: days, sessions, one speaker registry, the documents read and the
 * diagnostics gathered while reading them.
 *
 * <p>Lookups come in pairs: {@code findX} returns an {@link Optional}, {@code expectX} throws
 * {@link NoSuchElementException} naming what was missing.
 */
@Value.Immutable
public interface Summit {
  Optional<String> name();

  Optional<Integer> year();

  Optional<LocalDate> startDate();

  Optional<LocalDate> endDate();

  Optional<String> venue();

  List<Day> days();

  /** Sessions in day, part and number order. */
  List<Session> sessions();

  List<Speaker> speakers();

  List<SourceDocument> documents();

  List<Diagnostic> diagnostics();

  default Optional<Session> findSession(String id) {
    return sessions().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  default Session expectSession(String id) {
    return findSession(id).orElseThrow(() -> new NoSuchElementException("no session with id " + id));
  }

  /** The first session with this number, on any day. */
  default Optional<Session> findSession(int number) {
    return sessions().stream().filter(s -> s.number().orElse(-1) == number).findFirst();
  }

  default Session expectSession(int number) {
    return findSession(number).orElseThrow(() -> new NoSuchElementException("no session number " + number));
  }

  /** A speaker by id, name or alias. */
  default Optional<Speaker> findSpeaker(String idOrName) {
    return speakers().stream()
        .filter(s -> s.id().equals(idOrName) || s.name().equals(idOrName) || s.aliases().contains(idOrName))
        .findFirst();
  }

  default Speaker expectSpeaker(String idOrName) {
    return findSpeaker(idOrName).orElseThrow(() -> new NoSuchElementException("no speaker " + idOrName));
  }

  default Optional<Day> findDay(int number) {
    return days().stream().filter(d -> d.number() == number).findFirst();
  }

  default Optional<SourceDocument> findDocument(String id) {
    return documents().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The sessions a speaker takes part in, in order. */
  default List<Session> sessionsOf(String speakerId) {
    return sessions().stream()
        .filter(s -> s.participants().stream().anyMatch(p -> p.speakerId().equals(speakerId)))
        .toList();
  }

  /** All claims of all sessions, in session order. */
  default List<Claim> claims() {
    return sessions().stream().flatMap(s -> s.claims().stream()).toList();
  }

  /** True when a diagnostic of severity ERROR was gathered. */
  default boolean hasErrors() {
    return diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
