package dev.summit.parser;

import java.nio.file.Path;

/** The bundled corpus, as the tests of this module find it. */
final class Corpus {
  static final Path MORNING = Path.of("..", "corpus", "sk-ai-summit-2024-day1-morning.md");
  static final Path AFTERNOON = Path.of("..", "corpus", "sk-ai-summit-2024-day1-afternoon.md");

  private Corpus() {}
}
