package dev.summit.cli;

import dev.summit.model.Day;
import dev.summit.model.Participant;
import dev.summit.model.Session;
import dev.summit.model.Summit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The human summary {@code summit show} prints: the summit, its days and agenda, and a few counts. */
final class SummaryPrinter {
  private final PrintWriter out;
  private final Function<String, String> nameOfDocument;

  SummaryPrinter(PrintWriter out, Function<String, String> nameOfDocument) {
    this.out = out;
    this.nameOfDocument = nameOfDocument;
  }

  void print(Summit summit) {
    out.println(summit.name().orElse("(unnamed summit)"));
    List<String> facts = new ArrayList<>();
    summit.startDate().ifPresent(start -> facts.add(
        summit.endDate().filter(end -> !end.equals(start)).map(end -> start + " – " + end).orElse(start.toString())));
    summit.venue().ifPresent(facts::add);
    if (!facts.isEmpty()) {
      out.println("  " + String.join(", ", facts));
    }
    out.println("  " + DiagnosticLines.plural(summit.documents().size(), "document") + ": "
        + summit.documents().stream().map(d -> nameOfDocument.apply(d.id())).collect(Collectors.joining(", ")));

    for (Day day : summit.days()) {
      out.println();
      out.println(dayLine(day));
      List<Session> sessions = summit.sessions().stream()
          .filter(s -> s.day().orElse(-1) == day.number())
          .toList();
      if (sessions.isEmpty()) {
        out.println("  (no session in these posts)");
      }
      sessions.forEach(this::printSession);
    }
    List<Session> dayless = summit.sessions().stream()
        .filter(s -> s.day().isEmpty() || summit.findDay(s.day().get()).isEmpty())
        .toList();
    if (!dayless.isEmpty()) {
      out.println();
      out.println("Sessions without a day");
      dayless.forEach(this::printSession);
    }

    out.println();
    out.println("Speakers: " + summit.speakers().size());
    long withFigure = summit.claims().stream().filter(c -> !c.quantities().isEmpty()).count();
    long figures = summit.claims().stream().mapToLong(c -> c.quantities().size()).sum();
    out.println("Claims: " + summit.claims().size() + " (" + withFigure + " with a figure; "
        + DiagnosticLines.plural(figures, "figure") + ")");
    out.println("Diagnostics: " + DiagnosticLines.counts(summit.diagnostics()));
  }

  private static String dayLine(Day day) {
    StringBuilder line = new StringBuilder("Day ").append(day.number());
    day.date().ifPresent(date -> line.append(", ").append(date));
    day.keyConcept().ifPresent(concept -> line.append(": ").append(concept));
    if (!day.coveredParts().isEmpty()) {
      line.append(" (")
          .append(day.coveredParts().stream().map(SummaryPrinter::lower).collect(Collectors.joining(", ")))
          .append(')');
    }
    return line.toString();
  }

  private void printSession(Session session) {
    String number = session.number().map(String::valueOf).orElse("-");
    out.printf("  %3s  %-10s %s%n", number, lower(session.kind()), session.title());
    if (!session.participants().isEmpty()) {
      out.println("                  " + session.participants().stream()
          .map(SummaryPrinter::participant)
          .collect(Collectors.joining(", ")));
    }
  }

  private static String participant(Participant p) {
    return p.name() + " (" + lower(p.role()) + ")";
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
