package dev.summit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummitExporterTest {
  @Test
  void writesEveryFormatIntoTheDirectory(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("out/nested");
    SummitExporter.writeAll(SampleSummit.summit(), dir);
    assertThat(Files.readString(dir.resolve("summit.json"), StandardCharsets.UTF_8))
        .isEqualTo(JsonExporter.create().write(SampleSummit.summit()));
    assertThat(Files.readString(dir.resolve("summit.md"))).isEqualTo(MarkdownExporter.create().write(SampleSummit.summit()));
    assertThat(Files.readString(dir.resolve("summit.jsonld"))).isEqualTo(JsonLdExporter.create().write(SampleSummit.summit()));
    for (CsvTable table : CsvTable.values()) {
      assertThat(dir.resolve("csv").resolve(table.fileName())).exists();
    }
    assertThat(dir.resolve("csv/datapackage.json")).exists();
  }

  @Test
  void writesOnlyTheFormatsAsked(@TempDir Path dir) throws Exception {
    SummitExporter.writeAll(SampleSummit.summit(), dir, EnumSet.of(ExportFormat.JSONLD, ExportFormat.CSV));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("summit.jsonld", "csv");
    }
    SummitExporter.writeAll(SampleSummit.summit(), dir.resolve("none"), EnumSet.noneOf(ExportFormat.class));
    try (var files = Files.list(dir.resolve("none"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void ioErrorsNameThePath(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    assertThatThrownBy(() -> SummitExporter.writeAll(SampleSummit.summit(), file))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(file.toString());
    Files.createDirectories(dir.resolve("out/summit.json"));
    assertThatThrownBy(() -> SummitExporter.writeAll(SampleSummit.summit(), dir.resolve("out"),
        EnumSet.of(ExportFormat.JSON)))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(dir.resolve("out/summit.json").toString());
    Files.writeString(dir.resolve("blocked"), "x");
    assertThatThrownBy(() -> CsvExporter.create().write(SampleSummit.summit(), dir.resolve("blocked")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(dir.resolve("blocked").toString());
  }
}
