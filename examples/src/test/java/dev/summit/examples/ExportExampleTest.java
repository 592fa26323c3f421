package dev.summit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.export.CsvTable;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportExampleTest {
  @TempDir Path temp;

  @Test
  void writesEveryFormatOfTheBundledCorpus() {
    Path folder = temp.resolve("summit-export");

    String out = Printed.by(o -> ExportExample.export(ExampleInput.summit(), folder, o));

    assertThat(out).startsWith("Wrote to " + folder + ":\n");
    assertThat(out.lines().skip(1).map(String::trim))
        .contains("summit.json", "summit.md", "summit.jsonld", "csv/datapackage.json", "csv/sessions.csv",
            "csv/speakers.csv");
    assertThat(out.lines().filter(line -> line.startsWith("  csv/"))).hasSize(CsvTable.values().length + 1);
    assertThat(folder.resolve("csv/sessions.csv")).content().contains("d1-s14");
  }
}
