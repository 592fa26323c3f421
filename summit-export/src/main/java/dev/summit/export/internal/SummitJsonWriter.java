package dev.summit.export.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.summit.model.Callout;
import dev.summit.model.Claim;
import dev.summit.model.ComparisonRow;
import dev.summit.model.ComparisonTable;
import dev.summit.model.Content;
import dev.summit.model.Day;
import dev.summit.model.DayPart;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Streams the JSON document of a summit to a {@link JsonGenerator}, in the documented property order. Absent
 * optionals are left out; empty lists are written as {@code []} so that every array the schema names is always
 * there. Every text value is written {@linkplain WellFormedText well-formed}.
 */
public final class SummitJsonWriter {
  /** The version of the JSON format, written as {@code formatVersion}. */
  public static final String FORMAT_VERSION = "1.0";

  // Field names are quoted once here, so the generator does not check and copy them for every value.
  private static final SerializableString AFFILIATION = new SerializedString("affiliation");
  private static final SerializableString ALIASES = new SerializedString("aliases");
  private static final SerializableString ALT = new SerializedString("alt");
  private static final SerializableString ATTRIBUTE = new SerializedString("attribute");
  private static final SerializableString ATTRIBUTE_HEADER = new SerializedString("attributeHeader");
  private static final SerializableString BODY = new SerializedString("body");
  private static final SerializableString CHILDREN = new SerializedString("children");
  private static final SerializableString CLAIMS = new SerializedString("claims");
  private static final SerializableString CODE = new SerializedString("code");
  private static final SerializableString COLUMN = new SerializedString("column");
  private static final SerializableString COMPARISONS = new SerializedString("comparisons");
  private static final SerializableString CONTENT = new SerializedString("content");
  private static final SerializableString CONTENT_HASH = new SerializedString("contentHash");
  private static final SerializableString COVERED_PARTS = new SerializedString("coveredParts");
  private static final SerializableString CREDIT = new SerializedString("credit");
  private static final SerializableString DATE = new SerializedString("date");
  private static final SerializableString DAY = new SerializedString("day");
  private static final SerializableString DAYS = new SerializedString("days");
  private static final SerializableString DERIVED = new SerializedString("derived");
  private static final SerializableString DESCRIPTION = new SerializedString("description");
  private static final SerializableString DIAGNOSTICS = new SerializedString("diagnostics");
  private static final SerializableString DOCUMENT = new SerializedString("document");
  private static final SerializableString DOCUMENTS = new SerializedString("documents");
  private static final SerializableString END = new SerializedString("end");
  private static final SerializableString END_DATE = new SerializedString("endDate");
  private static final SerializableString END_LINE = new SerializedString("endLine");
  private static final SerializableString ENGLISH_TITLE = new SerializedString("englishTitle");
  private static final SerializableString ENTRIES = new SerializedString("entries");
  private static final SerializableString FORMAT = new SerializedString("format");
  private static final SerializableString FORMAT_VERSION_NAME = new SerializedString("formatVersion");
  private static final SerializableString HONORIFIC = new SerializedString("honorific");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString IMAGES = new SerializedString("images");
  private static final SerializableString KEYWORDS = new SerializedString("keywords");
  private static final SerializableString KEY_CONCEPT = new SerializedString("keyConcept");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString LABEL = new SerializedString("label");
  private static final SerializableString LINE = new SerializedString("line");
  private static final SerializableString LINE_COUNT = new SerializedString("lineCount");
  private static final SerializableString LINKS = new SerializedString("links");
  private static final SerializableString MARKER = new SerializedString("marker");
  private static final SerializableString MESSAGE = new SerializedString("message");
  private static final SerializableString NAME = new SerializedString("name");
  private static final SerializableString NUMBER = new SerializedString("number");
  private static final SerializableString ORGANIZATION = new SerializedString("organization");
  private static final SerializableString ORGANIZATION_SPEAKER_IDS = new SerializedString("organizationSpeakerIds");
  private static final SerializableString ORIGIN = new SerializedString("origin");
  private static final SerializableString PARENT_ID = new SerializedString("parentId");
  private static final SerializableString PART = new SerializedString("part");
  private static final SerializableString PARTICIPANTS = new SerializedString("participants");
  private static final SerializableString POSITION = new SerializedString("position");
  private static final SerializableString QUANTITIES = new SerializedString("quantities");
  private static final SerializableString REVIEWS = new SerializedString("reviews");
  private static final SerializableString ROLE = new SerializedString("role");
  private static final SerializableString ROWS = new SerializedString("rows");
  private static final SerializableString SECTIONS = new SerializedString("sections");
  private static final SerializableString SECTION_PATH = new SerializedString("sectionPath");
  private static final SerializableString SESSIONS = new SerializedString("sessions");
  private static final SerializableString SEVERITY = new SerializedString("severity");
  private static final SerializableString SOURCE = new SerializedString("source");
  private static final SerializableString SOURCE_URL = new SerializedString("sourceUrl");
  private static final SerializableString SPEAKERS = new SerializedString("speakers");
  private static final SerializableString SPEAKER_ID = new SerializedString("speakerId");
  private static final SerializableString SPEAKER_IDS = new SerializedString("speakerIds");
  private static final SerializableString START = new SerializedString("start");
  private static final SerializableString START_DATE = new SerializedString("startDate");
  private static final SerializableString START_LINE = new SerializedString("startLine");
  private static final SerializableString SUBJECTS = new SerializedString("subjects");
  private static final SerializableString SUBSECTIONS = new SerializedString("subsections");
  private static final SerializableString SUMMARY = new SerializedString("summary");
  private static final SerializableString SUMMIT = new SerializedString("summit");
  private static final SerializableString TAGS = new SerializedString("tags");
  private static final SerializableString TERM = new SerializedString("term");
  private static final SerializableString TEXT = new SerializedString("text");
  private static final SerializableString TIMELINES = new SerializedString("timelines");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString TRACK = new SerializedString("track");
  private static final SerializableString TYPE = new SerializedString("type");
  private static final SerializableString UNIT = new SerializedString("unit");
  private static final SerializableString UPPER_VALUE = new SerializedString("upperValue");
  private static final SerializableString URL = new SerializedString("url");
  private static final SerializableString VALUE = new SerializedString("value");
  private static final SerializableString VALUES = new SerializedString("values");
  private static final SerializableString VENUE = new SerializedString("venue");
  private static final SerializableString WHEN = new SerializedString("when");
  private static final SerializableString YEAR = new SerializedString("year");

  /** Each enum constant's name, quoted once: the model's kinds, roles and types are written thousands of times. */
  private static final ClassValue<SerializableString[]> ENUM_NAMES = new ClassValue<>() {
    @Override
    protected SerializableString[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      SerializableString[] names = new SerializableString[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = new SerializedString(((Enum<?>) constants[i]).name());
      }
      return names;
    }
  };

  private final JsonGenerator g;
  /** Whether the generator takes text encoded once ({@link JsonText}): a UTF-8 generator does. */
  private final boolean encodedText;
  /**
   * The claims of the current session in the order its content tree wrote them, and their texts as encoded
   * then: the flat {@code claims} view writes the same claims in the same order, and takes each text from
   * here instead of encoding it again. {@code flatClaim} is the next one the view expects.
   */
  private final List<Claim> treeClaims = new ArrayList<>();
  private final List<JsonText> treeClaimTexts = new ArrayList<>();
  private boolean recordingClaims;
  private int flatClaim;
  /** The last document id written, and its quoted form: every provenance names one of a few documents. */
  private String document;
  private SerializableString documentJson;
  /** The flat views of the current session, by type, filled by one walk of its content tree. */
  private final List<Content> timelines = new ArrayList<>();
  private final List<Content> comparisons = new ArrayList<>();
  private final List<Content> images = new ArrayList<>();
  private final List<Content> reviews = new ArrayList<>();
  private final List<Content> links = new ArrayList<>();

  private SummitJsonWriter(JsonGenerator g) {
    this.g = g;
    this.encodedText = JsonText.canWrite(g);
  }

  /** Writes the whole document: {@code formatVersion}, {@code summit}, {@code documents}, … {@code diagnostics}. */
  public static void write(Summit summit, JsonGenerator generator) throws IOException {
    new SummitJsonWriter(generator).document(summit);
  }

  /** The ISO-8601 local time: {@code 09:30}, or {@code 09:30:15} when seconds are given. */
  public static String time(LocalTime time) {
    return time.toString();
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

  private void document(Summit summit) throws IOException {
    g.writeStartObject();
    text(FORMAT_VERSION_NAME, FORMAT_VERSION);
    g.writeFieldName(SUMMIT);
    summit(summit);
    g.writeFieldName(DOCUMENTS);
    g.writeStartArray();
    for (SourceDocument d : summit.documents()) {
      sourceDocument(d);
    }
    g.writeEndArray();
    g.writeFieldName(SPEAKERS);
    g.writeStartArray();
    for (Speaker s : summit.speakers()) {
      speaker(s);
    }
    g.writeEndArray();
    g.writeFieldName(SESSIONS);
    g.writeStartArray();
    for (Session s : summit.sessions()) {
      session(s);
    }
    g.writeEndArray();
    g.writeFieldName(DIAGNOSTICS);
    g.writeStartArray();
    for (Diagnostic d : summit.diagnostics()) {
      diagnostic(d);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void summit(Summit summit) throws IOException {
    g.writeStartObject();
    text(NAME, summit.name());
    if (summit.year().isPresent()) {
      number(YEAR, summit.year().get());
    }
    text(START_DATE, summit.startDate().map(Object::toString));
    text(END_DATE, summit.endDate().map(Object::toString));
    text(VENUE, summit.venue());
    g.writeFieldName(DAYS);
    g.writeStartArray();
    for (Day d : summit.days()) {
      day(d);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void day(Day day) throws IOException {
    g.writeStartObject();
    number(NUMBER, day.number());
    text(DATE, day.date().map(Object::toString));
    text(KEY_CONCEPT, day.keyConcept());
    text(DESCRIPTION, day.description());
    strings(KEYWORDS, day.keywords());
    g.writeFieldName(COVERED_PARTS);
    g.writeStartArray();
    for (DayPart part : day.coveredParts()) {
      g.writeString(name(part));
    }
    g.writeEndArray();
    provenance(day.source());
    g.writeEndObject();
  }

  private void sourceDocument(SourceDocument doc) throws IOException {
    g.writeStartObject();
    text(ID, doc.id());
    text(TITLE, doc.title());
    text(DATE, doc.date().map(Object::toString));
    strings(TAGS, doc.tags());
    text(SOURCE_URL, doc.sourceUrl());
    text(CONTENT_HASH, doc.contentHash());
    name(FORMAT, doc.format());
    if (doc.day().isPresent()) {
      number(DAY, doc.day().get());
    }
    name(PART, doc.part());
    number(LINE_COUNT, doc.lineCount());
    contents(CONTENT, doc.content());
    g.writeEndObject();
  }

  private void speaker(Speaker speaker) throws IOException {
    g.writeStartObject();
    text(ID, speaker.id());
    text(NAME, speaker.name());
    strings(ALIASES, speaker.aliases());
    text(ORGANIZATION, speaker.organization());
    text(POSITION, speaker.position());
    text(HONORIFIC, speaker.honorific());
    provenance(speaker.source());
    g.writeEndObject();
  }

  private void session(Session s) throws IOException {
    g.writeStartObject();
    text(ID, s.id());
    if (s.day().isPresent()) {
      number(DAY, s.day().get());
    }
    name(PART, s.part());
    if (s.number().isPresent()) {
      number(NUMBER, s.number().get());
    }
    text(TITLE, s.title());
    text(ENGLISH_TITLE, s.englishTitle());
    name(KIND, s.kind());
    text(SUMMARY, s.summary());
    text(TRACK, s.track());
    text(START, s.start().map(SummitJsonWriter::time));
    text(END, s.end().map(SummitJsonWriter::time));
    strings(KEYWORDS, s.keywords());
    g.writeFieldName(PARTICIPANTS);
    g.writeStartArray();
    for (Participant p : s.participants()) {
      participant(p);
    }
    g.writeEndArray();
    treeClaims.clear();
    treeClaimTexts.clear();
    recordingClaims = encodedText;
    contents(CONTENT, s.content());
    g.writeFieldName(SECTIONS);
    g.writeStartArray();
    for (Section section : s.sections()) {
      section(section);
    }
    g.writeEndArray();
    recordingClaims = false;
    // The flat views below are derived from the content tree; a reader ignores them.
    g.writeFieldName(CLAIMS);
    g.writeStartArray();
    flatClaim = 0;
    flatClaims(s.content(), null);
    for (Section section : s.sections()) {
      flatClaims(section);
    }
    g.writeEndArray();
    treeClaims.clear();
    treeClaimTexts.clear();
    views(s);
    contents(TIMELINES, timelines);
    contents(COMPARISONS, comparisons);
    contents(IMAGES, images);
    contents(REVIEWS, reviews);
    contents(LINKS, links);
    provenance(s.source());
    g.writeEndObject();
  }

  /**
   * Fills the session's views {@link Session#timelines()}, {@link Session#comparisons()}, {@link Session#images()},
   * {@link Session#reviews()} and {@link Session#links()} in one walk of its content tree, in their order.
   */
  private void views(Session s) {
    timelines.clear();
    comparisons.clear();
    images.clear();
    reviews.clear();
    links.clear();
    collectViews(s.content());
    for (Section section : s.sections()) {
      collectViews(section);
    }
  }

  private void collectViews(Section section) {
    collectViews(section.content());
    for (Section sub : section.subsections()) {
      collectViews(sub);
    }
  }

  /** Walks like the session's views do: depth-first, through callouts, quotes and nested claims. */
  private void collectViews(List<? extends Content> contents) {
    for (Content c : contents) {
      switch (c.type()) {
        case CLAIM -> collectViews(((Claim) c).children());
        case CALLOUT -> collectViews(((Callout) c).body());
        case QUOTE -> collectViews(((Quote) c).body());
        case TIMELINE -> timelines.add(c);
        case TABLE -> comparisons.add(c);
        case IMAGE -> images.add(c);
        case REVIEW -> reviews.add(c);
        case LINK -> links.add(c);
        default -> { }
      }
    }
  }

  private void participant(Participant p) throws IOException {
    g.writeStartObject();
    text(SPEAKER_ID, p.speakerId());
    text(NAME, p.name());
    name(ROLE, p.role());
    text(AFFILIATION, p.affiliation());
    provenance(p.source());
    g.writeEndObject();
  }

  private void section(Section section) throws IOException {
    g.writeStartObject();
    text(NUMBER, section.number());
    text(TITLE, section.title());
    contents(CONTENT, section.content());
    g.writeFieldName(SUBSECTIONS);
    g.writeStartArray();
    for (Section sub : section.subsections()) {
      section(sub);
    }
    g.writeEndArray();
    provenance(section.source());
    g.writeEndObject();
  }

  private void flatClaims(Section section) throws IOException {
    flatClaims(section.content(), null);
    for (Section sub : section.subsections()) {
      flatClaims(sub);
    }
  }

  /** Walks like {@link Session#claims()}: depth-first, through callouts and quotes, children after parents. */
  private void flatClaims(List<? extends Content> contents, String parentId) throws IOException {
    for (Content c : contents) {
      switch (c.type()) {
        case CLAIM -> {
          Claim claim = (Claim) c;
          g.writeStartObject();
          claimFields(claim, true);
          if (parentId != null) {
            text(PARENT_ID, parentId);
          }
          provenance(claim.source());
          g.writeEndObject();
          flatClaims(claim.children(), claim.id());
        }
        case CALLOUT -> flatClaims(((Callout) c).body(), null);
        case QUOTE -> flatClaims(((Quote) c).body(), null);
        default -> { }
      }
    }
  }

  /** A claim's fields but {@code parentId}, {@code children} and {@code source}; {@code flat} in the flat view. */
  private void claimFields(Claim claim, boolean flat) throws IOException {
    text(ID, claim.id());
    g.writeFieldName(TEXT);
    claimText(claim, flat);
    name(KIND, claim.kind());
    strings(SPEAKER_IDS, claim.speakerIds());
    strings(ORGANIZATION_SPEAKER_IDS, claim.organizationSpeakerIds());
    g.writeFieldName(QUANTITIES);
    g.writeStartArray();
    for (Quantity q : claim.quantities()) {
      quantity(q);
    }
    g.writeEndArray();
    text(SECTION_PATH, claim.sectionPath());
  }

  /**
   * Writes the claim's text: encoded once for both the content tree and the flat view when the generator
   * takes {@link JsonText} (a claim found out of order in the view is simply encoded again).
   */
  private void claimText(Claim claim, boolean flat) throws IOException {
    if (!encodedText) {
      string(claim.text());
      return;
    }
    JsonText text;
    if (flat && flatClaim < treeClaims.size() && treeClaims.get(flatClaim) == claim) {
      text = treeClaimTexts.get(flatClaim++);
    } else {
      text = JsonText.of(claim.text());
      if (recordingClaims) {
        treeClaims.add(claim);
        treeClaimTexts.add(text);
      }
    }
    text.writeTo(g);
  }

  private void quantity(Quantity q) throws IOException {
    g.writeStartObject();
    text(TEXT, q.text());
    number(START, q.start());
    number(END, q.end());
    name(KIND, q.kind());
    g.writeFieldName(VALUE);
    g.writeNumber(number(q.value()));
    if (q.upperValue().isPresent()) {
      g.writeFieldName(UPPER_VALUE);
      g.writeNumber(number(q.upperValue().get()));
    }
    text(UNIT, q.unit());
    g.writeEndObject();
  }

  private void contents(SerializableString field, Collection<? extends Content> contents) throws IOException {
    g.writeFieldName(field);
    g.writeStartArray();
    for (Content c : contents) {
      content(c);
    }
    g.writeEndArray();
  }

  /** One node of a content tree, with its {@code type} first and its {@code source} last. */
  private void content(Content c) throws IOException {
    g.writeStartObject();
    name(TYPE, c.type());
    switch (c.type()) {
      case CLAIM -> {
        Claim claim = (Claim) c;
        claimFields(claim, false);
        contents(CHILDREN, claim.children());
      }
      case CALLOUT -> {
        Callout callout = (Callout) c;
        text(MARKER, callout.marker());
        text(TERM, callout.term());
        contents(BODY, callout.body());
      }
      case QUOTE -> contents(BODY, ((Quote) c).body());
      case TABLE -> {
        ComparisonTable table = (ComparisonTable) c;
        text(TITLE, table.title());
        text(ATTRIBUTE_HEADER, table.attributeHeader());
        strings(SUBJECTS, table.subjects());
        bool(DERIVED, table.derived());
        name(ORIGIN, table.origin());
        g.writeFieldName(ROWS);
        g.writeStartArray();
        for (ComparisonRow row : table.rows()) {
          g.writeStartObject();
          text(ATTRIBUTE, row.attribute());
          strings(VALUES, row.values());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      case TIMELINE -> {
        Timeline timeline = (Timeline) c;
        text(TITLE, timeline.title());
        g.writeFieldName(ENTRIES);
        g.writeStartArray();
        for (TimelineEntry entry : timeline.entries()) {
          entry(entry);
        }
        g.writeEndArray();
      }
      case IMAGE -> {
        Image image = (Image) c;
        text(URL, image.url());
        text(ALT, image.alt());
        text(CREDIT, image.credit());
      }
      case LINK -> {
        Link link = (Link) c;
        text(URL, link.url());
        text(TEXT, link.text());
      }
      case REVIEW -> {
        Review review = (Review) c;
        name(KIND, review.kind());
        text(TEXT, review.text());
      }
      default -> throw new IllegalArgumentException("unknown content type " + c.type());
    }
    provenance(c.source());
    g.writeEndObject();
  }

  private void entry(TimelineEntry entry) throws IOException {
    g.writeStartObject();
    text(WHEN, entry.when());
    text(LABEL, entry.label());
    text(DESCRIPTION, entry.description());
    provenance(entry.source());
    g.writeEndObject();
  }

  private void diagnostic(Diagnostic d) throws IOException {
    g.writeStartObject();
    name(SEVERITY, d.severity());
    text(CODE, d.code());
    text(MESSAGE, d.message());
    text(DOCUMENT, d.document());
    number(LINE, d.line());
    number(COLUMN, d.column());
    g.writeEndObject();
  }

  private void provenance(Provenance p) throws IOException {
    g.writeFieldName(SOURCE);
    g.writeStartObject();
    document(p.document());
    number(START_LINE, p.startLine());
    number(END_LINE, p.endLine());
    g.writeEndObject();
  }

  private static SerializableString name(Enum<?> value) {
    return ENUM_NAMES.get(value.getDeclaringClass())[value.ordinal()];
  }

  private void name(SerializableString field, Enum<?> value) throws IOException {
    g.writeFieldName(field);
    g.writeString(name(value));
  }

  private void name(SerializableString field, Optional<? extends Enum<?>> value) throws IOException {
    if (value.isPresent()) {
      name(field, value.get());
    }
  }

  private void document(String id) throws IOException {
    if (!id.equals(document)) {
      document = id;
      documentJson = new SerializedString(WellFormedText.of(id));
    }
    g.writeFieldName(DOCUMENT);
    g.writeString(documentJson);
  }

  private void text(SerializableString field, String value) throws IOException {
    g.writeFieldName(field);
    string(value);
  }

  private void text(SerializableString field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      text(field, value.get());
    }
  }

  private void strings(SerializableString field, Collection<String> values) throws IOException {
    g.writeFieldName(field);
    g.writeStartArray();
    for (String v : values) {
      string(v);
    }
    g.writeEndArray();
  }

  private void number(SerializableString field, int value) throws IOException {
    g.writeFieldName(field);
    g.writeNumber(value);
  }

  private void bool(SerializableString field, boolean value) throws IOException {
    g.writeFieldName(field);
    g.writeBoolean(value);
  }

  private void string(String value) throws IOException {
    g.writeString(WellFormedText.of(value));
  }
}
