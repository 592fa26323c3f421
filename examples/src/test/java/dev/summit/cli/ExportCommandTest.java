package dev.summit.cli;

import static dev.summit.cli.Cli.AFTERNOON;
import static dev.summit.cli.Cli.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.export.CsvTable;
import dev.summit.export.JsonReader;
import dev.summit.model.Role;
import dev.summit.model.Session;
import dev.summit.model.SessionKind;
import dev.summit.model.Summit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir Path temp;

  @Test
  void bundledCorpusToEveryFormat() throws IOException {
    Path out = temp.resolve("out");

    Cli.Run run = Cli.run("export", "--format", "all", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("Exported 14 sessions of 2 documents to " + out + ":\n"
        + "  " + out.resolve("summit.json") + "\n"
        + "  " + out.resolve("csv") + " (" + (CsvTable.values().length + 1) + " files)\n"
        + "  " + out.resolve("summit.md") + "\n"
        + "  " + out.resolve("summit.jsonld") + "\n");
    assertThat(out.resolve("summit.md")).isNotEmptyFile();
    assertThat(out.resolve("summit.jsonld")).isNotEmptyFile();
    assertThat(out.resolve("csv/datapackage.json")).isNotEmptyFile();
    assertThat(out.resolve("csv/sessions.csv")).isNotEmptyFile();

    Summit day1 = readJson(out.resolve("summit.json"));
    assertThat(day1.sessions()).extracting(s -> s.number().orElseThrow())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    Session dialogue = day1.expectSession(2);
    assertThat(dialogue.kind()).isEqualTo(SessionKind.DIALOGUE);
    assertThat(dialogue.participants()).extracting(p -> p.name() + " " + p.role())
        .containsExactly("Greg Brockman SPEAKER", "이준표 MODERATOR");
  }

  @Test
  void formatsCanBeCombined() throws IOException {
    Path out = temp.resolve("out");

    Cli.Run run = Cli.run("export", "--format", "json,csv", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    try (Stream<Path> top = Files.list(out)) {
      assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("summit.json", "csv");
    }
  }

  @Test
  void formatIsAllWhenNotGivenAndCaseDoesNotMatter() {
    Path out = temp.resolve("out");

    assertThat(Cli.run("export", "--out", out.toString()).exitCode()).isZero();
    assertThat(out.resolve("summit.jsonld")).exists();
    assertThat(Cli.run("export", "-f", "MarkDown", "-o", temp.resolve("md").toString()).exitCode()).isZero();
    assertThat(temp.resolve("md/summit.md")).exists();
  }

  @Test
  void severalFilesAreMergedIntoOneSummit() throws IOException {
    Path out = temp.resolve("out");

    Cli.Run run = Cli.run("export", "-f", "json", "-o", out.toString(), MORNING, AFTERNOON);

    assertThat(run.exitCode()).isZero();
    Summit day1 = readJson(out.resolve("summit.json"));
    assertThat(day1.documents()).hasSize(2);
    assertThat(day1.sessions()).hasSize(14);
    assertThat(day1.expectSession(13).participants(Role.MODERATOR))
        .extracting(p -> p.name()).containsExactly("Gary Grider");
  }

  @Test
  void standardInputAloneIsOnePost() throws IOException {
    Path out = temp.resolve("out");

    Cli.Run run = Cli.run(Files.readAllBytes(Path.of(AFTERNOON)), false, "export", "-f", "json", "-o",
        out.toString(), "-");

    assertThat(run.exitCode()).isZero();
    assertThat(readJson(out.resolve("summit.json")).sessions()).extracting(s -> s.number().orElseThrow())
        .containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
  }

  @Test
  void exportedMarkdownReadsBackToTheSameAgenda() {
    Path out = temp.resolve("out");
    assertThat(Cli.run("export", "-f", "markdown", "-o", out.toString()).exitCode()).isZero();

    Cli.Run run = Cli.run("show", out.resolve("summit.md").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()
            .filter(line -> line.matches("  +\\d+  .*"))
            .map(line -> Integer.parseInt(line.trim().split(" ")[0])))
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
  }

  @Test
  void missingFileWritesNothing() {
    Path out = temp.resolve("out");

    Cli.Run run = Cli.run("export", "-o", out.toString(), MORNING, "no-such-post.md");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("no-such-post.md: error: cannot read: no such file\nsummit: nothing written\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void outputThatIsAFileIsReported() throws IOException {
    Path file = Files.writeString(temp.resolve("taken"), "x");

    Cli.Run run = Cli.run("export", "-o", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("summit: cannot write to " + file + ": not a folder\n");
  }

  @Test
  void outIsRequired() {
    Cli.Run run = Cli.run("export");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Missing required option: '--out=DIR'");
  }

  @Test
  void unknownFormatIsAUsageError() {
    Cli.Run run = Cli.run("export", "--format", "xml", "--out", temp.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Invalid value for option '--format' (FORMAT): expected one of "
        + "[JSON, CSV, MARKDOWN, JSONLD, ALL] (case-insensitive) but was 'xml'");
  }

  @Test
  void binaryInputIsExportedButFails() throws IOException {
    Path binary = Files.write(temp.resolve("photo.md"), new byte[] {0, 1, 2, (byte) 0xFF});
    Path out = temp.resolve("out");

    Cli.Run run = Cli.run("export", "-f", "json", "-o", out.toString(), binary.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("summit: the input has errors; run `summit check` to see them\n");
    assertThat(out.resolve("summit.json")).exists();
  }

  private static Summit readJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return JsonReader.create().read(in);
    }
  }
}
