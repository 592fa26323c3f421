package dev.summit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.summit.model.Summit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writes each corpus post as Markdown, parses it again, and compares the models without provenance. */
class MarkdownRoundTripTest {
  static List<Path> posts() {
    return Corpus.posts();
  }

  @ParameterizedTest
  @MethodSource("posts")
  void reparsingTheWrittenPostGivesTheSameModel(Path post) {
    Summit original = Corpus.parse(post);
    String markdown = MarkdownExporter.create().write(original);
    Summit again = Corpus.parser().parse(markdown, RecapParserIds.id(post)).summit();

    JsonNode a = ProvenanceFreeJson.of(original);
    JsonNode b = ProvenanceFreeJson.of(again);
    if (Boolean.getBoolean("summit.roundtrip.dump")) {
      try {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/roundtrip"));
        String id = RecapParserIds.id(post);
        java.nio.file.Files.writeString(dir.resolve(id + ".md"), markdown);
        java.nio.file.Files.writeString(dir.resolve(id + ".original.json"), a.toPrettyString());
        java.nio.file.Files.writeString(dir.resolve(id + ".again.json"), b.toPrettyString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    assertThat(b.get("summit")).as("summit").isEqualTo(a.get("summit"));
    assertThat(b.get("speakers")).as("speakers").isEqualTo(a.get("speakers"));
    assertThat(b.get("sessions").size()).as("sessions").isEqualTo(a.get("sessions").size());
    for (int i = 0; i < a.get("sessions").size(); i++) {
      assertThat(b.get("sessions").get(i).toPrettyString())
          .as("session %s", a.get("sessions").get(i).get("id"))
          .isEqualTo(a.get("sessions").get(i).toPrettyString());
    }
    // writing adds no oddity of its own: every diagnostic of the re-parse is one the original post had too
    assertThat(again.diagnostics()).extracting(d -> d.code())
        .isSubsetOf(original.diagnostics().stream().map(d -> d.code()).toList());
    for (int i = 0; i < a.get("documents").size(); i++) {
      assertThat(b.get("documents").get(i).toPrettyString()).as("document").isEqualTo(
          a.get("documents").get(i).toPrettyString());
    }
  }
}
