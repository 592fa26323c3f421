package dev.summit.examples;

import dev.summit.model.Claim;
import dev.summit.model.Quantity;
import dev.summit.model.Session;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Example 3: find every claim with a figure (a percentage, an amount of money, a power, a factor …), grouped
 * by unit, with the speaker the claim is attributed to.
 *
 * <pre>java -cp examples/target/summit.jar dev.summit.examples.FiguresExample [POST.md…]</pre>
 */
public final class FiguresExample {
  private FiguresExample() {}

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

  /** One figure, with the claim and session it was read from. */
  record Figure(Quantity quantity, Claim claim, Session session) {}

  /** Prints the figures grouped by normalised unit (units in alphabetical order, figures in summit order). */
  public static void print(Summit summit, PrintStream out) {
    Map<String, List<Figure>> byUnit = new TreeMap<>();
    for (Session session : summit.sessions()) {
      for (Claim claim : session.claims()) { // every claim of the session, nested ones included
        for (Quantity quantity : claim.quantities()) {
          byUnit.computeIfAbsent(quantity.unit(), unit -> new ArrayList<>())
              .add(new Figure(quantity, claim, session));
        }
      }
    }
    if (byUnit.isEmpty()) {
      out.println("No claim with a figure.");
      return;
    }
    byUnit.forEach((unit, figures) -> {
      out.println(unit + " (" + figures.size() + ")");
      for (Figure f : figures) {
        out.printf("  %s  \"%s\"  session %s, %s: %s%n",
            value(f.quantity()), f.quantity().text(),
            f.session().number().map(String::valueOf).orElse("-"),
            speakers(summit, f.claim()), f.claim().text());
      }
    });
  }

  /** The value, or the range for a figure such as "10~15%". Whole numbers print without a decimal point. */
  static String value(Quantity q) {
    return number(q.value()) + q.upperValue().map(upper -> "–" + number(upper)).orElse("");
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : String.valueOf(value);
  }

  /** The speakers a claim is attributed to, or "unattributed" when the post does not say for sure. */
  static String speakers(Summit summit, Claim claim) {
    if (claim.speakerIds().isEmpty()) {
      return "unattributed";
    }
    return claim.speakerIds().stream()
        .map(id -> summit.findSpeaker(id).map(Speaker::name).orElse(id))
        .collect(Collectors.joining(" & "));
  }
}
