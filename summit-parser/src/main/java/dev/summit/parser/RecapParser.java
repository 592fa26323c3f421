package dev.summit.parser;

import dev.summit.parser.internal.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads conference recap posts (Markdown or HTML) into a {@link dev.summit.model.Summit}.
 *
 * <p>A parser is immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * RecapParser parser = RecapParser.builder().build();
 * ParseResult afternoon = parser.parse(Path.of("day1-afternoon.md"));
 * afternoon.summit().sessions();      // sessions 5–14
 * afternoon.diagnostics();            // what was odd, with line:column
 * ParseResult day1 = parser.parseAll(List.of(morning, afternoon));   // one summit
 * }</pre>
 *
 * <p>Bad content never throws: it gives diagnostics. Only I/O fails, with an {@link UncheckedIOException}
 * naming the file; a {@code null} argument gives a {@link NullPointerException} and a bad one an
 * {@link IllegalArgumentException}.
 */
public final class RecapParser {
  private final ParserLimits limits;
  private final Pipeline pipeline;

  private RecapParser(Builder builder) {
    this.limits = builder.limits;
    this.pipeline = new Pipeline(limits);
  }

  public static Builder builder() {
    return new Builder();
  }

  public ParserLimits limits() {
    return limits;
  }

  /**
   * Parses one file. HTML is recognised by its extension ({@code .html}, {@code .htm}) or by sniffing the
   * content; anything else is read as Markdown. The document id is the file name without its extension.
   *
   * @throws UncheckedIOException if the file cannot be read; the message names the file
   */
  public ParseResult parse(Path file) {
    return pipeline.assemble(List.of(readDocument(file)));
  }

  /** Parses Markdown text given as a String, under the given document id. */
  public ParseResult parse(String markdown, String documentId) {
    Objects.requireNonNull(markdown, "markdown");
    return pipeline.assemble(List.of(pipeline.readMarkdown(markdown, checkId(documentId))));
  }

  /** Parses raw bytes (UTF-8 with or without a BOM; Markdown or sniffed HTML) under the given document id. */
  public ParseResult parse(byte[] content, String documentId) {
    Objects.requireNonNull(content, "content");
    return pipeline.assemble(List.of(pipeline.read(content, checkId(documentId), null, null)));
  }

  /**
   * Reads the stream to its end and parses it like {@link #parse(byte[], String)}. The stream is not closed.
   *
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ParseResult parse(InputStream in, String documentId) {
    Objects.requireNonNull(in, "in");
    try {
      return parse(in.readNBytes(limits.maxInputBytes() + 1), documentId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + documentId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses an HTML page. Relative links and images are resolved against {@code baseUri} (may be empty).
   */
  public ParseResult parseHtml(String html, String documentId, String baseUri) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(baseUri, "baseUri");
    return pipeline.assemble(List.of(pipeline.readHtml(html, checkId(documentId), baseUri)));
  }

  /**
   * Reads an HTML page from a stream to its end and parses it like {@link #parseHtml(String, String, String)}:
   * UTF-8 unless the page declares another charset. The stream is not closed.
   *
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ParseResult parseHtml(InputStream in, String documentId, String baseUri) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(baseUri, "baseUri");
    String id = checkId(documentId);
    try {
      byte[] bytes = in.readNBytes(limits.maxInputBytes() + 1);
      return pipeline.assemble(List.of(pipeline.readHtml(bytes, id, null, baseUri)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + documentId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses several posts of one summit and merges them: days and parts in order, one speaker per person,
   * every document listed.
   *
   * @throws UncheckedIOException if a file cannot be read; the message names the file
   */
  public ParseResult parseAll(List<Path> files) {
    Objects.requireNonNull(files, "files");
    return parseSources(files.stream().map(RecapSource::of).toList());
  }

  /**
   * Parses and merges posts of one summit given as files, bytes, Markdown or HTML, like
   * {@link #parseAll(List)}.
   *
   * @throws UncheckedIOException if a file cannot be read; the message names the file
   */
  public ParseResult parseSources(List<RecapSource> sources) {
    Objects.requireNonNull(sources, "sources");
    List<Pipeline.Document> documents = new ArrayList<>(sources.size());
    for (RecapSource source : sources) {
      Objects.requireNonNull(source, "source");
      checkId(source.id());
      documents.add(switch (source.kind) {
        case FILE -> readDocument(source.file);
        case BYTES -> pipeline.read(source.bytes, source.id, null, null);
        case MARKDOWN -> pipeline.readMarkdown(source.text, source.id);
        case HTML -> pipeline.readHtml(source.text, source.id, source.baseUri);
      });
    }
    return pipeline.assemble(documents);
  }

  private Pipeline.Document readDocument(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      long size = Files.size(file);
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(size, (long) limits.maxInputBytes() + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + describe(e), e);
    }
    return pipeline.read(bytes, documentId(file), file.getFileName().toString(), null);
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "access denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The document id of a file: its name without the extension. */
  public static String documentId(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String checkId(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    if (documentId.isBlank()) {
      throw new IllegalArgumentException("documentId must not be blank");
    }
    return documentId;
  }

  /** Builds a {@link RecapParser}. */
  public static final class Builder {
    private ParserLimits limits = ParserLimits.DEFAULT;

    private Builder() {}

    /** The limits that bound a parse; {@link ParserLimits#DEFAULT} unless set. */
    public Builder limits(ParserLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    public RecapParser build() {
      return new RecapParser(this);
    }
  }
}
