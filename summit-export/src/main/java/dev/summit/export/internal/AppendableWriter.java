package dev.summit.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/** A {@link Writer} over an {@link Appendable}, so Jackson can write to a StringBuilder or any Appendable. */
public final class AppendableWriter extends Writer {
  private final Appendable out;

  private AppendableWriter(Appendable out) {
    this.out = out;
  }

  /** The appendable itself when it is already a writer, else a writer that appends to it. */
  public static Writer of(Appendable out) {
    Objects.requireNonNull(out, "out");
    return out instanceof Writer w ? w : new AppendableWriter(out);
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    if (out instanceof StringBuilder sb) {
      // StringBuilder copies a char[] in bulk; as a CharSequence it would copy one char at a time.
      sb.append(cbuf, off, len);
    } else {
      out.append(java.nio.CharBuffer.wrap(cbuf, off, len));
    }
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    out.append(str, off, off + len);
  }

  @Override
  public void write(int c) throws IOException {
    out.append((char) c);
  }

  @Override
  public void flush() throws IOException {
    if (out instanceof java.io.Flushable f) {
      f.flush();
    }
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
