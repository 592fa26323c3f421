package dev.summit.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.summit.export.internal.AppendableWriter;
import dev.summit.export.internal.CsvColumn;
import dev.summit.export.internal.CsvLayout;
import dev.summit.export.internal.CsvRows;
import dev.summit.export.internal.DataPackage;
import dev.summit.export.internal.FormulaGuard;
import dev.summit.export.internal.Mappers;
import dev.summit.model.Summit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Summit} as relational CSV: one file per {@link CsvTable}, joined by ids, plus a
 * {@code datapackage.json} (Frictionless Tabular Data Package) that gives every field's type, every primary
 * key and every foreign key.
 *
 * <pre>{@code
 * CsvExporter csv = CsvExporter.builder().byteOrderMark(true).build();   // BOM for spreadsheet users
 * csv.write(summit, Path.of("out/csv"));                // sessions.csv … diagnostics.csv, datapackage.json
 * String claims = csv.write(summit, CsvTable.CLAIMS);  // one table as a string
 * }</pre>
 *
 * <p>The files follow RFC 4180: a header row, comma separators, {@code CRLF} line ends, fields quoted with
 * {@code "} when they hold a comma, quote or line break, quotes doubled. Columns come in a fixed order given by
 * an explicit schema. Empty cells are missing values. Lists of labels (tags, keywords, aliases) are one cell
 * holding a JSON array of strings.
 *
 * <p><b>CSV injection.</b> By default, a text cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is written with a leading apostrophe ({@code '=1+1}), following OWASP,
 * so spreadsheets show it as text. Numeric, boolean, date and time columns are never changed. Turn this off
 * with {@link Builder#neutraliseFormulas(boolean)} when the files only feed code (pandas, R, DuckDB).
 *
 * <p>An exporter is immutable and thread-safe.
 */
public final class CsvExporter {
  /** The file name of the data package descriptor written next to the tables. */
  public static final String DATA_PACKAGE_FILE = "datapackage.json";

  private static final char BOM = '\uFEFF';

  private static final Map<CsvTable, CsvSchema> SCHEMAS = new EnumMap<>(CsvTable.class);
  private static final Map<CsvTable, ObjectWriter> ROW_WRITERS = new EnumMap<>(CsvTable.class);

  static {
    for (CsvTable table : CsvTable.values()) {
      CsvSchema schema = buildSchema(table);
      SCHEMAS.put(table, schema);
      ROW_WRITERS.put(table, Mappers.csv().writer(schema));
    }
  }

  private final boolean byteOrderMark;
  private final boolean neutraliseFormulas;

  private CsvExporter(Builder builder) {
    this.byteOrderMark = builder.byteOrderMark;
    this.neutraliseFormulas = builder.neutraliseFormulas;
  }

  /** A builder; the defaults are no byte-order mark and formula neutralisation on. */
  public static Builder builder() {
    return new Builder();
  }

  /** An exporter with the defaults. */
  public static CsvExporter create() {
    return builder().build();
  }

  /**
   * Writes every table and {@code datapackage.json} into the directory, creating it if needed and replacing
   * files of the same names.
   *
   * @throws UncheckedIOException naming the path that could not be written
   */
  public void write(Summit summit, Path directory) {
    Objects.requireNonNull(summit, "summit");
    Objects.requireNonNull(directory, "directory");
    Map<CsvTable, List<Object[]>> rows = CsvRows.of(summit);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create directory " + directory + ": " + e.getMessage(), e);
    }
    for (CsvTable table : CsvTable.values()) {
      Path file = directory.resolve(table.fileName());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        writeRows(table, rows.get(table), out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
      }
    }
    Path descriptor = directory.resolve(DATA_PACKAGE_FILE);
    try (Writer out = Files.newBufferedWriter(descriptor, StandardCharsets.UTF_8)) {
      out.write(dataPackage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + descriptor + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes one table to an appendable (with the byte-order mark first, if configured). The appendable is not
   * closed.
   *
   * @throws UncheckedIOException if the appendable fails
   */
  public void write(Summit summit, CsvTable table, Appendable out) {
    Objects.requireNonNull(summit, "summit");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    try {
      Writer writer = AppendableWriter.of(out);
      writeRows(table, CsvRows.of(summit, EnumSet.of(table)).get(table), writer);
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + table.fileName() + ": " + e.getMessage(), e);
    }
  }

  /** One table as a string (with the byte-order mark first, if configured). */
  public String write(Summit summit, CsvTable table) {
    StringBuilder sb = new StringBuilder();
    write(summit, table, sb);
    return sb.toString();
  }

  /** The {@code datapackage.json} descriptor of the files this exporter writes, pretty-printed. */
  public String dataPackage() {
    try {
      return Mappers.prettyJson().writeValueAsString(DataPackage.descriptor(byteOrderMark)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The explicit CSV schema of a table: its columns in order, with a header row and CRLF line ends. Java
   * readers can use it with Jackson's {@code CsvMapper} to read the files back.
   */
  public static CsvSchema schema(CsvTable table) {
    return SCHEMAS.get(table);
  }

  private static CsvSchema buildSchema(CsvTable table) {
    CsvSchema.Builder b = CsvSchema.builder();
    for (CsvColumn c : CsvLayout.of(table).columns()) {
      b.addColumn(c.name(), switch (c.type()) {
        case INTEGER, NUMBER -> CsvSchema.ColumnType.NUMBER;
        case BOOLEAN -> CsvSchema.ColumnType.BOOLEAN;
        default -> CsvSchema.ColumnType.STRING;
      });
    }
    return b.setUseHeader(true)
        .setColumnSeparator(',')
        .setQuoteChar('"')
        .setLineSeparator("\r\n")
        .setNullValue("")
        .build();
  }

  private void writeRows(CsvTable table, List<Object[]> rows, Writer out) throws IOException {
    if (byteOrderMark) {
      out.write(BOM);
    }
    List<CsvColumn> columns = CsvLayout.of(table).columns();
    if (rows.isEmpty()) {
      // Jackson writes the header with the first row; an empty table still gets its header, as a row.
      Mappers.csv().writer(schema(table).withoutHeader()).writeValue(out, CsvLayout.of(table).columnNames());
      return;
    }
    // Each row goes to the generator cell by cell: what an ObjectWriter would do for an Object[], without
    // looking up a serializer for every cell.
    try (JsonGenerator csv = ROW_WRITERS.get(table).createGenerator(out)) {
      for (Object[] row : rows) {
        csv.writeStartArray();
        for (int i = 0; i < row.length; i++) {
          writeCell(csv, row[i], columns.get(i).type());
        }
        csv.writeEndArray();
      }
    }
  }

  private void writeCell(JsonGenerator csv, Object cell, CsvColumn.Type type) throws IOException {
    if (cell == null) {
      csv.writeNull();
    } else if (cell instanceof String s) {
      csv.writeString(neutraliseFormulas && type == CsvColumn.Type.STRING ? FormulaGuard.neutralise(s) : s);
    } else if (cell instanceof Integer n) {
      csv.writeNumber(n);
    } else if (cell instanceof BigDecimal d) {
      csv.writeNumber(d);
    } else if (cell instanceof Boolean b) {
      csv.writeBoolean(b);
    } else {
      throw new IllegalStateException("unexpected CSV cell type " + cell.getClass().getName());
    }
  }

  /** Builds a {@link CsvExporter}. */
  public static final class Builder {
    private boolean byteOrderMark;
    private boolean neutraliseFormulas = true;

    private Builder() {}

    /** Whether each file starts with a UTF-8 byte-order mark, which Excel needs to read UTF-8. Default false. */
    public Builder byteOrderMark(boolean byteOrderMark) {
      this.byteOrderMark = byteOrderMark;
      return this;
    }

    /**
     * Whether text cells that a spreadsheet would evaluate as formulas get a leading apostrophe (see the class
     * documentation). Default true.
     */
    public Builder neutraliseFormulas(boolean neutraliseFormulas) {
      this.neutraliseFormulas = neutraliseFormulas;
      return this;
    }

    /** The exporter. */
    public CsvExporter build() {
      return new CsvExporter(this);
    }
  }
}
