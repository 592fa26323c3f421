package dev.summit.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ComparisonRow;
import dev.summit.model.Content;
import dev.summit.model.ContentType;
import dev.summit.model.Day;
import dev.summit.model.DayPart;
import dev.summit.model.Diagnostic;
import dev.summit.model.DocumentFormat;
import dev.summit.model.ImmutableCallout;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableComparisonRow;
import dev.summit.model.ImmutableComparisonTable;
import dev.summit.model.ImmutableDay;
import dev.summit.model.ImmutableDiagnostic;
import dev.summit.model.ImmutableImage;
import dev.summit.model.ImmutableLink;
import dev.summit.model.ImmutableParticipant;
import dev.summit.model.ImmutableQuantity;
import dev.summit.model.ImmutableQuote;
import dev.summit.model.ImmutableReview;
import dev.summit.model.ImmutableSection;
import dev.summit.model.ImmutableSession;
import dev.summit.model.ImmutableSourceDocument;
import dev.summit.model.ImmutableSpeaker;
import dev.summit.model.ImmutableSummit;
import dev.summit.model.ImmutableTimeline;
import dev.summit.model.ImmutableTimelineEntry;
import dev.summit.model.Participant;
import dev.summit.model.Provenance;
import dev.summit.model.Quantity;
import dev.summit.model.QuantityKind;
import dev.summit.model.ReviewKind;
import dev.summit.model.Role;
import dev.summit.model.Section;
import dev.summit.model.Session;
import dev.summit.model.SessionKind;
import dev.summit.model.Severity;
import dev.summit.model.SourceDocument;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import dev.summit.model.TableOrigin;
import dev.summit.model.TimelineEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Binds the JSON written by {@link SummitJsonWriter}, read as a tree, back to the model. The content tree is the
 * source of truth: the flat views ({@code claims}, {@code images}, …) are ignored. Errors name the JSON Pointer
 * of the offending value.
 */
public final class SummitJsonBinder {
  private SummitJsonBinder() {}

  /**
   * Binds a whole document.
   *
   * @throws IllegalArgumentException if a required value is missing or has the wrong type
   */
  public static Summit summit(JsonNode root) {
    if (!root.isObject()) {
      throw new IllegalArgumentException("/: expected a JSON object, found " + root.getNodeType());
    }
    String version = text(root, "formatVersion", "");
    if (!version.startsWith("1.")) {
      throw new IllegalArgumentException("/formatVersion: unsupported format version " + version
          + " (this reader reads 1.x)");
    }
    JsonNode s = object(root, "summit", "");
    return ImmutableSummit.builder()
        .name(optText(s, "name", "/summit"))
        .year(optInt(s, "year", "/summit"))
        .startDate(optText(s, "startDate", "/summit").map(v -> date(v, "/summit/startDate")))
        .endDate(optText(s, "endDate", "/summit").map(v -> date(v, "/summit/endDate")))
        .venue(optText(s, "venue", "/summit"))
        .days(list(s, "days", "/summit", SummitJsonBinder::day))
        .documents(list(root, "documents", "", SummitJsonBinder::document))
        .speakers(list(root, "speakers", "", SummitJsonBinder::speaker))
        .sessions(list(root, "sessions", "", SummitJsonBinder::session))
        .diagnostics(list(root, "diagnostics", "", SummitJsonBinder::diagnostic))
        .build();
  }

  private static Day day(JsonNode n, String at) {
    return ImmutableDay.builder()
        .number(integer(n, "number", at))
        .date(optText(n, "date", at).map(v -> date(v, at + "/date")))
        .keyConcept(optText(n, "keyConcept", at))
        .description(optText(n, "description", at))
        .keywords(strings(n, "keywords", at))
        .coveredParts(strings(n, "coveredParts", at).stream()
            .map(v -> enumValue(DayPart.class, v, at + "/coveredParts")).toList())
        .source(provenance(n, at))
        .build();
  }

  private static SourceDocument document(JsonNode n, String at) {
    return ImmutableSourceDocument.builder()
        .id(text(n, "id", at))
        .title(optText(n, "title", at))
        .date(optText(n, "date", at).map(v -> date(v, at + "/date")))
        .tags(strings(n, "tags", at))
        .sourceUrl(optText(n, "sourceUrl", at))
        .contentHash(text(n, "contentHash", at))
        .format(enumValue(DocumentFormat.class, text(n, "format", at), at + "/format"))
        .day(optInt(n, "day", at))
        .part(optText(n, "part", at).map(v -> enumValue(DayPart.class, v, at + "/part")))
        .lineCount(integer(n, "lineCount", at))
        .content(list(n, "content", at, SummitJsonBinder::content))
        .build();
  }

  private static Speaker speaker(JsonNode n, String at) {
    return ImmutableSpeaker.builder()
        .id(text(n, "id", at))
        .name(text(n, "name", at))
        .aliases(strings(n, "aliases", at))
        .organization(optText(n, "organization", at))
        .position(optText(n, "position", at))
        .honorific(optText(n, "honorific", at))
        .source(provenance(n, at))
        .build();
  }

  private static Session session(JsonNode n, String at) {
    return ImmutableSession.builder()
        .id(text(n, "id", at))
        .day(optInt(n, "day", at))
        .part(optText(n, "part", at).map(v -> enumValue(DayPart.class, v, at + "/part")))
        .number(optInt(n, "number", at))
        .title(text(n, "title", at))
        .englishTitle(optText(n, "englishTitle", at))
        .kind(enumValue(SessionKind.class, text(n, "kind", at), at + "/kind"))
        .track(optText(n, "track", at))
        .summary(optText(n, "summary", at))
        .start(optText(n, "start", at).map(v -> time(v, at + "/start")))
        .end(optText(n, "end", at).map(v -> time(v, at + "/end")))
        .participants(list(n, "participants", at, SummitJsonBinder::participant))
        .keywords(strings(n, "keywords", at))
        .content(list(n, "content", at, SummitJsonBinder::content))
        .sections(list(n, "sections", at, SummitJsonBinder::section))
        .source(provenance(n, at))
        .build();
  }

  private static Participant participant(JsonNode n, String at) {
    return ImmutableParticipant.builder()
        .speakerId(text(n, "speakerId", at))
        .name(text(n, "name", at))
        .role(enumValue(Role.class, text(n, "role", at), at + "/role"))
        .affiliation(optText(n, "affiliation", at))
        .source(provenance(n, at))
        .build();
  }

  private static Section section(JsonNode n, String at) {
    return ImmutableSection.builder()
        .number(text(n, "number", at))
        .title(text(n, "title", at))
        .content(list(n, "content", at, SummitJsonBinder::content))
        .subsections(list(n, "subsections", at, SummitJsonBinder::section))
        .source(provenance(n, at))
        .build();
  }

  private static Content content(JsonNode n, String at) {
    ContentType type = enumValue(ContentType.class, text(n, "type", at), at + "/type");
    Provenance source = provenance(n, at);
    return switch (type) {
      case CLAIM -> claim(n, at);
      case CALLOUT -> ImmutableCallout.builder()
          .marker(optText(n, "marker", at))
          .term(optText(n, "term", at))
          .body(list(n, "body", at, SummitJsonBinder::content))
          .source(source)
          .build();
      case QUOTE -> ImmutableQuote.builder()
          .body(list(n, "body", at, SummitJsonBinder::content))
          .source(source)
          .build();
      case TABLE -> ImmutableComparisonTable.builder()
          .title(optText(n, "title", at))
          .attributeHeader(optText(n, "attributeHeader", at))
          .subjects(strings(n, "subjects", at))
          .rows(list(n, "rows", at, SummitJsonBinder::row))
          .origin(enumValue(TableOrigin.class, text(n, "origin", at), at + "/origin"))
          .source(source)
          .build();
      case TIMELINE -> ImmutableTimeline.builder()
          .title(optText(n, "title", at))
          .entries(list(n, "entries", at, SummitJsonBinder::entry))
          .source(source)
          .build();
      case IMAGE -> ImmutableImage.builder()
          .url(text(n, "url", at))
          .alt(text(n, "alt", at))
          .credit(optText(n, "credit", at))
          .source(source)
          .build();
      case LINK -> ImmutableLink.builder()
          .url(text(n, "url", at))
          .text(text(n, "text", at))
          .source(source)
          .build();
      case REVIEW -> ImmutableReview.builder()
          .kind(enumValue(ReviewKind.class, text(n, "kind", at), at + "/kind"))
          .text(text(n, "text", at))
          .source(source)
          .build();
    };
  }

  private static Claim claim(JsonNode n, String at) {
    return ImmutableClaim.builder()
        .id(text(n, "id", at))
        .text(text(n, "text", at))
        .kind(enumValue(ClaimKind.class, text(n, "kind", at), at + "/kind"))
        .speakerIds(strings(n, "speakerIds", at))
        .organizationSpeakerIds(strings(n, "organizationSpeakerIds", at))
        .quantities(list(n, "quantities", at, SummitJsonBinder::quantity))
        .sectionPath(text(n, "sectionPath", at))
        .children(list(n, "children", at, (c, p) -> {
          Content child = content(c, p);
          if (!(child instanceof Claim)) {
            throw new IllegalArgumentException(p + ": a claim's children must be claims, found " + child.type());
          }
          return (Claim) child;
        }))
        .source(provenance(n, at))
        .build();
  }

  private static Quantity quantity(JsonNode n, String at) {
    return ImmutableQuantity.builder()
        .text(text(n, "text", at))
        .start(integer(n, "start", at))
        .end(integer(n, "end", at))
        .kind(enumValue(QuantityKind.class, text(n, "kind", at), at + "/kind"))
        .value(number(n, "value", at))
        .upperValue(n.has("upperValue") ? Optional.of(number(n, "upperValue", at)) : Optional.empty())
        .unit(text(n, "unit", at))
        .build();
  }

  private static ComparisonRow row(JsonNode n, String at) {
    return ImmutableComparisonRow.builder()
        .attribute(text(n, "attribute", at))
        .values(strings(n, "values", at))
        .build();
  }

  private static TimelineEntry entry(JsonNode n, String at) {
    return ImmutableTimelineEntry.builder()
        .when(text(n, "when", at))
        .label(text(n, "label", at))
        .description(text(n, "description", at))
        .source(provenance(n, at))
        .build();
  }

  private static Diagnostic diagnostic(JsonNode n, String at) {
    return ImmutableDiagnostic.builder()
        .severity(enumValue(Severity.class, text(n, "severity", at), at + "/severity"))
        .code(text(n, "code", at))
        .message(text(n, "message", at))
        .document(optText(n, "document", at))
        .line(integer(n, "line", at))
        .column(integer(n, "column", at))
        .build();
  }

  private static Provenance provenance(JsonNode parent, String at) {
    JsonNode n = object(parent, "source", at);
    String here = at + "/source";
    try {
      return Provenance.of(text(n, "document", here), integer(n, "startLine", here), integer(n, "endLine", here));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(here + ": " + e.getMessage(), e);
    }
  }

  // --- typed access with JSON Pointer paths in the errors ---

  private static JsonNode object(JsonNode parent, String field, String at) {
    JsonNode n = parent.get(field);
    if (n == null || !n.isObject()) {
      throw problem(at, field, "an object", n);
    }
    return n;
  }

  private static String text(JsonNode parent, String field, String at) {
    JsonNode n = parent.get(field);
    if (n == null || !n.isTextual()) {
      throw problem(at, field, "a string", n);
    }
    return n.textValue();
  }

  private static Optional<String> optText(JsonNode parent, String field, String at) {
    return parent.has(field) ? Optional.of(text(parent, field, at)) : Optional.empty();
  }

  private static int integer(JsonNode parent, String field, String at) {
    JsonNode n = parent.get(field);
    if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
      throw problem(at, field, "an integer", n);
    }
    return n.intValue();
  }

  private static Optional<Integer> optInt(JsonNode parent, String field, String at) {
    return parent.has(field) ? Optional.of(integer(parent, field, at)) : Optional.empty();
  }

  private static double number(JsonNode parent, String field, String at) {
    JsonNode n = parent.get(field);
    if (n == null || !n.isNumber()) {
      throw problem(at, field, "a number", n);
    }
    return n.doubleValue();
  }

  private static List<String> strings(JsonNode parent, String field, String at) {
    return list(parent, field, at, (n, p) -> {
      if (!n.isTextual()) {
        throw new IllegalArgumentException(p + ": expected a string, found " + n.getNodeType());
      }
      return n.textValue();
    });
  }

  private static <T> List<T> list(JsonNode parent, String field, String at, BiFunction<JsonNode, String, T> f) {
    JsonNode n = parent.get(field);
    if (n == null) {
      return List.of();
    }
    if (!n.isArray()) {
      throw problem(at, field, "an array", n);
    }
    List<T> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      out.add(f.apply(n.get(i), at + "/" + field + "/" + i));
    }
    return out;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String at) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ": unknown " + type.getSimpleName() + " " + value, e);
    }
  }

  private static LocalDate date(String value, String at) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(at + ": not an ISO-8601 date: " + value, e);
    }
  }

  private static LocalTime time(String value, String at) {
    try {
      return LocalTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(at + ": not an ISO-8601 time: " + value, e);
    }
  }

  private static IllegalArgumentException problem(String at, String field, String expected, JsonNode found) {
    String what = found == null ? "nothing" : found.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    return new IllegalArgumentException(at + "/" + field + ": expected " + expected + ", found " + what);
  }
}
