package dev.summit.export.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summit.export.CsvTable;

/**
 * Builds {@code datapackage.json}, a Frictionless Tabular Data Package (v1) that describes every CSV file:
 * path, dialect, encoding, field names and types, primary key and foreign keys. Generated from
 * {@link CsvLayout}, so it always matches the files.
 */
public final class DataPackage {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DataPackage() {}

  /** The descriptor. {@code byteOrderMark} sets each resource's encoding to {@code utf-8-sig}. */
  public static ObjectNode descriptor(boolean byteOrderMark) {
    ObjectNode root = NODES.objectNode();
    root.put("profile", "tabular-data-package");
    root.put("name", "summit");
    root.put("title", "A summit read from its recap posts");
    root.put("description", "Tables joined by ids. Text cells that start with =, +, -, @, tab or carriage "
        + "return carry a leading apostrophe (OWASP CSV injection rule) unless the export turned that off. "
        + "Cells of type array hold a JSON array of strings. An empty cell is a missing value.");
    root.put("version", SummitJsonWriter.FORMAT_VERSION);
    ArrayNode resources = root.putArray("resources");
    for (CsvTable table : CsvTable.values()) {
      resources.add(resource(CsvLayout.of(table), byteOrderMark));
    }
    return root;
  }

  private static ObjectNode resource(CsvLayout layout, boolean byteOrderMark) {
    ObjectNode r = NODES.objectNode();
    r.put("name", layout.table().resourceName());
    r.put("path", layout.table().fileName());
    r.put("profile", "tabular-data-resource");
    r.put("format", "csv");
    r.put("mediatype", "text/csv");
    r.put("encoding", byteOrderMark ? "utf-8-sig" : "utf-8");
    ObjectNode dialect = r.putObject("dialect");
    dialect.put("delimiter", ",");
    dialect.put("lineTerminator", "\r\n");
    dialect.put("quoteChar", "\"");
    dialect.put("doubleQuote", true);
    dialect.put("header", true);
    ObjectNode schema = r.putObject("schema");
    ArrayNode fields = schema.putArray("fields");
    for (CsvColumn c : layout.columns()) {
      ObjectNode f = fields.addObject();
      f.put("name", c.name());
      f.put("type", c.type().tableSchemaName());
      f.put("description", c.description());
      if (layout.primaryKey().contains(c.name())) {
        f.putObject("constraints").put("required", true);
      }
    }
    schema.putArray("missingValues").add("");
    ArrayNode key = schema.putArray("primaryKey");
    layout.primaryKey().forEach(key::add);
    ArrayNode fks = schema.putArray("foreignKeys");
    for (CsvLayout.ForeignKey fk : layout.foreignKeys()) {
      ObjectNode f = fks.addObject();
      ArrayNode fieldNames = f.putArray("fields");
      fk.fields().forEach(fieldNames::add);
      ObjectNode ref = f.putObject("reference");
      // Frictionless: a self-reference names the resource as "".
      ref.put("resource", fk.referenced() == layout.table() ? "" : fk.referenced().resourceName());
      ArrayNode refFields = ref.putArray("fields");
      fk.referencedFields().forEach(refFields::add);
    }
    return r;
  }
}
