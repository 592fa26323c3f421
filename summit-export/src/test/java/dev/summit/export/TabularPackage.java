package dev.summit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a directory written by {@link CsvExporter} the way a Frictionless-aware tool would: it reads
 * {@code datapackage.json}, parses every CSV file with a header, casts every cell to its declared type, and
 * checks primary keys and foreign keys. Written independently of the exporter's internals.
 */
final class TabularPackage {
  final JsonNode descriptor;
  final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
  int checkedForeignKeyValues;
  int castCells;

  private TabularPackage(JsonNode descriptor) {
    this.descriptor = descriptor;
  }

  static TabularPackage load(Path dir) throws IOException {
    JsonNode descriptor = new ObjectMapper().readTree(dir.resolve("datapackage.json").toFile());
    TabularPackage pkg = new TabularPackage(descriptor);
    CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    for (JsonNode resource : descriptor.get("resources")) {
      Path file = dir.resolve(resource.get("path").asText());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (resource.get("encoding").asText().equals("utf-8-sig")) {
        assertThat(text).as("%s starts with a BOM", file).startsWith("\uFEFF");
        text = text.substring(1);
      } else {
        assertThat(text).doesNotStartWith("\uFEFF");
      }
      List<String> fieldNames = new ArrayList<>();
      resource.at("/schema/fields").forEach(f -> fieldNames.add(f.get("name").asText()));
      List<Map<String, String>> rows = new ArrayList<>();
      try (Reader reader = new java.io.StringReader(text);
          MappingIterator<List<String>> it = csv.readerForListOf(String.class)
              .with(CsvSchema.emptySchema()).readValues(reader)) {
        List<String> header = it.next();
        assertThat(header).as("header of %s", file).containsExactlyElementsOf(fieldNames);
        while (it.hasNext()) {
          List<String> cells = it.next();
          assertThat(cells).as("a row of %s has one cell per field", file).hasSize(fieldNames.size());
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < cells.size(); i++) {
            row.put(fieldNames.get(i), cells.get(i).isEmpty() ? null : cells.get(i));
          }
          rows.add(row);
        }
      }
      pkg.tables.put(resource.get("name").asText(), rows);
    }
    pkg.castAll();
    pkg.checkKeys();
    return pkg;
  }

  List<Map<String, String>> rows(CsvTable table) {
    return tables.get(table.resourceName());
  }

  private void castAll() {
    for (JsonNode resource : descriptor.get("resources")) {
      for (Map<String, String> row : tables.get(resource.get("name").asText())) {
        for (JsonNode field : resource.at("/schema/fields")) {
          String value = row.get(field.get("name").asText());
          if (value == null) {
            continue;
          }
          cast(field.get("type").asText(), value, resource.get("name").asText() + "." + field.get("name").asText());
          castCells++;
        }
      }
    }
  }

  private static void cast(String type, String value, String where) {
    try {
      switch (type) {
        case "string" -> { }
        case "integer" -> Long.parseLong(value);
        case "number" -> new BigDecimal(value);
        case "boolean" -> assertThat(value).as(where).isIn("true", "false");
        case "date" -> LocalDate.parse(value);
        case "time" -> LocalTime.parse(value);
        case "array" -> assertThat(new ObjectMapper().readTree(value).isArray()).as(where).isTrue();
        default -> throw new AssertionError("unknown type " + type + " at " + where);
      }
    } catch (RuntimeException | IOException e) {
      throw new AssertionError(where + ": '" + value + "' is not a " + type, e);
    }
  }

  private void checkKeys() {
    for (JsonNode resource : descriptor.get("resources")) {
      String name = resource.get("name").asText();
      List<String> key = new ArrayList<>();
      resource.at("/schema/primaryKey").forEach(k -> key.add(k.asText()));
      Set<List<String>> seen = new HashSet<>();
      for (Map<String, String> row : tables.get(name)) {
        List<String> value = key.stream().map(row::get).toList();
        assertThat(value).as("primary key of %s", name).doesNotContainNull();
        assertThat(seen.add(value)).as("primary key %s of %s is unique", value, name).isTrue();
      }
      for (JsonNode fk : resource.at("/schema/foreignKeys")) {
        String field = fk.at("/fields/0").asText();
        String target = fk.at("/reference/resource").asText();
        target = target.isEmpty() ? name : target;
        String targetField = fk.at("/reference/fields/0").asText();
        Set<String> targets = new HashSet<>();
        tables.get(target).forEach(r -> targets.add(r.get(targetField)));
        for (Map<String, String> row : tables.get(name)) {
          String value = row.get(field);
          if (value != null) {
            assertThat(targets).as("%s.%s = %s resolves to %s.%s", name, field, value, target, targetField)
                .contains(value);
            checkedForeignKeyValues++;
          }
        }
      }
    }
  }
}
