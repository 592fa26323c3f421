package dev.summit.export;

/**
 * The tables of the CSV export, one file each, joined by ids. {@code datapackage.json} describes every column,
 * primary key and foreign key of them.
 *
 * <p>Rows that belong to no session (what a post says outside any session) have an empty {@code session_id}.
 */
public enum CsvTable {
  /** The source documents (posts). Key: {@code id}. */
  DOCUMENTS("documents"),
  /** The days. Key: {@code number}. */
  DAYS("days"),
  /** The speaker registry. Key: {@code id}. */
  SPEAKERS("speakers"),
  /** The sessions. Key: {@code id}. */
  SESSIONS("sessions"),
  /** Who took part in which session, in order. Key: {@code session_id, position}. */
  PARTICIPANTS("participants"),
  /** The (sub)sections of each session, depth-first. Key: {@code id}; {@code parent_id} for subsections. */
  SECTIONS("sections"),
  /** Every claim, depth-first; {@code parent_id} for a nested claim. Key: {@code id}. */
  CLAIMS("claims"),
  /** Which speakers a claim is attributed to ({@code SPEAKER}) or names the organisation of ({@code ORGANIZATION}). */
  CLAIM_SPEAKERS("claim_speakers"),
  /** The figures of each claim. Key: {@code claim_id, position}. */
  QUANTITIES("quantities"),
  /** The entries of every timeline. Key: {@code timeline_id, position}. */
  TIMELINE_ENTRIES("timeline_entries"),
  /** Every comparison table in long form: one row per cell. Key: {@code table_id, row, column}. */
  COMPARISONS("comparisons"),
  /** The images. Key: {@code id}. */
  IMAGES("images"),
  /** The author's reviews and opinions. Key: {@code id}. */
  REVIEWS("reviews"),
  /** Links that stand on their own. Key: {@code id}. */
  LINKS("links"),
  /** What was odd about the input. Key: {@code position}. */
  DIAGNOSTICS("diagnostics");

  private final String resourceName;

  CsvTable(String resourceName) {
    this.resourceName = resourceName;
  }

  /** The name of the table in {@code datapackage.json}, such as {@code claim_speakers}. */
  public String resourceName() {
    return resourceName;
  }

  /** The file name, such as {@code claim_speakers.csv}. */
  public String fileName() {
    return resourceName + ".csv";
  }
}
