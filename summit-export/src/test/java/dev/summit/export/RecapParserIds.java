package dev.summit.export;

import dev.summit.parser.RecapParser;
import java.nio.file.Path;

/** Document ids as the parser gives them to files. */
final class RecapParserIds {
  private RecapParserIds() {}

  static String id(Path post) {
    return RecapParser.documentId(post);
  }
}
