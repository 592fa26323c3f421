package dev.summit.cli;

import dev.summit.examples.BundledCorpus;
import dev.summit.parser.ParseResult;
import dev.summit.parser.RecapParser;
import dev.summit.parser.RecapSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the {@code FILE…} arguments are read: files as given, {@code -} from standard input, the bundled corpus
 * when there is none. All readable inputs are merged into one summit.
 *
 * <p>This class refers to no picocli type, so the quick path of {@link QuickCheck} can use it without loading
 * picocli; {@link InputFiles} is the picocli side (the {@code FILE} parameters and their usage errors).
 */
final class Inputs {
  static final String STDIN = "-";
  static final String STDIN_NAME = "<stdin>";

  private Inputs() {}

  /** What was read: the merged parse (empty when nothing was readable) and the inputs that could not be read. */
  record Loaded(Optional<ParseResult> result, List<Unreadable> unreadable, Map<String, String> namesById) {
    /** The name the user knows a document by: the path as given, {@code <stdin>} or a bundled file name. */
    String nameOf(String documentId) {
      return namesById.getOrDefault(documentId, documentId);
    }
  }

  /** An input that could not be read, with the reason in a few words. */
  record Unreadable(String name, String reason) {
    String line() {
      return name + ": error: cannot read: " + reason;
    }
  }

  /**
   * Reads and parses the inputs.
   *
   * @param files the {@code FILE} arguments; {@code -} may be among them at most once
   * @param stdin what {@code -} reads
   * @param terminal whether stderr is a terminal; the progress line is shown only then
   * @param err where the progress line goes
   * @throws IllegalArgumentException when {@code -} is given more than once (callers reject that first)
   */
  static Loaded read(List<String> files, InputStream stdin, boolean terminal, PrintWriter err) {
    List<RecapSource> sources = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    List<Unreadable> unreadable = new ArrayList<>();
    if (files.isEmpty()) {
      for (String name : BundledCorpus.FILE_NAMES) {
        RecapSource source = RecapSource.of(BundledCorpus.documentId(name), BundledCorpus.read(name));
        sources.add(source);
        names.putIfAbsent(source.id(), name);
      }
    } else {
      boolean stdinRead = false;
      for (String arg : files) {
        if (arg.equals(STDIN)) {
          if (stdinRead) {
            throw new IllegalArgumentException("standard input (-) can be given only once");
          }
          stdinRead = true;
          try {
            // the parser sniffs HTML or Markdown from the content; the document id is "stdin"
            sources.add(RecapSource.of("stdin", stdin.readAllBytes()));
            names.putIfAbsent("stdin", STDIN_NAME);
          } catch (IOException e) {
            unreadable.add(new Unreadable(STDIN_NAME, SummitErrors.describe(e)));
          }
        } else {
          Optional<String> problem = problemReading(arg);
          if (problem.isPresent()) {
            unreadable.add(new Unreadable(arg, problem.get()));
          } else {
            RecapSource source = RecapSource.of(Path.of(arg));
            sources.add(source);
            names.putIfAbsent(source.id(), arg);
          }
        }
      }
    }
    if (sources.isEmpty()) {
      return new Loaded(Optional.empty(), unreadable, names);
    }
    return new Loaded(Optional.of(parse(sources, terminal && files.size() > 1, err)), unreadable, names);
  }

  /** How many times {@code -} is among the arguments. */
  static long stdinCount(List<String> files) {
    return files.stream().filter(STDIN::equals).count();
  }

  private static ParseResult parse(List<RecapSource> sources, boolean progress, PrintWriter err) {
    if (progress) {
      err.print("summit: reading " + sources.size() + " files…");
      err.flush();
    }
    try {
      return RecapParser.builder().build().parseSources(sources);
    } finally {
      if (progress) {
        err.print("\r\033[K"); // erase the progress line
        err.flush();
      }
    }
  }

  /** Why a file cannot be read, in a few words; empty when it can. */
  static Optional<String> problemReading(String arg) {
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      return Optional.of("invalid path");
    }
    if (Files.isDirectory(path)) {
      return Optional.of("is a directory");
    }
    if (!Files.exists(path)) {
      return Optional.of("no such file");
    }
    if (!Files.isReadable(path)) {
      return Optional.of("permission denied");
    }
    return Optional.empty();
  }
}
