package dev.summit.examples;

import dev.summit.model.Participant;
import dev.summit.model.Session;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Example 2: merge the Day 1 posts and list who spoke where: each speaker, once across all posts, with the
 * sessions they took part in and their role in each.
 *
 * <pre>java -cp examples/target/summit.jar dev.summit.examples.SpeakersExample [POST.md…]</pre>
 */
public final class SpeakersExample {
  private SpeakersExample() {}

  public static void main(String[] args) {
    Summit summit;
    try {
      summit = ExampleInput.summit(args); // several posts are merged: one speaker per person
    } catch (UncheckedIOException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    print(summit, ExampleInput.stdout());
  }

  /** Prints each speaker followed by their sessions and roles. */
  public static void print(Summit summit, PrintStream out) {
    for (Speaker speaker : summit.speakers()) {
      out.println(speaker.name());
      for (Session session : summit.sessionsOf(speaker.id())) {
        // The participant entry carries the role this speaker had in this session.
        Participant part = session.participants().stream()
            .filter(p -> p.speakerId().equals(speaker.id()))
            .findFirst()
            .orElseThrow();
        out.printf("  session %s, %s: %s%n",
            session.number().map(String::valueOf).orElse("-"), part.role(), session.title());
      }
    }
  }
}
