package dev.summit.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The bundled corpus, as the tests of this module find it. */
public final class Corpus {
  public static final Path MORNING = Path.of("..", "corpus", "sk-ai-summit-2024-day1-morning.md");
  public static final Path AFTERNOON = Path.of("..", "corpus", "sk-ai-summit-2024-day1-afternoon.md");

  private Corpus() {}

  /**
   * The two corpus posts (morning first) and then every Markdown fixture post of this module's test resources,
   * in path order: what a test that checks a shortcut against its plain form runs over.
   */
  public static List<Path> postsAndFixtures() {
    List<Path> posts = new ArrayList<>(List.of(MORNING, AFTERNOON));
    try (Stream<Path> fixtures = Files.walk(Path.of("src", "test", "resources"))) {
      fixtures.filter(p -> p.toString().endsWith(".md")).sorted().forEach(posts::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return posts;
  }
}
