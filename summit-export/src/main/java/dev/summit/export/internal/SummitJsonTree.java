package dev.summit.export.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summit.model.Callout;
import dev.summit.model.Claim;
import dev.summit.model.ComparisonRow;
import dev.summit.model.ComparisonTable;
import dev.summit.model.Content;
import dev.summit.model.Day;
import dev.summit.model.Diagnostic;
import dev.summit.model.Image;
import dev.summit.model.Link;
import dev.summit.model.Participant;
import dev.summit.model.Provenance;
import dev.summit.model.Quantity;
import dev.summit.model.Quote;
import dev.summit.model.Review;
import dev.summit.model.Section;
import dev.summit.model.Session;
import dev.summit.model.SourceDocument;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import dev.summit.model.Timeline;
import dev.summit.model.TimelineEntry;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Builds the JSON tree of a summit, in the documented property order. Absent optionals are left out; empty
 * lists are written as {@code []} so that every array the schema names is always there.
 */
public final class SummitJsonTree {
  /** The version of the JSON format, written as {@code formatVersion}. */
  public static final String FORMAT_VERSION = "1.0";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SummitJsonTree() {}

  /** The whole document: {@code formatVersion}, {@code summit}, {@code documents}, … {@code diagnostics}. */
  public static ObjectNode of(Summit summit) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.set("summit", summitNode(summit));
    root.set("documents", array(summit.documents(), SummitJsonTree::document));
    root.set("speakers", array(summit.speakers(), SummitJsonTree::speaker));
    root.set("sessions", array(summit.sessions(), SummitJsonTree::session));
    root.set("diagnostics", array(summit.diagnostics(), SummitJsonTree::diagnostic));
    return root;
  }

  private static ObjectNode summitNode(Summit summit) {
    ObjectNode n = NODES.objectNode();
    putText(n, "name", summit.name());
    summit.year().ifPresent(y -> n.put("year", y));
    putText(n, "startDate", summit.startDate().map(Object::toString));
    putText(n, "endDate", summit.endDate().map(Object::toString));
    putText(n, "venue", summit.venue());
    n.set("days", array(summit.days(), SummitJsonTree::day));
    return n;
  }

  private static ObjectNode day(Day day) {
    ObjectNode n = NODES.objectNode();
    n.put("number", day.number());
    putText(n, "date", day.date().map(Object::toString));
    putText(n, "keyConcept", day.keyConcept());
    putText(n, "description", day.description());
    n.set("keywords", strings(day.keywords()));
    n.set("coveredParts", strings(day.coveredParts().stream().map(Enum::name).toList()));
    n.set("source", provenance(day.source()));
    return n;
  }

  private static ObjectNode document(SourceDocument doc) {
    ObjectNode n = NODES.objectNode();
    n.put("id", doc.id());
    putText(n, "title", doc.title());
    putText(n, "date", doc.date().map(Object::toString));
    n.set("tags", strings(doc.tags()));
    putText(n, "sourceUrl", doc.sourceUrl());
    n.put("contentHash", doc.contentHash());
    n.put("format", doc.format().name());
    doc.day().ifPresent(d -> n.put("day", d));
    putText(n, "part", doc.part().map(Enum::name));
    n.put("lineCount", doc.lineCount());
    n.set("content", array(doc.content(), SummitJsonTree::content));
    return n;
  }

  private static ObjectNode speaker(Speaker speaker) {
    ObjectNode n = NODES.objectNode();
    n.put("id", speaker.id());
    n.put("name", speaker.name());
    n.set("aliases", strings(speaker.aliases()));
    putText(n, "organization", speaker.organization());
    putText(n, "position", speaker.position());
    putText(n, "honorific", speaker.honorific());
    n.set("source", provenance(speaker.source()));
    return n;
  }

  private static ObjectNode session(Session s) {
    ObjectNode n = NODES.objectNode();
    n.put("id", s.id());
    s.day().ifPresent(d -> n.put("day", d));
    putText(n, "part", s.part().map(Enum::name));
    s.number().ifPresent(d -> n.put("number", d));
    n.put("title", s.title());
    putText(n, "englishTitle", s.englishTitle());
    n.put("kind", s.kind().name());
    putText(n, "summary", s.summary());
    putText(n, "track", s.track());
    putText(n, "start", s.start().map(SummitJsonTree::time));
    putText(n, "end", s.end().map(SummitJsonTree::time));
    n.set("keywords", strings(s.keywords()));
    n.set("participants", array(s.participants(), SummitJsonTree::participant));
    n.set("content", array(s.content(), SummitJsonTree::content));
    n.set("sections", array(s.sections(), SummitJsonTree::section));
    // The flat views below are derived from the content tree; a reader ignores them.
    ArrayNode claims = NODES.arrayNode();
    flatClaims(s.content(), null, claims);
    for (Section section : s.sections()) {
      flatClaims(section, claims);
    }
    n.set("claims", claims);
    n.set("timelines", array(s.timelines(), SummitJsonTree::content));
    n.set("comparisons", array(s.comparisons(), SummitJsonTree::content));
    n.set("images", array(s.images(), SummitJsonTree::content));
    n.set("reviews", array(s.reviews(), SummitJsonTree::content));
    n.set("links", array(s.links(), SummitJsonTree::content));
    n.set("source", provenance(s.source()));
    return n;
  }

  /** The ISO-8601 local time: {@code 09:30}, or {@code 09:30:15} when seconds are given. */
  public static String time(LocalTime time) {
    return time.toString();
  }

  private static ObjectNode participant(Participant p) {
    ObjectNode n = NODES.objectNode();
    n.put("speakerId", p.speakerId());
    n.put("name", p.name());
    n.put("role", p.role().name());
    putText(n, "affiliation", p.affiliation());
    n.set("source", provenance(p.source()));
    return n;
  }

  private static ObjectNode section(Section section) {
    ObjectNode n = NODES.objectNode();
    n.put("number", section.number());
    n.put("title", section.title());
    n.set("content", array(section.content(), SummitJsonTree::content));
    n.set("subsections", array(section.subsections(), SummitJsonTree::section));
    n.set("source", provenance(section.source()));
    return n;
  }

  private static void flatClaims(Section section, ArrayNode out) {
    flatClaims(section.content(), null, out);
    for (Section sub : section.subsections()) {
      flatClaims(sub, out);
    }
  }

  /** Walks like {@link Session#claims()}: depth-first, through callouts and quotes, children after parents. */
  private static void flatClaims(List<? extends Content> contents, String parentId, ArrayNode out) {
    for (Content c : contents) {
      switch (c.type()) {
        case CLAIM -> {
          Claim claim = (Claim) c;
          ObjectNode n = NODES.objectNode();
          claimFields(n, claim);
          if (parentId != null) {
            n.put("parentId", parentId);
          }
          n.set("source", provenance(claim.source()));
          out.add(n);
          flatClaims(claim.children(), claim.id(), out);
        }
        case CALLOUT -> flatClaims(((Callout) c).body(), null, out);
        case QUOTE -> flatClaims(((Quote) c).body(), null, out);
        default -> { }
      }
    }
  }

  private static void claimFields(ObjectNode n, Claim claim) {
    n.put("id", claim.id());
    n.put("text", claim.text());
    n.put("kind", claim.kind().name());
    n.set("speakerIds", strings(claim.speakerIds()));
    n.set("organizationSpeakerIds", strings(claim.organizationSpeakerIds()));
    n.set("quantities", array(claim.quantities(), SummitJsonTree::quantity));
    n.put("sectionPath", claim.sectionPath());
  }

  private static ObjectNode quantity(Quantity q) {
    ObjectNode n = NODES.objectNode();
    n.put("text", q.text());
    n.put("start", q.start());
    n.put("end", q.end());
    n.put("kind", q.kind().name());
    n.put("value", number(q.value()));
    q.upperValue().ifPresent(u -> n.put("upperValue", number(u)));
    n.put("unit", q.unit());
    return n;
  }

  /**
   * A double as the shortest decimal that reads back to the same double, without exponent or trailing zeros.
   *
   * @throws IllegalArgumentException for NaN and infinities, which JSON cannot hold
   */
  public static BigDecimal number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a quantity value must be finite, not " + value);
    }
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** One node of a content tree, with its {@code type} first and its {@code source} last. */
  public static ObjectNode content(Content c) {
    ObjectNode n = NODES.objectNode();
    n.put("type", c.type().name());
    switch (c.type()) {
      case CLAIM -> {
        Claim claim = (Claim) c;
        claimFields(n, claim);
        n.set("children", array(claim.children(), SummitJsonTree::content));
      }
      case CALLOUT -> {
        Callout callout = (Callout) c;
        putText(n, "marker", callout.marker());
        putText(n, "term", callout.term());
        n.set("body", array(callout.body(), SummitJsonTree::content));
      }
      case QUOTE -> n.set("body", array(((Quote) c).body(), SummitJsonTree::content));
      case TABLE -> {
        ComparisonTable table = (ComparisonTable) c;
        putText(n, "title", table.title());
        putText(n, "attributeHeader", table.attributeHeader());
        n.set("subjects", strings(table.subjects()));
        n.put("derived", table.derived());
        n.put("origin", table.origin().name());
        n.set("rows", array(table.rows(), SummitJsonTree::row));
      }
      case TIMELINE -> {
        Timeline timeline = (Timeline) c;
        putText(n, "title", timeline.title());
        n.set("entries", array(timeline.entries(), SummitJsonTree::entry));
      }
      case IMAGE -> {
        Image image = (Image) c;
        n.put("url", image.url());
        n.put("alt", image.alt());
        putText(n, "credit", image.credit());
      }
      case LINK -> {
        Link link = (Link) c;
        n.put("url", link.url());
        n.put("text", link.text());
      }
      case REVIEW -> {
        Review review = (Review) c;
        n.put("kind", review.kind().name());
        n.put("text", review.text());
      }
      default -> throw new IllegalArgumentException("unknown content type " + c.type());
    }
    n.set("source", provenance(c.source()));
    return n;
  }

  private static ObjectNode row(ComparisonRow row) {
    ObjectNode n = NODES.objectNode();
    n.put("attribute", row.attribute());
    n.set("values", strings(row.values()));
    return n;
  }

  private static ObjectNode entry(TimelineEntry entry) {
    ObjectNode n = NODES.objectNode();
    n.put("when", entry.when());
    n.put("label", entry.label());
    n.put("description", entry.description());
    n.set("source", provenance(entry.source()));
    return n;
  }

  private static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode n = NODES.objectNode();
    n.put("severity", d.severity().name());
    n.put("code", d.code());
    n.put("message", d.message());
    putText(n, "document", d.document());
    n.put("line", d.line());
    n.put("column", d.column());
    return n;
  }

  private static ObjectNode provenance(Provenance p) {
    ObjectNode n = NODES.objectNode();
    n.put("document", p.document());
    n.put("startLine", p.startLine());
    n.put("endLine", p.endLine());
    return n;
  }

  private static void putText(ObjectNode n, String field, Optional<String> value) {
    value.ifPresent(v -> n.put(field, v));
  }

  private static ArrayNode strings(Collection<String> values) {
    ArrayNode a = NODES.arrayNode(values.size());
    values.forEach(a::add);
    return a;
  }

  private static <T> ArrayNode array(Collection<? extends T> values, java.util.function.Function<T, ObjectNode> f) {
    ArrayNode a = NODES.arrayNode(values.size());
    for (T v : values) {
      a.add(f.apply(v));
    }
    return a;
  }
}
