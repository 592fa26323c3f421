package dev.summit.export;

import dev.summit.model.Summit;
import dev.summit.parser.RecapParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The two corpus posts of the repository, parsed with the project's parser. */
final class Corpus {
  static final Path DIR = locate();
  static final Path MORNING = DIR.resolve("sk-ai-summit-2024-day1-morning.md");
  static final Path AFTERNOON = DIR.resolve("sk-ai-summit-2024-day1-afternoon.md");
  private static final RecapParser PARSER = RecapParser.builder().build();

  private Corpus() {}

  private static Path locate() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("corpus"))) {
        return p.resolve("corpus");
      }
    }
    throw new IllegalStateException("no corpus directory above " + here);
  }

  static List<Path> posts() {
    return List.of(MORNING, AFTERNOON);
  }

  static Summit parse(Path post) {
    return PARSER.parse(post).summit();
  }

  /** Both posts as one summit. */
  static Summit both() {
    return PARSER.parseAll(posts()).summit();
  }

  static RecapParser parser() {
    return PARSER;
  }
}
