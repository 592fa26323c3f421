package dev.summit.export.internal;

/**
 * One column of a CSV table: its name, its Frictionless Table Schema type and what it holds.
 *
 * @param name the header name, snake_case
 * @param type the Table Schema type
 * @param description what the column holds, written to {@code datapackage.json}
 */
public record CsvColumn(String name, Type type, String description) {
  /** Table Schema field types, as the data package names them. */
  public enum Type {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    DATE("date"),
    TIME("time"),
    /** A JSON array of strings in one cell, such as {@code ["AI","GPU"]}. */
    ARRAY("array");

    private final String tableSchemaName;

    Type(String tableSchemaName) {
      this.tableSchemaName = tableSchemaName;
    }

    /** The type name in a Frictionless Table Schema. */
    public String tableSchemaName() {
      return tableSchemaName;
    }
  }
}
