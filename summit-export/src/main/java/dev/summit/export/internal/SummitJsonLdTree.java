package dev.summit.export.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summit.model.Day;
import dev.summit.model.Participant;
import dev.summit.model.Role;
import dev.summit.model.Session;
import dev.summit.model.SourceDocument;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Builds the schema.org JSON-LD tree of a summit: an {@code Event} whose {@code subEvent}s are the sessions,
 * with speakers as {@code performer} {@code Person}s and moderators as a {@code Role} named "moderator".
 */
public final class SummitJsonLdTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SummitJsonLdTree() {}

  /** The node id of the summit event: {@code #summit}. */
  public static final String SUMMIT_ID = "#summit";

  /** The JSON-LD document. */
  public static ObjectNode of(Summit summit) {
    ObjectNode root = NODES.objectNode();
    root.put("@context", "https://schema.org");
    root.put("@type", "Event");
    root.put("@id", SUMMIT_ID);
    root.put("name", summit.name().orElse(summit.documents().stream()
        .flatMap(d -> d.title().stream()).findFirst().orElse("Summit")));
    summit.startDate().ifPresent(d -> root.put("startDate", d.toString()));
    summit.endDate().ifPresent(d -> root.put("endDate", d.toString()));
    summit.venue().ifPresent(v -> {
      ObjectNode place = root.putObject("location");
      place.put("@type", "Place");
      place.put("name", v);
    });
    if (!summit.documents().isEmpty()) {
      ArrayNode posts = root.putArray("subjectOf");
      summit.documents().forEach(d -> posts.add(post(d)));
    }
    ArrayNode sessions = root.putArray("subEvent");
    for (Session s : summit.sessions()) {
      sessions.add(session(summit, s));
    }
    return root;
  }

  private static ObjectNode post(SourceDocument d) {
    ObjectNode n = NODES.objectNode();
    n.put("@type", "BlogPosting");
    n.put("@id", "#document-" + fragment(d.id()));
    n.put("identifier", d.id());
    d.title().ifPresent(t -> n.put("headline", t));
    d.date().ifPresent(t -> n.put("datePublished", t.toString()));
    d.sourceUrl().ifPresent(u -> n.put("url", u));
    if (!d.tags().isEmpty()) {
      ArrayNode tags = n.putArray("keywords");
      d.tags().forEach(tags::add);
    }
    return n;
  }

  private static ObjectNode session(Summit summit, Session s) {
    ObjectNode n = NODES.objectNode();
    n.put("@type", "Event");
    n.put("@id", "#session-" + fragment(s.id()));
    n.put("identifier", s.id());
    n.put("name", s.title());
    s.englishTitle().ifPresent(t -> n.put("alternateName", t));
    s.summary().ifPresent(t -> n.put("description", t));
    Optional<LocalDate> date = s.day().flatMap(summit::findDay).flatMap(Day::date);
    dateTime(date, s.start()).ifPresent(v -> n.put("startDate", v));
    dateTime(date, s.end()).ifPresent(v -> n.put("endDate", v));
    if (!s.keywords().isEmpty()) {
      ArrayNode keywords = n.putArray("keywords");
      s.keywords().forEach(keywords::add);
    }
    ObjectNode superEvent = n.putObject("superEvent");
    superEvent.put("@id", SUMMIT_ID);
    ArrayNode performers = n.putArray("performer");
    for (Participant p : s.participants()) {
      ObjectNode person = person(summit, p);
      if (p.role() == Role.MODERATOR) {
        ObjectNode role = NODES.objectNode();
        role.put("@type", "Role");
        role.put("roleName", "moderator");
        role.set("performer", person);
        performers.add(role);
      } else {
        performers.add(person);
      }
    }
    return n;
  }

  private static Optional<String> dateTime(Optional<LocalDate> date, Optional<java.time.LocalTime> time) {
    if (date.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(time.map(t -> date.get() + "T" + SummitJsonWriter.time(t)).orElse(date.get().toString()));
  }

  private static ObjectNode person(Summit summit, Participant p) {
    Optional<Speaker> speaker = summit.speakers().stream().filter(x -> x.id().equals(p.speakerId())).findFirst();
    ObjectNode n = NODES.objectNode();
    n.put("@type", "Person");
    n.put("@id", "#speaker-" + fragment(p.speakerId()));
    n.put("identifier", p.speakerId());
    n.put("name", speaker.map(Speaker::name).orElse(p.name()));
    List<String> aliases = speaker.map(Speaker::aliases).orElse(List.of());
    if (!aliases.isEmpty()) {
      ArrayNode a = n.putArray("alternateName");
      aliases.forEach(a::add);
    }
    speaker.flatMap(Speaker::position).ifPresent(v -> n.put("jobTitle", v));
    speaker.flatMap(Speaker::organization).ifPresent(org -> {
      ObjectNode o = n.putObject("affiliation");
      o.put("@type", "Organization");
      o.put("name", org);
    });
    return n;
  }

  /**
   * An id as an IRI fragment: characters an IRI cannot hold (spaces, controls, double quotes, angle brackets,
   * backslash, caret, backtick, braces, vertical bar, percent and hash) are percent-encoded as UTF-8; letters
   * of any script stay as they are.
   */
  public static String fragment(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); ) {
      int cp = id.codePointAt(i);
      i += Character.charCount(cp);
      if (cp <= 0x20 || cp == 0x7F || "\"<>\\^`{|}%#".indexOf(cp) >= 0) {
        for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xFF));
        }
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }
}
