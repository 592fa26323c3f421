package dev.summit.examples;

import dev.summit.parser.ParseResult;
import dev.summit.parser.RecapParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

  /** Parses both bundled posts and merges them into one summit (Day 1, sessions 1–14). */
  public static ParseResult parseAll(RecapParser parser) {
    // The parser merges posts given as files, so the posts are copied to a temporary folder first.
    Path folder = null;
    try {
      folder = Files.createTempDirectory("summit-corpus");
      List<Path> files = copyTo(folder);
      return parser.parseAll(files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the bundled posts to a temporary folder", e);
    } finally {
      deleteQuietly(folder);
    }
  }

  /** Copies the bundled posts into {@code folder} under their file names and returns the copies, in order. */
  public static List<Path> copyTo(Path folder) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : FILE_NAMES) {
      files.add(Files.write(folder.resolve(name), read(name)));
    }
    return files;
  }

  static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
