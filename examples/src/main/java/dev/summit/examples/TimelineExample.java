package dev.summit.examples;

import dev.summit.model.Session;
import dev.summit.model.Summit;
import dev.summit.model.Timeline;
import dev.summit.model.TimelineEntry;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Example 4: print every timeline entry of the summit, in order: sessions in agenda order, timelines in the
 * order the post gives them, entries in their timeline's order.
 *
 * <pre>java -cp examples/target/summit.jar dev.summit.examples.TimelineExample [POST.md…]</pre>
 */
public final class TimelineExample {
  private TimelineExample() {}

  public static void main(String[] args) {
    Summit summit;
    try {
      summit = ExampleInput.summit(args);
    } catch (UncheckedIOException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    print(summit, ExampleInput.stdout());
  }

  /** Prints each timeline under its session, one entry a line: normalised time, label as written, text. */
  public static void print(Summit summit, PrintStream out) {
    int entries = 0;
    for (Session session : summit.sessions()) {
      for (Timeline timeline : session.timelines()) { // a depth-first view over the session's content
        out.printf("Session %s: %s%s%n", session.number().map(String::valueOf).orElse("-"), session.title(),
            timeline.title().map(title -> " — " + title).orElse(""));
        for (TimelineEntry entry : timeline.entries()) {
          out.printf("  %-8s %s: %s%n", entry.when(), entry.label(), entry.description());
          entries++;
        }
      }
    }
    out.println(entries == 0 ? "No timeline in this summit." : entries + " timeline entries.");
  }
}
