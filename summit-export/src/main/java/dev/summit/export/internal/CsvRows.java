package dev.summit.export.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.summit.export.CsvTable;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Flattens a summit into the rows of the {@link CsvTable}s asked for, one walk over the content trees. Cells
 * are {@code String}, {@code Integer}, {@code BigDecimal}, {@code Boolean} or {@code null}, in the column order
 * of {@link CsvLayout}.
 */
public final class CsvRows {
  private final Map<CsvTable, List<Object[]>> rows = new EnumMap<>(CsvTable.class);

  private CsvRows(Set<CsvTable> tables) {
    for (CsvTable t : tables) {
      rows.put(t, new ArrayList<>());
    }
  }

  /** The rows of every table of the summit. */
  public static Map<CsvTable, List<Object[]>> of(Summit summit) {
    return of(summit, EnumSet.allOf(CsvTable.class));
  }

  /**
   * The rows of the given tables only. The walk is the same, so synthetic ids and positions are those of
   * {@link #of(Summit)}; the cells of the other tables are never built.
   */
  public static Map<CsvTable, List<Object[]>> of(Summit summit, Set<CsvTable> tables) {
    CsvRows out = new CsvRows(tables);
    out.summit(summit);
    return out.rows;
  }

  private boolean wants(CsvTable table) {
    return rows.containsKey(table);
  }

  /** Per owner (a session or a document): counters for the synthetic ids and positions. */
  private static final class Owner {
    final String id;
    final String sessionId;
    int sections;
    int claims;
    int timelines;
    int tables;
    int images;
    int reviews;
    int links;

    Owner(String id, String sessionId) {
      this.id = id;
      this.sessionId = sessionId;
    }
  }

  private void summit(Summit summit) {
    if (wants(CsvTable.DOCUMENTS)) {
      for (SourceDocument d : summit.documents()) {
        add(CsvTable.DOCUMENTS, d.id(), d.title().orElse(null), date(d.date()), array(d.tags()),
            d.sourceUrl().orElse(null), d.contentHash(), d.format().name(), d.day().orElse(null),
            d.part().map(Enum::name).orElse(null), d.lineCount());
      }
    }
    if (wants(CsvTable.DAYS)) {
      for (Day d : summit.days()) {
        add(CsvTable.DAYS, withSource(d.source(), d.number(), date(d.date()), d.keyConcept().orElse(null),
            d.description().orElse(null), array(d.keywords()),
            array(d.coveredParts().stream().map(Enum::name).toList())));
      }
    }
    if (wants(CsvTable.SPEAKERS)) {
      for (Speaker s : summit.speakers()) {
        add(CsvTable.SPEAKERS, withSource(s.source(), s.id(), s.name(), array(s.aliases()),
            s.organization().orElse(null), s.position().orElse(null), s.honorific().orElse(null)));
      }
    }
    for (Session s : summit.sessions()) {
      session(s);
    }
    for (SourceDocument d : summit.documents()) {
      contents(new Owner(d.id(), null), null, null, d.content());
    }
    if (wants(CsvTable.DIAGNOSTICS)) {
      int position = 0;
      for (Diagnostic d : summit.diagnostics()) {
        add(CsvTable.DIAGNOSTICS, ++position, d.severity().name(), d.code(), d.message(),
            d.document().orElse(null), d.line(), d.column());
      }
    }
  }

  private void session(Session s) {
    if (wants(CsvTable.SESSIONS)) {
      add(CsvTable.SESSIONS, withSource(s.source(), s.id(), s.day().orElse(null),
          s.part().map(Enum::name).orElse(null), s.number().orElse(null), s.title(), s.englishTitle().orElse(null),
          s.kind().name(), s.track().orElse(null), s.summary().orElse(null),
          s.start().map(CsvRows::time).orElse(null), s.end().map(CsvRows::time).orElse(null),
          array(s.keywords())));
    }
    if (wants(CsvTable.PARTICIPANTS)) {
      int position = 0;
      for (Participant p : s.participants()) {
        add(CsvTable.PARTICIPANTS, withSource(p.source(), s.id(), ++position, p.speakerId(), p.name(),
            p.role().name(), p.affiliation().orElse(null)));
      }
    }
    Owner owner = new Owner(s.id(), s.id());
    contents(owner, null, null, s.content());
    for (Section section : s.sections()) {
      section(owner, null, section);
    }
  }

  private void section(Owner owner, String parentId, Section section) {
    int position = ++owner.sections;
    String id = owner.id + "#" + position;
    if (wants(CsvTable.SECTIONS)) {
      add(CsvTable.SECTIONS, withSource(section.source(), id, owner.sessionId, parentId, position,
          section.number(), section.title()));
    }
    contents(owner, id, null, section.content());
    for (Section sub : section.subsections()) {
      section(owner, id, sub);
    }
  }

  private void contents(Owner owner, String sectionId, String parentClaimId, List<? extends Content> contents) {
    for (Content c : contents) {
      switch (c.type()) {
        case CLAIM -> claim(owner, sectionId, parentClaimId, (Claim) c);
        case CALLOUT -> contents(owner, sectionId, null, ((Callout) c).body());
        case QUOTE -> contents(owner, sectionId, null, ((Quote) c).body());
        case TABLE -> table(owner, sectionId, (ComparisonTable) c);
        case TIMELINE -> timeline(owner, sectionId, (Timeline) c);
        case IMAGE -> {
          Image i = (Image) c;
          int position = ++owner.images;
          if (wants(CsvTable.IMAGES)) {
            add(CsvTable.IMAGES, withSource(i.source(), owner.id + "#img" + position, owner.sessionId,
                sectionId, i.url(), i.alt(), i.credit().orElse(null)));
          }
        }
        case REVIEW -> {
          Review r = (Review) c;
          int position = ++owner.reviews;
          if (wants(CsvTable.REVIEWS)) {
            add(CsvTable.REVIEWS, withSource(r.source(), owner.id + "#r" + position, owner.sessionId,
                sectionId, r.kind().name(), r.text()));
          }
        }
        case LINK -> {
          Link l = (Link) c;
          int position = ++owner.links;
          if (wants(CsvTable.LINKS)) {
            add(CsvTable.LINKS, withSource(l.source(), owner.id + "#link" + position, owner.sessionId,
                sectionId, l.url(), l.text()));
          }
        }
        default -> throw new IllegalArgumentException("unknown content type " + c.type());
      }
    }
  }

  private void claim(Owner owner, String sectionId, String parentId, Claim claim) {
    int claimPosition = ++owner.claims;
    // A claim the parser left without id (outside any session) gets one from its owner and position.
    String id = claim.id().isEmpty() ? owner.id + "#c" + claimPosition : claim.id();
    if (wants(CsvTable.CLAIMS)) {
      add(CsvTable.CLAIMS, withSource(claim.source(), id, owner.sessionId, sectionId, parentId,
          claimPosition, claim.kind().name(), claim.text(), claim.sectionPath()));
    }
    if (wants(CsvTable.CLAIM_SPEAKERS)) {
      for (String speaker : claim.speakerIds()) {
        add(CsvTable.CLAIM_SPEAKERS, id, speaker, "SPEAKER");
      }
      for (String speaker : claim.organizationSpeakerIds()) {
        add(CsvTable.CLAIM_SPEAKERS, id, speaker, "ORGANIZATION");
      }
    }
    if (wants(CsvTable.QUANTITIES)) {
      int position = 0;
      for (Quantity q : claim.quantities()) {
        add(CsvTable.QUANTITIES, id, ++position, q.text(), q.start(), q.end(), q.kind().name(),
            SummitJsonWriter.number(q.value()), q.upperValue().map(SummitJsonWriter::number).orElse(null),
            q.unit());
      }
    }
    contents(owner, sectionId, id, claim.children());
  }

  private void table(Owner owner, String sectionId, ComparisonTable table) {
    int position = ++owner.tables;
    if (!wants(CsvTable.COMPARISONS)) {
      return;
    }
    String id = owner.id + "#table" + position;
    int rowNumber = 0;
    for (ComparisonRow row : table.rows()) {
      rowNumber++;
      for (int i = 0; i < row.values().size(); i++) {
        String subject = i < table.subjects().size() ? table.subjects().get(i) : null;
        add(CsvTable.COMPARISONS, withSource(table.source(), id, rowNumber, i + 1, owner.sessionId, sectionId,
            table.title().orElse(null), table.derived(), table.attributeHeader().orElse(null),
            row.attribute(), subject, row.values().get(i)));
      }
    }
  }

  private void timeline(Owner owner, String sectionId, Timeline timeline) {
    int timelinePosition = ++owner.timelines;
    if (!wants(CsvTable.TIMELINE_ENTRIES)) {
      return;
    }
    String id = owner.id + "#t" + timelinePosition;
    int position = 0;
    for (TimelineEntry e : timeline.entries()) {
      add(CsvTable.TIMELINE_ENTRIES, withSource(e.source(), id, ++position, owner.sessionId, sectionId,
          timeline.title().orElse(null), e.when(), e.label(), e.description()));
    }
  }

  private void add(CsvTable table, Object... cells) {
    int expected = CsvLayout.of(table).columns().size();
    if (cells.length != expected) {
      throw new IllegalStateException(table + ": " + cells.length + " cells for " + expected + " columns");
    }
    rows.get(table).add(cells);
  }

  private static Object[] withSource(Provenance source, Object... cells) {
    Object[] out = java.util.Arrays.copyOf(cells, cells.length + 3);
    out[cells.length] = source.document();
    out[cells.length + 1] = source.startLine();
    out[cells.length + 2] = source.endLine();
    return out;
  }

  /** A time as Table Schema's default {@code time} format wants it: {@code 09:30:00}. */
  private static String time(java.time.LocalTime time) {
    return time.format(java.time.format.DateTimeFormatter.ISO_LOCAL_TIME);
  }

  private static String date(Optional<java.time.LocalDate> date) {
    return date.map(Object::toString).orElse(null);
  }

  /** A list as one cell: a compact JSON array of strings, as the Table Schema {@code array} type defines it. */
  private static String array(List<String> values) {
    try {
      return Mappers.json().writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
