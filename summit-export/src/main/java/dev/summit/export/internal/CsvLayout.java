package dev.summit.export.internal;

import dev.summit.export.CsvTable;
import dev.summit.export.internal.CsvColumn.Type;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed layout of each CSV table: columns in order, primary key and foreign keys. The CSV schema and the
 * data package are both generated from it, so they cannot disagree.
 *
 * @param table the table
 * @param columns the columns, in file order
 * @param primaryKey the primary key columns
 * @param foreignKeys the foreign keys
 */
public record CsvLayout(CsvTable table, List<CsvColumn> columns, List<String> primaryKey,
    List<ForeignKey> foreignKeys) {

  /**
   * A foreign key: {@code fields} of this table reference {@code referencedFields} of {@code referenced}.
   *
   * @param fields the columns of this table
   * @param referenced the referenced table (may be this table)
   * @param referencedFields the referenced columns
   */
  public record ForeignKey(List<String> fields, CsvTable referenced, List<String> referencedFields) {}

  private static final Map<CsvTable, CsvLayout> LAYOUTS = new EnumMap<>(CsvTable.class);

  static {
    table(CsvTable.DOCUMENTS)
        .col("id", Type.STRING, "Document id: the file name without extension.")
        .col("title", Type.STRING, "The post's title.")
        .col("date", Type.DATE, "Publication date.")
        .col("tags", Type.ARRAY, "Tags, as a JSON array of strings.")
        .col("source_url", Type.STRING, "The original link, if the post gives one.")
        .col("content_hash", Type.STRING, "SHA-256 of the raw bytes, lower-case hex.")
        .col("format", Type.STRING, "MARKDOWN or HTML.")
        .col("day", Type.INTEGER, "The day the post covers.")
        .col("part", Type.STRING, "MORNING, AFTERNOON, EVENING or WHOLE_DAY.")
        .col("line_count", Type.INTEGER, "Number of lines of the original file.")
        .key("id")
        .done();
    table(CsvTable.DAYS)
        .col("number", Type.INTEGER, "1-based day number.")
        .col("date", Type.DATE, "The day's date.")
        .col("key_concept", Type.STRING, "The day's key concept.")
        .col("description", Type.STRING, "The sentences describing the key concept.")
        .col("keywords", Type.ARRAY, "Keywords, as a JSON array of strings.")
        .col("covered_parts", Type.ARRAY, "The parts of the day the posts cover, as a JSON array.")
        .source()
        .key("number")
        .done();
    table(CsvTable.SPEAKERS)
        .col("id", Type.STRING, "Speaker id derived from the name.")
        .col("name", Type.STRING, "The name as the agenda writes it.")
        .col("aliases", Type.ARRAY, "Other spellings, as a JSON array of strings.")
        .col("organization", Type.STRING, "Organisation.")
        .col("position", Type.STRING, "Position or job title.")
        .col("honorific", Type.STRING, "An honorific written with the name.")
        .source()
        .key("id")
        .done();
    table(CsvTable.SESSIONS)
        .col("id", Type.STRING, "Session id, stable across re-parsing.")
        .col("day", Type.INTEGER, "Day number.")
        .col("part", Type.STRING, "MORNING, AFTERNOON, EVENING or WHOLE_DAY.")
        .col("number", Type.INTEGER, "The session number the post gives.")
        .col("title", Type.STRING, "Title.")
        .col("english_title", Type.STRING, "English title.")
        .col("kind", Type.STRING, "KEYNOTE, PANEL, DIALOGUE, TRACK_TALK or OTHER.")
        .col("track", Type.STRING, "Track, for a talk of a parallel track.")
        .col("summary", Type.STRING, "Summary.")
        .col("start", Type.TIME, "Start time, HH:MM:SS.")
        .col("end", Type.TIME, "End time, HH:MM:SS.")
        .col("keywords", Type.ARRAY, "Key terms, as a JSON array of strings.")
        .source()
        .key("id")
        .done();
    table(CsvTable.PARTICIPANTS)
        .col("session_id", Type.STRING, "The session.")
        .col("position", Type.INTEGER, "1-based order in the session's header.")
        .col("speaker_id", Type.STRING, "The speaker.")
        .col("name", Type.STRING, "The name as written in this session.")
        .col("role", Type.STRING, "SPEAKER, PANELIST or MODERATOR.")
        .col("affiliation", Type.STRING, "The affiliation as written in parentheses.")
        .source()
        .key("session_id", "position")
        .fk("session_id", CsvTable.SESSIONS, "id")
        .fk("speaker_id", CsvTable.SPEAKERS, "id")
        .done();
    table(CsvTable.SECTIONS)
        .col("id", Type.STRING, "Section id: the session id, '#', the 1-based depth-first position.")
        .col("session_id", Type.STRING, "The session.")
        .col("parent_id", Type.STRING, "The enclosing section, for a subsection.")
        .col("position", Type.INTEGER, "1-based depth-first order within the session.")
        .col("number", Type.STRING, "Dotted number such as 2.3.1; empty when unnumbered.")
        .col("title", Type.STRING, "Title.")
        .source()
        .key("id")
        .fk("session_id", CsvTable.SESSIONS, "id")
        .fk("parent_id", CsvTable.SECTIONS, "id")
        .done();
    table(CsvTable.CLAIMS)
        .col("id", Type.STRING, "Claim id, stable within the summit; for a claim without one, its document id, '#c' and its position.")
        .col("session_id", Type.STRING, "The session; empty for what a post says outside any session.")
        .col("section_id", Type.STRING, "The section holding the claim; empty at session level.")
        .col("parent_id", Type.STRING, "The claim this one is nested under.")
        .col("position", Type.INTEGER, "1-based depth-first order within the session (or document).")
        .col("kind", Type.STRING, "SPEAKER, AUTHOR or EXPLAINER.")
        .col("text", Type.STRING, "Plain text.")
        .col("section_path", Type.STRING, "The section number, such as 2.3.1.")
        .source()
        .key("id")
        .fk("session_id", CsvTable.SESSIONS, "id")
        .fk("section_id", CsvTable.SECTIONS, "id")
        .fk("parent_id", CsvTable.CLAIMS, "id")
        .done();
    table(CsvTable.CLAIM_SPEAKERS)
        .col("claim_id", Type.STRING, "The claim.")
        .col("speaker_id", Type.STRING, "The speaker.")
        .col("relation", Type.STRING, "SPEAKER: the claim is the speaker's; ORGANIZATION: it names the speaker's organisation.")
        .key("claim_id", "speaker_id", "relation")
        .fk("claim_id", CsvTable.CLAIMS, "id")
        .fk("speaker_id", CsvTable.SPEAKERS, "id")
        .done();
    table(CsvTable.QUANTITIES)
        .col("claim_id", Type.STRING, "The claim.")
        .col("position", Type.INTEGER, "1-based order within the claim.")
        .col("text", Type.STRING, "The span of the claim text the figure was read from.")
        .col("start", Type.INTEGER, "Start offset in the claim text, in UTF-16 chars.")
        .col("end", Type.INTEGER, "End offset (exclusive) in the claim text.")
        .col("kind", Type.STRING, "PERCENT, POWER, MONEY, FACTOR, COUNT, DURATION, RATE or OTHER.")
        .col("value", Type.NUMBER, "Normalised value, or the lower bound of a range.")
        .col("upper_value", Type.NUMBER, "Upper bound of a range.")
        .col("unit", Type.STRING, "Normalised unit: %, kW, USD, KRW, x, count, month, year, hour, day or as written.")
        .key("claim_id", "position")
        .fk("claim_id", CsvTable.CLAIMS, "id")
        .done();
    table(CsvTable.TIMELINE_ENTRIES)
        .col("timeline_id", Type.STRING, "The timeline: its session (or document) id, '#t', its 1-based position.")
        .col("position", Type.INTEGER, "1-based order within the timeline.")
        .col("session_id", Type.STRING, "The session.")
        .col("section_id", Type.STRING, "The section holding the timeline.")
        .col("timeline_title", Type.STRING, "The timeline's title.")
        .col("when", Type.STRING, "Normalised: 2023, 2022-12 or an ordinal label such as wave-1.")
        .col("label", Type.STRING, "The label as written.")
        .col("description", Type.STRING, "What happened then.")
        .source()
        .key("timeline_id", "position")
        .fk("session_id", CsvTable.SESSIONS, "id")
        .fk("section_id", CsvTable.SECTIONS, "id")
        .done();
    table(CsvTable.COMPARISONS)
        .col("table_id", Type.STRING, "The table: its session (or document) id, '#table', its 1-based position.")
        .col("row", Type.INTEGER, "1-based row.")
        .col("column", Type.INTEGER, "1-based value column (subject).")
        .col("session_id", Type.STRING, "The session.")
        .col("section_id", Type.STRING, "The section holding the table.")
        .col("table_title", Type.STRING, "The table's title.")
        .col("derived", Type.BOOLEAN, "true for a comparison derived from prose.")
        .col("attribute_header", Type.STRING, "Header of the attribute column.")
        .col("attribute", Type.STRING, "The row's attribute.")
        .col("subject", Type.STRING, "The column's subject; empty for a value beyond the header.")
        .col("value", Type.STRING, "The cell.")
        .source()
        .key("table_id", "row", "column")
        .fk("session_id", CsvTable.SESSIONS, "id")
        .fk("section_id", CsvTable.SECTIONS, "id")
        .done();
    table(CsvTable.IMAGES)
        .col("id", Type.STRING, "Image id: session (or document) id, '#img', 1-based position.")
        .col("session_id", Type.STRING, "The session.")
        .col("section_id", Type.STRING, "The section holding the image.")
        .col("url", Type.STRING, "Image URL.")
        .col("alt", Type.STRING, "Alt text.")
        .col("credit", Type.STRING, "Credit line.")
        .source()
        .key("id")
        .fk("session_id", CsvTable.SESSIONS, "id")
        .fk("section_id", CsvTable.SECTIONS, "id")
        .done();
    table(CsvTable.REVIEWS)
        .col("id", Type.STRING, "Review id: session (or document) id, '#r', 1-based position.")
        .col("session_id", Type.STRING, "The session.")
        .col("section_id", Type.STRING, "The section holding the review.")
        .col("kind", Type.STRING, "REVIEW, PERSONAL_OPINION or NOTE.")
        .col("text", Type.STRING, "Plain text without the label.")
        .source()
        .key("id")
        .fk("session_id", CsvTable.SESSIONS, "id")
        .fk("section_id", CsvTable.SECTIONS, "id")
        .done();
    table(CsvTable.LINKS)
        .col("id", Type.STRING, "Link id: session (or document) id, '#link', 1-based position.")
        .col("session_id", Type.STRING, "The session.")
        .col("section_id", Type.STRING, "The section holding the link.")
        .col("url", Type.STRING, "URL.")
        .col("text", Type.STRING, "Link text.")
        .source()
        .key("id")
        .fk("session_id", CsvTable.SESSIONS, "id")
        .fk("section_id", CsvTable.SECTIONS, "id")
        .done();
    table(CsvTable.DIAGNOSTICS)
        .col("position", Type.INTEGER, "1-based order.")
        .col("severity", Type.STRING, "ERROR, WARNING or INFO.")
        .col("code", Type.STRING, "Stable kebab-case code.")
        .col("message", Type.STRING, "Message.")
        .col("document", Type.STRING, "Document id, when the diagnostic belongs to one.")
        .col("line", Type.INTEGER, "1-based line; 0 for the whole input.")
        .col("column", Type.INTEGER, "1-based column; 0 when unknown.")
        .key("position")
        .done();
  }

  /** The layout of a table. */
  public static CsvLayout of(CsvTable table) {
    return LAYOUTS.get(table);
  }

  /** The column names, in order. */
  public List<String> columnNames() {
    return columns.stream().map(CsvColumn::name).toList();
  }

  private static Builder table(CsvTable table) {
    return new Builder(table);
  }

  private static final class Builder {
    private final CsvTable table;
    private final List<CsvColumn> columns = new ArrayList<>();
    private final List<String> key = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();

    Builder(CsvTable table) {
      this.table = table;
    }

    Builder col(String name, Type type, String description) {
      columns.add(new CsvColumn(name, type, description));
      return this;
    }

    /** The provenance columns: document, start_line, end_line, with the document foreign key. */
    Builder source() {
      col("document", Type.STRING, "The document the row was read from.");
      col("start_line", Type.INTEGER, "First line in the document, 1-based.");
      col("end_line", Type.INTEGER, "Last line in the document, inclusive.");
      foreignKeys.add(new ForeignKey(List.of("document"), CsvTable.DOCUMENTS, List.of("id")));
      return this;
    }

    Builder key(String... names) {
      key.addAll(List.of(names));
      return this;
    }

    Builder fk(String field, CsvTable referenced, String referencedField) {
      foreignKeys.add(new ForeignKey(List.of(field), referenced, List.of(referencedField)));
      return this;
    }

    void done() {
      LAYOUTS.put(table, new CsvLayout(table, List.copyOf(columns), List.copyOf(key), List.copyOf(foreignKeys)));
    }
  }
}
