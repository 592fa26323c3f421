package dev.summit.export.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The differences a Markdown round trip of a broken post may still show, each a documented kind. Everything
 * else must round-trip: a difference of no known kind fails the fuzz test.
 */
enum RoundTripResidue {
  /**
   * A text differs only in emphasis markers, backticks, white space or a trailing colon: the parser cleans
   * such text up differently when it reads its own cleaned-up text again. Causes left: a backtick beside a key
   * term, a callout's term (not normalised like other text). Fixed: {@code **} pairs a first clean-up pass
   * left, credits and a summit name that kept spaces, the colon at the end of a callout's term.
   */
  MARKER_TEXT,
  /**
   * A person's organisation, position, aliases or affiliation text differ (never their name, role or count).
   * Cause left: the parser kept the agenda's organisation and the detail's position, and no affiliation in the
   * detail splits into exactly that pair (the detail's organisation came from the parts before a position
   * without position words, {@code Org A, Org B 회장} in the agenda and {@code Org A, Org B 직함} in the detail).
   * Fixed: an organisation or position only the detail gave, a detail's spelling variant (alias), an affiliation
   * whose parenthesis never closes, a position without an organisation.
   */
  PEOPLE_DETAILS,
  /**
   * A session's or day's key terms differ: the parser collects them in the post's block order, which the
   * model's nesting of claims does not keep (a paragraph continuing a bullet is read after the bullet's
   * nested list).
   */
  KEY_TERMS;

  private static final Pattern PEOPLE = Pattern.compile(
      "\\.speakers\\[\\d+]\\.(organization|position|aliases.*)|\\.sessions\\[\\d+]\\.participants\\[\\d+]\\.affiliation");
  private static final Pattern KEY_TERM = Pattern.compile("\\.(sessions|summit\\.days)\\[\\d+]\\.keywords.*");
  private static final Pattern MARKERS = Pattern.compile("[*`\\s]");

  /**
   * The kinds the differences between the original model and the re-read one fall into; empty when one
   * difference is of no known kind, or when there is no difference.
   */
  static Optional<Set<RoundTripResidue>> classify(JsonNode original, JsonNode again) {
    List<String> unknown = new ArrayList<>();
    Set<RoundTripResidue> kinds = EnumSet.noneOf(RoundTripResidue.class);
    diff("", original, again, kinds, unknown);
    return unknown.isEmpty() && !kinds.isEmpty() ? Optional.of(kinds) : Optional.empty();
  }

  private static String withoutMarkers(String text) {
    String t = MARKERS.matcher(text).replaceAll("");
    return t.endsWith(":") ? t.substring(0, t.length() - 1) : t;
  }

  /** The paths of the differences of no known kind, for a failure message. */
  static List<String> unknownDifferences(JsonNode original, JsonNode again) {
    List<String> unknown = new ArrayList<>();
    diff("", original, again, EnumSet.noneOf(RoundTripResidue.class), unknown);
    return unknown;
  }

  private static void diff(String path, JsonNode a, JsonNode b, Set<RoundTripResidue> kinds, List<String> unknown) {
    if (a != null && a.equals(b)) {
      return;
    }
    if (PEOPLE.matcher(path).matches()) {
      kinds.add(PEOPLE_DETAILS);
      return;
    }
    if (KEY_TERM.matcher(path).matches()) {
      kinds.add(KEY_TERMS);
      return;
    }
    if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
      unknown.add(path);
      return;
    }
    if (a.isTextual()) {
      if (withoutMarkers(a.asText()).equals(withoutMarkers(b.asText()))) {
        kinds.add(MARKER_TEXT);
      } else {
        unknown.add(path);
      }
    } else if (a.isObject()) {
      Set<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        diff(path + "." + name, a.get(name), b.get(name), kinds, unknown);
      }
    } else if (a.isArray() && a.size() == b.size()) {
      Iterator<JsonNode> x = a.elements();
      Iterator<JsonNode> y = b.elements();
      for (int i = 0; x.hasNext(); i++) {
        diff(path + "[" + i + "]", x.next(), y.next(), kinds, unknown);
      }
    } else {
      unknown.add(path);
    }
  }
}
