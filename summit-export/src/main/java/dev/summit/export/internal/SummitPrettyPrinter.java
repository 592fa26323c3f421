package dev.summit.export.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;

/**
 * The layout of every pretty JSON this module writes: two spaces per level, {@code \n} line ends,
 * {@code "key": value}, empty objects and arrays as {@code {}} and {@code []}. It writes exactly what a
 * {@link com.fasterxml.jackson.core.util.DefaultPrettyPrinter} configured that way writes, but each piece of
 * whitespace goes out as one pre-encoded {@link SerializableString}: the default printer writes its
 * separators and indentation as Strings and char arrays, which a UTF-8 generator re-encodes char by char, and
 * that took over a third of the time of writing the summit JSON.
 *
 * <p>An instance keeps the current nesting, so each generator gets its own through {@link #createInstance()}.
 */
public final class SummitPrettyPrinter implements PrettyPrinter, Instantiatable<SummitPrettyPrinter> {
  private static final SerializableString ROOT_SEPARATOR = new SerializedString(" ");
  private static final SerializableString FIELD_VALUE_SEPARATOR = new SerializedString(": ");
  /** {@code \n} followed by two spaces per level, for the levels most documents reach. */
  private static final SerializableString[] NEW_LINES = new SerializableString[32];
  /** A comma and the new line after it, in one piece: the separator before every entry but the first. */
  private static final SerializableString[] COMMA_NEW_LINES = new SerializableString[NEW_LINES.length];

  static {
    for (int level = 0; level < NEW_LINES.length; level++) {
      NEW_LINES[level] = new SerializedString("\n" + "  ".repeat(level));
      COMMA_NEW_LINES[level] = new SerializedString(",\n" + "  ".repeat(level));
    }
  }

  private int nesting;

  @Override
  public SummitPrettyPrinter createInstance() {
    return new SummitPrettyPrinter();
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(ROOT_SEPARATOR);
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    nesting++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    newLine(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(FIELD_VALUE_SEPARATOR);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    nesting--;
    if (entries > 0) {
      newLine(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    nesting++;
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    nesting--;
    if (values > 0) {
      newLine(g);
    }
    g.writeRaw(']');
  }

  private void separator(JsonGenerator g) throws IOException {
    if (nesting < COMMA_NEW_LINES.length) {
      g.writeRaw(COMMA_NEW_LINES[nesting]);
    } else {
      g.writeRaw(',');
      newLine(g);
    }
  }

  private void newLine(JsonGenerator g) throws IOException {
    g.writeRaw(nesting < NEW_LINES.length ? NEW_LINES[nesting] : new SerializedString("\n" + "  ".repeat(nesting)));
  }
}
