package dev.summit.examples;

import dev.summit.parser.ParseResult;
import dev.summit.parser.RecapParser;
import dev.summit.parser.RecapSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The two Day 1 recap posts of SK AI Summit 2024 that ship inside this module's jar (from the repository's
 * {@code corpus/} folder, byte for byte), so the examples and the command line run with no file of your own.
 */
public final class BundledCorpus {
  /** The file names of the bundled posts, in day order: morning, then afternoon. */
  public static final List<String> FILE_NAMES =
      List.of("sk-ai-summit-2024-day1-morning.md", "sk-ai-summit-2024-day1-afternoon.md");

  private static final String RESOURCE_FOLDER = "/dev/summit/corpus/";

  private BundledCorpus() {}

  /** The raw bytes of one bundled post, by file name. */
  public static byte[] read(String fileName) {
    if (!FILE_NAMES.contains(fileName)) {
      throw new IllegalArgumentException("not a bundled post: " + fileName);
    }
    try (InputStream in = BundledCorpus.class.getResourceAsStream(RESOURCE_FOLDER + fileName)) {
      if (in == null) {
        throw new IllegalStateException("the bundled post " + fileName + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled post " + fileName, e);
    }
  }

  /** The document id of a bundled post: its file name without {@code .md}. */
  public static String documentId(String fileName) {
    return fileName.substring(0, fileName.length() - ".md".length());
  }

  /** Parses one bundled post on its own. */
  public static ParseResult parse(RecapParser parser, String fileName) {
    return parser.parse(read(fileName), documentId(fileName));
  }

  /** The bundled posts as parser sources, in day order. */
  public static List<RecapSource> sources() {
    List<RecapSource> sources = new ArrayList<>();
    for (String name : FILE_NAMES) {
      sources.add(RecapSource.of(documentId(name), read(name)));
    }
    return sources;
  }

  /** Parses both bundled posts and merges them into one summit (Day 1, sessions 1–14). */
  public static ParseResult parseAll(RecapParser parser) {
    return parser.parseSources(sources());
  }
}
