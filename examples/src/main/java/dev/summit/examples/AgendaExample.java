package dev.summit.examples;

import dev.summit.model.Participant;
import dev.summit.model.Session;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import dev.summit.parser.ParseResult;
import dev.summit.parser.RecapParser;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Example 1: parse a post and print its agenda and speakers.
 *
 * <pre>java -cp examples/target/summit.jar dev.summit.examples.AgendaExample [POST.md…]</pre>
 */
public final class AgendaExample {
  private AgendaExample() {}

  public static void main(String[] args) {
    // One parser serves every parse; it is immutable and thread-safe.
    RecapParser parser = RecapParser.builder().build();
    ParseResult result;
    try {
      result = args.length == 0
          ? BundledCorpus.parseAll(parser) // no argument: the two bundled Day 1 posts
          : parser.parseAll(Arrays.stream(args).map(Path::of).toList());
    } catch (UncheckedIOException e) { // only I/O throws; bad content gives diagnostics instead
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    print(result.summit(), ExampleInput.stdout());
    if (!result.diagnostics().isEmpty()) {
      System.err.println(result.diagnostics().size() + " diagnostics; `summit check` lists them");
    }
  }

  /** Prints the agenda (number, kind, title, participants) and the speakers. */
  public static void print(Summit summit, PrintStream out) {
    out.println(summit.name().orElse("(unnamed summit)"));
    out.println();
    out.println("Agenda");
    for (Session session : summit.sessions()) {
      String who = session.participants().stream()
          .map(AgendaExample::participant)
          .collect(Collectors.joining(", "));
      out.printf("%3s. [%s] %s%n", session.number().map(String::valueOf).orElse("-"), session.kind(),
          session.title());
      out.println("     " + who);
    }
    out.println();
    out.println("Speakers (" + summit.speakers().size() + ")");
    for (Speaker speaker : summit.speakers()) {
      // Organisation and position are optional: a post may name a speaker without them.
      String about = Stream.of(speaker.organization(), speaker.position())
          .flatMap(Optional::stream)
          .collect(Collectors.joining(", "));
      out.println("  " + speaker.name() + (about.isEmpty() ? "" : " — " + about));
    }
  }

  private static String participant(Participant p) {
    return p.name() + " (" + p.role() + ")";
  }
}
