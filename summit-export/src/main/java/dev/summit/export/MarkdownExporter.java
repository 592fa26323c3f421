package dev.summit.export;

import dev.summit.export.internal.MarkdownWriter;
import dev.summit.model.Summit;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a {@link Summit} as one clean recap post in Markdown, in the shape the parser reads, so that parsing
 * the post again gives the same sessions, speakers and content (their provenance aside).
 *
 * <pre>{@code
 * String post = MarkdownExporter.create().write(summit);
 * Summit again = Recap.parse(post, "summit").summit();   // same sessions, claims, images, reviews …
 * }</pre>
 *
 * <p>The post has YAML front matter ({@code title}, {@code date}, {@code tags}, {@code year}, and the summit's
 * {@code event} name, {@code venue}, {@code startDate} and {@code endDate}), an H1 title,
 * the introduction (what the posts say outside any session, as bullets), the day concepts, an agenda of
 * {@code **N. title**} entries, a {@code ---} break, then per session a {@code ## N. title} heading, a block quote
 * of labels (발표자 for speakers, 참여자 for panelists, Moderator, 영어 제목, 트랙, 시간, 내용), and its sections as
 * {@code ###}…{@code ######} headings. A session without a number is a timed line or an agenda bullet; a second
 * session with the same number stands in the agenda only; an author's claim amid a speaker's is a code block. Claims are
 * bullets with their nested claims indented; callouts are {@code > 💡 **term**} quotes; reviews are
 * {@code > (후기) …}, {@code > (개인 의견) …} or {@code > (참고) …}; images are {@code ![alt](url)} with a
 * {@code > 이미지 출처 : …} credit line; tables are GFM tables. A session's keywords are marked as inline code
 * where they first occur in its claims and reviews.
 *
 * <p>Every text is escaped so that content never turns into structure: a claim that starts with {@code #},
 * {@code >}, {@code 1.} or {@code |} stays a claim. Comparisons derived from prose and timelines are not
 * written (the parser derives them again from the claims); a table's title is not written either. Line ends
 * are {@code \n}. An exporter is immutable and thread-safe.
 */
public final class MarkdownExporter {
  private static final MarkdownExporter INSTANCE = new MarkdownExporter();

  private MarkdownExporter() {}

  /** The exporter; it has no options. */
  public static MarkdownExporter create() {
    return INSTANCE;
  }

  /**
   * Writes the post to an appendable. The appendable is not closed.
   *
   * @throws UncheckedIOException if the appendable fails
   */
  public void write(Summit summit, Appendable out) {
    Objects.requireNonNull(out, "out");
    String text = write(summit);
    try {
      out.append(text);
      if (out instanceof java.io.Flushable f) {
        f.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Markdown: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the post to a stream as UTF-8, without a byte-order mark. The stream is flushed, not closed.
   *
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Summit summit, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(summit, writer);
  }

  /** The post as a string. */
  public String write(Summit summit) {
    return MarkdownWriter.write(Objects.requireNonNull(summit, "summit"));
  }
}
