package dev.summit.export.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The one place where Jackson is configured for this module. Every exporter and reader takes its mapper or
 * writer from here, so JSON, JSON-LD, CSV and YAML front matter follow the same rules:
 *
 * <ul>
 *   <li>dates as ISO-8601 strings, never timestamps;</li>
 *   <li>big decimals written plain ({@code 3000000000000}, not {@code 3E+12});</li>
 *   <li>pretty printing with two-space indentation and {@code \n} line ends on every platform;</li>
 *   <li>no auto-closing of the caller's streams or writers;</li>
 *   <li>strict reading: duplicate keys are an error.</li>
 * </ul>
 *
 * <p>The mappers are built once and are thread-safe.
 */
public final class Mappers {
  private static final JsonMapper JSON = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  // Without COMBINE_UNICODE_SURROGATES_IN_UTF8 a UTF-8 generator escapes an emoji as a pair of surrogate escapes
  // where a Writer (then encoded as UTF-8) writes it as is; both ways must give the same bytes.
  private static final ObjectWriter PRETTY = JSON.writer(new SummitPrettyPrinter())
      .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

  /** {@link #PRETTY} without the pretty printer: no white space between tokens. */
  private static final ObjectWriter COMPACT = JSON.writer()
      .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

  private static final ObjectReader EXACT_TREES =
      JSON.reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  private Mappers() {}

  /** The JSON mapper: for trees, reading and writing. */
  public static ObjectMapper json() {
    return JSON;
  }

  /** A writer that pretty-prints JSON deterministically: two spaces, {@code \n}, {@code "key": value}. */
  public static ObjectWriter prettyJson() {
    return PRETTY;
  }

  /** The CSV mapper; callers always pass an explicit {@link com.fasterxml.jackson.dataformat.csv.CsvSchema}. */
  public static CsvMapper csv() {
    return CSV;
  }

  /** The YAML mapper used for Markdown front matter: every string double-quoted, no document start marker. */
  public static YAMLMapper yaml() {
    return YAML;
  }

  /**
   * A generator that writes pretty JSON, as {@link #prettyJson()} does, to a writer that it flushes on close
   * but never closes.
   */
  public static JsonGenerator prettyGenerator(Writer out) throws IOException {
    return PRETTY.createGenerator(out);
  }

  /** A generator that writes pretty JSON as UTF-8 to a stream that it flushes on close but never closes. */
  public static JsonGenerator prettyGenerator(OutputStream out) throws IOException {
    return PRETTY.createGenerator(out, JsonEncoding.UTF8);
  }

  /** A generator that writes compact JSON (no white space between tokens) to a writer, flushed, never closed. */
  public static JsonGenerator compactGenerator(Writer out) throws IOException {
    return COMPACT.createGenerator(out);
  }

  /** A generator that writes compact JSON as UTF-8 to a stream that it flushes on close but never closes. */
  public static JsonGenerator compactGenerator(OutputStream out) throws IOException {
    return COMPACT.createGenerator(out, JsonEncoding.UTF8);
  }

  /** A reader of trees that keeps big decimals as written, so a tree read from a token buffer equals the tokens. */
  public static ObjectReader exactTreeReader() {
    return EXACT_TREES;
  }

  /**
   * Writes a tree as pretty JSON with a final newline to an appendable, which is flushed, not closed.
   *
   * @param format what is written, for the message of an {@link java.io.UncheckedIOException}
   */
  public static void writePretty(com.fasterxml.jackson.databind.JsonNode tree, Appendable out, String format) {
    try {
      java.io.Writer writer = AppendableWriter.of(out);
      prettyJson().writeValue(writer, tree);
      writer.write('\n');
      writer.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + format + ": " + e.getMessage(), e);
    }
  }
}
