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
 * The kinds of difference a Markdown round trip of a randomly broken post may still show, with the causes left
 * and those fixed. The fuzz test's random run counts differences by kind ("unclassified" for one of no kind
 * here); the fixed seeds allow none.
 *
 * <p>Unclassified causes fixed: an image whose destination (with its escapes) is too long for one inline piece,
 * now written by reference (random seeds 363494856586388, -3154155233142051, 9162711233224586668); an empty claim
 * (-9238727); an end date that is none, now {@code endDate: null} (-27770198549); a title holding {@code **}
 * pairs (5451639201677535329); a day's {@code 핵심 키워드} item holding a label ({@code 내용: x}), which the
 * parser read as a listed session too (539954, -72588, -127871686, -40836080532978); a numbered section whose
 * first content besides images is a quote of label-shaped claims ({@code 내용: …}, {@code 발표자: …}) that a broken
 * line split from its header: written after the section's heading it read as a session header again, an extra
 * session; its label-shaped author claims are now code blocks (2634646998, 33010262, -35800348335291263,
 * -464530137488, -37024; fixture label-shaped-quote-opening-a-section.md). Such a claim that holds the session's
 * next key term stays a bullet, since a code block could not mark the term (harness seeds 10911, 16593 would lose
 * it): that shape may still give an extra session, none seen. The post's own content and its people (each with a
 * fixture in MarkdownRoundTripCasesTest): a title holding a NUL (-14456700553194); a header label nested in a
 * top-level item, which made it a listed session (-2408431, 15011794684814, -6925770172240713846; also 14979806683958,
 * 11610449855573); a speaker's claim led by times from a session's label quote (24059713699738, -8352751651629355); a single-session
 * post's session (22361675322902); a speaker spelling variant the session's text gave (이강욱 / 이강옥:
 * -247188785440976, -28468984137188407); an image between a review and the author's claims after it, which left an
 * author's claim amid a speaker's (94375098592070489, 183769); a broken participants line opening a parenthesis,
 * whose participant swallowed the others (1630911524360432539, -3074220379402046887); a credit's quote holding its
 * image, whose alt read as a callout marker (-434699730959157, a parser fix); an image whose alt reads as a timed
 * line, which in its own paragraph the parser took for a timed session (-15030303005855255, a parser fix); a day's
 * key concept in quotes (6346271028600332889). Seeds 34581 and 1499944 read back already before these fixes. Fixed
 * since, each with a fixture: a title that reads as a number, from a heading after a quote of
 * label-shaped claims opening the post, whose heading read as a session header (499787606; now in the front matter
 * alone, numbered-title-before-a-label-quote.md); a day's keyword item of an image alone, an empty keyword
 * (-529196832626364, a parser fix: no keyword; day-keyword-item-of-an-image.md); a review or a callout's term naming
 * labels after its (후기) or marker, which in a one-line quote the parser split at its labels into a single-session
 * post's label quote (24853, -177953316, a parser fix: a line of labels starts with one; review-naming-labels.md); a
 * timed title giving a date range, whose timed line gave the summit's dates (6427352269755825940, a parser fix: no
 * session header is an introduction; timed-title-giving-dates.md); an autolink keeping {@code &amp;}, which a link
 * destination decoded (92348; autolink-holding-a-reference.md); a run of escaped backslashes longer than the
 * parser's inline piece, cut mid-escape (2048526854, a parser fix;
 * run-of-escaped-backslashes-longer-than-a-piece.md); a callout past the nesting limit, whose term is plain text
 * there and keeps its colon (-755400; callout-past-the-nesting-limit.md); a section opened by a header-label claim
 * ({@code 발표자:x}) with nested claims, whose bullet after the section heading read as its label list (2582912; a
 * link reference definition now parts them; header-label-claim-with-children-opening-a-section.md). The seeds from
 * 24853 on are jqwik seeds of a long run ({@code -Dsummit.fuzz.window=800 -Dsummit.fuzz.wholeOneIn=5000}, which the
 * harness needs too); its other unclassified seeds (318107, -1706033343831806180, 1002092, 404700, 90899, 162887,
 * -40209, -171051, 5748337, -707356, -255005, -346676170) read back already on the main these fixes start from.
 *
 * <p>Session structure fixed (fixtures in MarkdownRoundTripCasesTest): a number whose first session has no labels
 * and comes again, whose agenda entry alone became the entry of the first's detail (-7482147,
 * -5861767193755642429; number-again-after-a-bare-heading.md); the panelists of an agenda entry read as a panel
 * and detailed as a keynote, which the parser now makes speakers (90723, -29321, 4136974, 2736873228613524;
 * panel-agenda-of-a-keynote.md); a keynote's agenda entry detailed as a panel, whose speaker on a 발표자 line made
 * the detail a keynote (3890509445307373, -283041; keynote-agenda-of-a-panel.md); a dialogue whose kind only the
 * agenda's title gave (279892502850425; dialogue-titled-only-by-the-agenda.md); an agenda name opening a
 * parenthesis it never closes, which kept the comma before the detail's moderator (503998392788;
 * name-opening-a-parenthesis.md); a listed session titled like a label, whose nested labels the parser read as
 * names (-894539536043, a parser fix; label-shaped-listed-title.md); a timed title with runs of spaces, which the
 * parser now collapses (-157185397; timed-title-with-runs-of-spaces.md); the honorific of a listed session's
 * speaker (-11694124; honorific-of-a-listed-speaker.md); bursts of a spliced session header repeated past the
 * session limit (33269, -35802, 3312671592631, -363578435171, -2774551422924522957): the limit counted headers,
 * and the export writes an agenda entry besides each detail, so the re-read post had more headers than the limit
 * and lost its last details; the parser's limit now counts sessions, an agenda entry and the detail completing
 * it one (session-header-burst-past-the-limit.md, read at small limits); a keynote whose only person the agenda
 * names as moderator and the detail as speaker, with the detail's organisation and position, which the detail
 * left out (-49909, 68288352819324510; keynote-of-an-agenda-moderator.md); a post titled by a numbered heading
 * before a quote of label-shaped author claims (499787606; numbered-title-before-a-label-quote.md). Unclassified
 * causes left, by the shape of the broken post (harness and jqwik seeds map to mutants alike):
 * <ul>
 *   <li>left from harness {@code random 100000 71} (1 of 100,000 after the fixes below; {@code random 100000 67}
 *       gives none now, 3 before, and {@code random 100000 41} none): a speaker whose name a mutation cut
 *       ({@code stephen-balaba-장}) reading back under the full name's id (10975297104014; seen before these
 *       fixes too, not examined yet).</li>
 *   <li>left from the long run on main {@code 0f98a83} ({@code -Pfuzz}, 1,000,000 jqwik inputs, 2026-11-28): 4
 *       differ, two {@link #MARKER_TEXT} and two unclassified (jqwik seeds 5547279472305323196, -1492467); not
 *       examined yet.</li>
 * </ul>
 *
 * <p>Fixed on branch rt-residue (harness seeds with the {@code random} run that found them; the harness's default
 * window settings), each with a fixture in MarkdownRoundTripCasesTest and a parser unit test where the parser
 * changed: a review's key terms lost once the review is written as a quote (32740909 of {@code random 100000 67};
 * -10462663, 117051329127 of {@code 41}; -85368747806690 of {@code 53}): a review's code spans are key terms
 * whether or not it is a quote (the lead's decision; the corpus afternoon post's session 5 gains 속도, 규모, 지속
 * 가능성), and the export marks them in the review (review-holding-key-terms.md); a key term lost in an image
 * credit's quote (3207889107362647 of {@code 53}): a credit quote's code spans are the image's key terms too, and
 * the export marks them there (image-credit-holding-key-terms.md); a callout term over a hard line break (see
 * {@link #MARKER_TEXT}; also -37990894 of {@code 53}, a term holding broken text over one); a claim of a thousand
 * nested quote markers (-247633158536 of {@code 53}): a claim in the deepest quote is written as a bullet there,
 * a list past the nesting limit, whose one paragraph the parser did not read (claim-in-the-deepest-quote.md);
 * the summit's dates and venue read from a link's text (17298982398 of {@code 67}): a link that followed a claim
 * in a nested list is written as a paragraph of its own, and a link or images alone are no introduction now
 * (link-in-a-nested-bullet-giving-dates.md); a day's introduction spliced into a section reading back as
 * speakers (897470733791 of {@code 29}): a quote of label-shaped claims opening a section, one holding a key
 * term and so a bullet, read as a session header's labels after the section's heading; a link reference
 * definition parts them now (label-shaped-quote-holding-a-key-term.md); a title made of runs of {@code * *}
 * (7051147584207045542 of {@code 29}): the title clean-up removed two markers per read
 * (title-ending-in-a-run-of-stray-markers.md); an organisation spliced from the introduction (33653674 of
 * {@code 67}, see {@link #PEOPLE_DETAILS}); a paragraph's key term given to an image read before its claim, which
 * an item nests apart from it (38383, -1113946134396173710 of {@code 71}, see {@link #KEY_TERMS}). The other two
 * of {@code random 100000 29}, a session's key terms missing one (106788020842337, -9153336266508819194), read
 * back after the review and credit fixes.
 *
 * <p>Fixed on branch rt-fresh, from seeds not used before: harness {@code random 100000 83} and {@code random
 * 100000 89} gave 2 and 4 of 100,000 on rt-residue's 7eb7877. A callout without a marker whose bold term of HTML
 * tags ({@code <strong>} bombs) fits the parser's one inline piece (8,192 chars) as the post wrote it, but not with
 * every {@code <} and {@code >} escaped: the bold was cut and the callout came back a quote (14137513391552394 of
 * {@code 89}); mid-line its {@code >} now go without a backslash when the line would not fit otherwise
 * (callout-term-of-tags-filling-an-inline-piece.md). The others were a speaker named twice in one header
 * (-538, three times, of {@code 89}; 121508377218173 and 39965641 of {@code 83}), the shape 7eb7877 broke and
 * fb369f8 fixed (see {@link #PEOPLE_DETAILS}). Both runs give 0 of 100,000 with these fixes, and so do
 * {@code random 100000 97} and {@code 101}. Left, from {@code random 100000 103} and {@code 107} (1 and 3 of
 * 100,000; not shrunk, no time left): the same marker-less callout term of tags, of {@code <br>} (-15377957056 of
 * {@code 107}): each grows from 4 chars to 5 even without the {@code >} escapes, so the line (8,228 chars) still
 * does not fit one piece; an affiliation {@code SBVA r**} reading back with the position in the organisation
 * (-5258444513 of {@code 103}); an author's claim reading back as Kai Fu Lee's, with a key term lost
 * (-6867684090460430 of {@code 107}); a key term holding {@code "**} and a comma lost (-28555266550729418 of
 * {@code 107}).
 */
enum RoundTripResidue {
  /**
   * A text differs only in emphasis markers, backticks, white space or a trailing colon: the parser cleans
   * such text up differently when it reads its own cleaned-up text again. Cause left: none seen. Fixed: a
   * callout's term over a hard line break, whose line break the export wrote as a space, and whose second line the
   * parser read into the callout's body too (random seeds -175668096733876, 224384 of {@code random 100000 41}):
   * the body now starts after the line the bold ends, and the export writes the break as a hard break in the bold
   * (callout-term-over-a-hard-line-break.md); a callout term led or ended by no-break spaces, which came back in its {@code **} (random seeds -3157074925170,
   * -31912844266493; fixture callout-term-with-no-break-spaces.md), a section
   * title that kept {@code **} before its trailing colon (647870578875094266), {@code **} pairs a first clean-up pass left,
   * credits and a summit name that kept spaces, the colon at the end of a callout's term, a callout term or a
   * day's key concept too long for one inline piece (bold cut), a day's description joined from items.
   */
  MARKER_TEXT,
  /**
   * A person's organisation, position, aliases or affiliation text differ (never their name, role or count).
   * Cause left: none seen. Fixed: a detail's organisation and position that no balanced affiliation gives back
   * (a position opening a parenthesis), beside an agenda's shorter pair, which the export wrote instead, leaving
   * the rest to the speaker's other sessions when there were none (random seed 33653674 of {@code random 100000
   * 67}; detail-position-opening-a-parenthesis.md; a first form of that fix broke a speaker named twice in one
   * agenda entry, -538, 110804, 3973434682141779 of the same run: speaker-twice-with-a-comma-in-the-organisation.md);
   * an agenda affiliation left open by unbalanced brackets after
   * its position word ({@code CEO](](](…}, random seed -7659386331), an affiliation of parts after pipes ({@code Name | Position |
   * Organisation}, -34662794013094), an agenda's position after a pipe kept beside the detail's (-198595),
   * organisation and position now come as a pair from agenda or detail, and the export checks with
   * {@link dev.summit.model.Affiliation} that the detail it writes gives them back; an organisation or
   * position only the detail gave, a detail's spelling variant (alias), an affiliation whose parenthesis never
   * closes, a position without an organisation, an honorific only the agenda gave.
   */
  PEOPLE_DETAILS,
  /**
   * A session's or day's key terms differ. Cause left: a term in an author's claim amid a speaker's content
   * that the export still writes as a code block, where no term can be marked (none seen). Fixed: a review
   * holding key terms in code spans as a paragraph, which the export writes as a quote, whose code spans the
   * parser read as no terms (random seeds -10462663, 117051329127 of {@code random 100000 41}): a review's code
   * spans are terms whether or not it is a quote, which gives the corpus afternoon post's session 5 three more
   * (its review quote holds 속도, 규모, 지속 가능성); an image credit's the same way (3207889107362647 of
   * {@code random 100000 53}); a paragraph's term given to an image read before its claim, which an item nests
   * apart from the claim, so the terms' order put it after the next item's and the export, marking in that order,
   * lost it and every term after it (38383, -1113946134396173710 of {@code random 100000 71};
   * key-term-in-a-nested-item-beside-an-image.md); terms are listed in the model's order (a paragraph continuing a bullet after the bullet's
   * nested list), a term holding backticks, two terms side by side; author's claims after a link or a derived
   * timeline that follow a credit stay bullets in its quote (random seeds 1564735691, -55627029349); a term in
   * a callout's term that its body never names is marked there (246039).
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

  /** A difference between the two models: where, and the value in each (null when absent). */
  record Difference(String path, JsonNode original, JsonNode again) {}

  /** The paths of all the differences, for a failure message. */
  static List<String> differences(JsonNode original, JsonNode again) {
    return leafDifferences(original, again).stream().map(Difference::path).toList();
  }

  /** All the differences, down to the deepest object or same-length array that holds each. */
  static List<Difference> leafDifferences(JsonNode original, JsonNode again) {
    List<Difference> all = new ArrayList<>();
    diffAll("", original, again, all);
    return all;
  }

  private static void diffAll(String path, JsonNode a, JsonNode b, List<Difference> out) {
    if (a != null && a.equals(b)) {
      return;
    }
    if (a != null && b != null && a.isObject() && b.isObject()) {
      Set<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        diffAll(path + "." + name, a.get(name), b.get(name), out);
      }
    } else if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        diffAll(path + "[" + i + "]", a.get(i), b.get(i), out);
      }
    } else {
      out.add(new Difference(path, a, b));
    }
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
