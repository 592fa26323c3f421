package dev.summit.parser;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One post to parse, with the id it gets in the model: a file, raw bytes, Markdown text or an HTML page.
 * Use with {@link RecapParser#parseSources(java.util.List)} to merge posts that are not all files.
 *
 * <pre>{@code
 * parser.parseSources(List.of(RecapSource.of(Path.of("day1-am.md")),
 *     RecapSource.of("day1-pm", bytesFromSomewhere)));
 * }</pre>
 */
public final class RecapSource {
  enum Kind { FILE, BYTES, MARKDOWN, HTML }

  final Kind kind;
  final String id;
  final Path file;
  final byte[] bytes;
  final String text;
  final String baseUri;

  private RecapSource(Kind kind, String id, Path file, byte[] bytes, String text, String baseUri) {
    this.kind = kind;
    this.id = id;
    this.file = file;
    this.bytes = bytes;
    this.text = text;
    this.baseUri = baseUri;
  }

  /** A file; its id is the file name without extension. */
  public static RecapSource of(Path file) {
    Objects.requireNonNull(file, "file");
    return new RecapSource(Kind.FILE, RecapParser.documentId(file), file, null, null, null);
  }

  /** Raw bytes (UTF-8, Markdown or sniffed HTML). The array is not copied; don't change it while parsing. */
  public static RecapSource of(String id, byte[] content) {
    return new RecapSource(Kind.BYTES, id, null, Objects.requireNonNull(content, "content"), null, null);
  }

  /** Markdown text. */
  public static RecapSource markdown(String id, String markdown) {
    return new RecapSource(Kind.MARKDOWN, id, null, null, Objects.requireNonNull(markdown, "markdown"), null);
  }

  /** An HTML page; relative links resolve against {@code baseUri} (may be empty). */
  public static RecapSource html(String id, String html, String baseUri) {
    return new RecapSource(Kind.HTML, id, null, null, Objects.requireNonNull(html, "html"),
        Objects.requireNonNull(baseUri, "baseUri"));
  }

  /** The document id this source gets. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return "RecapSource{" + kind + " " + id + "}";
  }
}
