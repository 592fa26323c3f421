package dev.summit.export.internal;

import static dev.summit.export.internal.MarkdownEscaper.escape;
import static dev.summit.export.internal.MarkdownEscaper.escapeFlat;
import static dev.summit.export.internal.MarkdownEscaper.escapeInline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summit.model.Affiliation;
import dev.summit.model.Callout;
import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ComparisonRow;
import dev.summit.model.ComparisonTable;
import dev.summit.model.Content;
import dev.summit.model.ContentType;
import dev.summit.model.Day;
import dev.summit.model.Image;
import dev.summit.model.Link;
import dev.summit.model.NameSpelling;
import dev.summit.model.Participant;
import dev.summit.model.Quote;
import dev.summit.model.Review;
import dev.summit.model.Role;
import dev.summit.model.Section;
import dev.summit.model.Session;
import dev.summit.model.SessionKind;
import dev.summit.model.SourceDocument;
import dev.summit.model.Summit;
import dev.summit.model.TableOrigin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a summit as one recap post, in the shape the parser reads: front matter, title, introduction, day
 * concepts, agenda, then each session with its labels, sections and content. Every text goes through
 * {@link MarkdownEscaper}. Derived comparisons and timelines are not written: the parser derives them again
 * from the claims.
 */
public final class MarkdownWriter {
  /** A claim that the parser would read as a label line if it stood in a session's label list. */
  private static final Pattern LABEL_SHAPED = Pattern.compile(
      "\\s*[가-힣A-Za-z]{1,12}(?: [가-힣A-Za-z]{1,12})?\\s*[:：]");
  /**
   * A text that starts with a label of a session header's label block (speakers, participants, moderator, summary,
   * English title), as the parser reads one.
   */
  private static final Pattern HEADER_LABEL = Pattern.compile("\\s*(?i:발표자|연사|발표|speakers?|presenter|참여자|참석자"
      + "|패널|패널리스트|participants|panelists|panel|moderator|모더레이터|사회|사회자|좌장|진행|내용|요약|summary"
      + "|영어 제목|영문 제목|english title)\\s*[:：]");
  /** A title that reads as a section or session number ({@code 2.1 Title}, {@code 3.}). */
  private static final Pattern NUMBER_SHAPED = Pattern.compile("\\d{1,4}(?:\\.\\d{1,3}){0,4}\\.?(?:\\s|$)");
  /** A text the parser would read as a timed session header ({@code 09:00 - 09:30: title}) in a bullet. */
  private static final Pattern TIMED_SHAPED = Pattern.compile("\\s*\\d{1,2}:\\d{2}\\s*(?:-|–|~|to)\\s*\\d{1,2}:\\d{2}");
  /** A text the parser would read as a review ({@code (후기) …}, {@code 개인 의견: …}). */
  private static final Pattern REVIEW_SHAPED = Pattern.compile(
      "[(\\[（]\\s*(?:후기|개인\\s*의견|개인\\s*생각|참고|느낀\\s*점|review|note|opinion)\\s*[)\\]）]"
          + "|(?:후기|개인\\s*의견|느낀\\s*점)\\s*[:：]", Pattern.CASE_INSENSITIVE);
  private static final int LONG_TITLE = 4_096;
  /** The longest paragraph (its lines and their line ends) the parser reads inline in one piece. */
  private static final int ONE_PIECE = 2 * 4_096;
  /**
   * The parser's default nesting limit (ParserLimits.DEFAULT): a container deeper than this is read as one
   * paragraph of its plain text.
   */
  private static final int MAX_NESTING = 64;
  /** The quotes the parser drops at both ends of a day's key concept. */
  private static final String QUOTES = "\"“”'";
  private static final String SPEAKER_LABEL = "발표자";
  /** The words that make a title a panel's or a dialogue's, as the parser finds them (라운드 테이블 by its first). */
  private static final List<String> KIND_WORDS = List.of("패널", "panel", "roundtable", "토론", "라운드", "대담", "좌담",
      "fireside", "dialogue", "conversation");
  private static final String PARTICIPANTS_LABEL = "참여자";
  private static final String MODERATOR_LABEL = "Moderator";
  /** The words that make a comma part of an affiliation mark a moderator, as the parser reads them. */
  private static final Set<String> MODERATOR_WORDS = Set.of("moderator", "모더레이터", "사회", "사회자", "좌장", "진행");

  private final Summit summit;
  /** The quote whose label-shaped author claims are written as code blocks, if any. */
  private Content labelsVerbatimIn;
  /** Whether the quote being written is {@link #labelsVerbatimIn}. */
  private boolean labelsVerbatim;
  private final StringBuilder out = new StringBuilder();
  private final Map<Integer, Session> firstOfNumber = new HashMap<>();
  /** The numbers more than one session has. */
  private final Set<Integer> numbersAgain = new java.util.HashSet<>();
  /** The speakers by id, the first of an id winning as a search of the list would. */
  private final Map<String, dev.summit.model.Speaker> speakersById = new HashMap<>();
  /** Per speaker id, how many of the speaker's spelling variants a detail has written. */
  private final Map<String, Integer> variantsWritten = new HashMap<>();
  /** The current session's keywords still to be marked as code, in order. */
  private List<String> pendingKeywords = List.of();
  /** How many times each speaker is a participant (in a session, or twice in one), by speaker id. */
  private final Map<String, Integer> participations = new HashMap<>();
  /** How many images have had their destination written as a reference definition. */
  private int longImages;

  private MarkdownWriter(Summit summit) {
    this.summit = summit;
    for (Session s : summit.sessions()) {
      s.number().ifPresent(n -> {
        if (firstOfNumber.putIfAbsent(n, s) != null) {
          numbersAgain.add(n);
        }
      });
    }
    for (dev.summit.model.Speaker speaker : summit.speakers()) {
      speakersById.putIfAbsent(speaker.id(), speaker);
    }
    for (Session s : summit.sessions()) {
      for (Participant p : s.participants()) {
        participations.merge(p.speakerId(), 1, Integer::sum);
      }
    }
  }

  /** The participant's speaker. */
  private Optional<dev.summit.model.Speaker> speaker(Participant p) {
    return Optional.ofNullable(speakersById.get(p.speakerId()));
  }

  /** The post. */
  public static String write(Summit summit) {
    MarkdownWriter w = new MarkdownWriter(summit);
    w.post();
    return w.out.toString();
  }

  private void post() {
    Optional<SourceDocument> doc = summit.documents().stream().findFirst();
    // an untitled post stays untitled: a made-up title would come back as the post's own on re-reading
    Optional<String> title = doc.flatMap(SourceDocument::title);
    frontMatter(title, doc);
    // the parser takes the heading as the title only when it reads as the same text; a title over several
    // lines, or with spaces the parser collapses, stays in the front matter alone
    title.filter(MarkdownWriter::readsAsItsHeading).ifPresent(t -> {
      line("", "# " + escapeInline(t));
      blank("");
    });
    doc.flatMap(SourceDocument::sourceUrl).ifPresent(url -> {
      line("", "원본 게시글: " + escapeInline(url));
      blank("");
    });
    pendingKeywords = List.of();
    // the author's claims are bullets, not paragraphs: the parser takes the summit's dates, name and venue from
    // the first paragraph that gives a date range, and here they come from the front matter
    for (SourceDocument d : summit.documents()) {
      contents(d.content(), "", ClaimKind.AUTHOR);
    }
    for (Day day : summit.days()) {
      day(day);
    }
    agenda();
    line("", "---");
    blank("");
    for (Session s : summit.sessions()) {
      session(s);
    }
  }

  /**
   * Whether a heading holding the title reads back as it: the parser collapses runs of white space and no-break
   * spaces in a heading to one space and drops them at its ends, and drops {@code **} pairs.
   */
  private static boolean readsAsItsHeading(String title) {
    if (title.indexOf('\u0000') >= 0) {
      // only the front matter can give a NUL (an escape): Markdown reads one, or its character reference, as U+FFFD
      return false;
    }
    if (NUMBER_SHAPED.matcher(title).lookingAt()) {
      // a numbered heading reads as a session's header when label-shaped lines follow it (a quote of 발표자: …
      // claims opening the post): the front matter alone gives such a title
      return false;
    }
    if (title.contains("**")) {
      // the parser drops ** pairs it finds left as text in a heading (bold before a particle), and an escaped
      // pair reads as such a pair: the heading would not read as the title
      return false;
    }
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00A0';
      if (space && (c != ' ' || i == 0 || i == title.length() - 1 || title.charAt(i + 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  private void frontMatter(Optional<String> title, Optional<SourceDocument> doc) {
    ObjectNode fm = Mappers.yaml().createObjectNode();
    title.ifPresent(t -> fm.put("title", t));
    doc.flatMap(SourceDocument::date).ifPresent(d -> fm.put("date", d.toString()));
    List<String> tags = doc.map(SourceDocument::tags).orElse(List.of());
    if (!tags.isEmpty()) {
      ArrayNode t = fm.putArray("tags");
      tags.forEach(t::add);
    }
    summit.year().ifPresent(y -> fm.put("year", String.valueOf(y)));
    // The summit's own facts, for readers of the front matter (the corpus states them in the introduction).
    summit.name().ifPresent(v -> fm.put("event", v));
    summit.venue().ifPresent(v -> fm.put("venue", v));
    summit.startDate().ifPresent(v -> fm.put("startDate", v.toString()));
    summit.endDate().ifPresentOrElse(v -> fm.put("endDate", v.toString()), () -> {
      // a start date alone reads as an event of one day: a summit with no end date says so
      if (summit.startDate().isPresent()) {
        fm.putNull("endDate");
      }
    });
    try {
      out.append("---\n").append(Mappers.yaml().writeValueAsString(fm)).append("---\n\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write front matter", e);
    }
  }

  private void day(Day day) {
    if (day.keyConcept().isEmpty() && day.description().isEmpty() && day.keywords().isEmpty()) {
      return;
    }
    line("", "**Day " + day.number() + " 주요 컨셉 및 주제 정의**");
    blank("");
    // an empty concept stays empty: in quotes and bold it would come back as its markers
    // a concept too long for one inline piece is not bold: the bold would be cut and stay as text
    // the parser drops the quotes that lead and end the concept: one that starts or ends with a quote of its own
    // is set apart from the outer quotes by a space, which stops that
    day.keyConcept().ifPresent(k -> {
      String space = !k.isEmpty() && (QUOTES.indexOf(k.charAt(0)) >= 0 || QUOTES.indexOf(k.charAt(k.length() - 1)) >= 0)
          ? " " : "";
      line("", "* `Key-Concept` :" + (MarkdownEscaper.flatten(k).isEmpty() ? "" : escapeInline(k).length() >= LONG_TITLE
          ? " \"" + space + escapeInline(k) + space + "\"" : " \"" + space + "**" + escapeInline(k) + "**" + space + "\""));
    });
    day.description().ifPresent(d -> line("", "* " + escape(d)));
    if (!day.keywords().isEmpty()) {
      line("", "* **핵심 키워드**:");
      blank("");
      for (String k : day.keywords()) {
        line("", "  + " + escape(k));
      }
    }
    blank("");
  }

  /**
   * The agenda: one entry per numbered session. The parser keeps one detailed section per number (a number that
   * comes again makes the earlier header an agenda entry), and a second session with that number comes from the
   * agenda alone; so such a session is written in the agenda only, with all its labels.
   */
  private void agenda() {
    for (Session s : summit.sessions()) {
      Optional<String> kindWord = kindWord(s);
      // the first session of a number that comes again has its entry before the next one's, which would
      // otherwise be the entry of its detail
      boolean numberAgain = s.number().isPresent() && numbersAgain.contains(s.number().get());
      if (s.number().isEmpty() || isDetailed(s) && !hasAgendaLabels(s) && kindWord.isEmpty() && !numberAgain) {
        // the agenda lists numbered sessions with labels: a bare bold header is no session header
        continue;
      }
      // the agenda's title gives the kind neither the detail's title nor its people give; the detail's is kept
      String title = escapeInline(s.title()) + kindWord.map(w -> " (" + w + ")").orElse("");
      // the parser reads a paragraph of over 8,192 chars in pieces, and bold across a cut stays text: a long
      // title is set after a bold number, which leads the line as well
      line("", title.length() < LONG_TITLE ? "**" + s.number().get() + ". " + title + "**"
          : "**" + s.number().get() + ".** " + title);
      blank("");
      if (isDetailed(s)) {
        int before = out.length();
        participants(s, speakersFromAgenda(s) ? s.participants().stream().filter(p -> p.role() == Role.SPEAKER)
            .toList() : s.participants(), "", false);
        s.summary().ifPresent(v -> line("", "* **내용:** " + escapeInline(v)));
        if (out.length() == before) {
          // an entry needs a label to be one (a number that comes again, a kind's word): an empty summary adds
          // nothing
          line("", "* **내용:**");
        }
      } else {
        labels(s, "", false);
      }
      blank("");
    }
    // an unnumbered session without times or content is what a list item holding a title and its labels gives;
    // + is no top-level bullet elsewhere, so these items never join the list before them
    for (Session s : summit.sessions()) {
      if (isListed(s)) {
        line("", "+ " + escape(s.title()));
        labels(s, "  ", false);
        blank("");
      }
    }
  }

  private static String time(Session s) {
    return SummitJsonTree.time(s.start().orElseThrow()) + s.end().map(e -> " - " + SummitJsonTree.time(e)).orElse("");
  }

  private static boolean hasAgendaLabels(Session s) {
    return !s.participants().isEmpty() || s.summary().isPresent() || s.kind() == SessionKind.KEYNOTE;
  }

  private static boolean isListed(Session s) {
    return s.number().isEmpty() && !isTimed(s) && s.content().isEmpty() && s.sections().isEmpty();
  }

  private static boolean isTimed(Session s) {
    return s.start().isPresent() && s.end().isPresent();
  }

  /** Whether the session gets a detailed section: it is the first of its number, or has none. */
  private boolean isDetailed(Session s) {
    return s.number().isEmpty() || firstOfNumber.get(s.number().get()) == s;
  }

  private void session(Session s) {
    if (!isDetailed(s) || isListed(s)) {
      return;
    }
    pendingKeywords = new ArrayList<>(s.keywords());
    boolean timedLine = s.number().isEmpty() && isTimed(s);
    if (timedLine) {
      // without a number, a session header is a timed line: "09:00 - 09:30: title"
      line("", time(s) + ": " + escapeInline(s.title()));
      blank("");
    } else if (s.number().isPresent()) {
      line("", "## " + numberedTitle(String.valueOf(s.number().get()), s.title()));
      blank("");
    } else {
      // neither numbered nor timed: a single-session post, whose header is a quote of labels holding its title
      line("> ", "* **제목:** " + escapeInline(s.title()));
    }
    labels(s, "> ", true, !timedLine);
    // a speaker's claim led by times, as a bullet, would be a timed session header: the parser reads such claims
    // at the start of a session's content from its label quote, where they stay the session's content
    int lead = 0;
    while (lead < s.content().size() && s.content().get(lead) instanceof Claim c && c.kind() == ClaimKind.SPEAKER
        && TIMED_SHAPED.matcher(c.text()).lookingAt()) {
      claim(c, "> ", "", "*", ClaimKind.SPEAKER);
      lead++;
    }
    blank("");
    contents(s.content().subList(lead, s.content().size()), "", ClaimKind.SPEAKER);
    for (Section section : s.sections()) {
      section(section, 1);
    }
  }

  private void labels(Session s, String q, boolean inDetail) {
    labels(s, q, inDetail, true);
  }

  private void labels(Session s, String q, boolean inDetail, boolean withTime) {
    int before = out.length();
    participants(s, inDetail ? detailPeople(s) : s.participants(), q, inDetail);
    s.englishTitle().ifPresent(v -> line(q, "* **영어 제목:** " + escapeInline(v)));
    s.track().ifPresent(v -> line(q, "* **트랙:** " + escapeInline(v)));
    if (s.start().isPresent() && withTime) {
      line(q, "* **시간:** " + time(s));
    }
    s.summary().ifPresent(v -> line(q, "* **내용:** " + escapeInline(v)));
    if (out.length() == before) {
      // a header is a session's only with a label block: an empty summary is one that adds nothing
      line(q, "* **내용:**");
    }
  }

  /** The participants a session's detail names; its agenda entry brings in the others. */
  private List<Participant> detailPeople(Session s) {
    List<Participant> people = s.participants();
    if (kindWord(s).isPresent()) {
      // a detail naming no one reads as no kind: the agenda's title and people give it
      return List.of();
    }
    boolean moderated = people.stream().anyMatch(p -> p.role() == Role.MODERATOR);
    if (s.kind() == SessionKind.KEYNOTE && moderated && s.number().isPresent()) {
      // a moderated keynote comes from a detail that names no moderator: its agenda entry brings them in. A
      // keynote whose only people are moderators, with an affiliation of the detail's that names no moderator,
      // had them as its detail's speakers (the agenda gave the role)
      List<Participant> speakers = people.stream().filter(p -> p.role() != Role.MODERATOR).toList();
      people = speakers.isEmpty() && people.stream().noneMatch(p -> piped(p) || marksModerator(detailAffiliation(p)))
          ? people : speakers;
    } else if (s.kind() == SessionKind.DIALOGUE && readsAsPanel(people) && s.number().isPresent()) {
      // the detail alone decides the kind, and it named two: the agenda entry brings in the others
      people = people.stream().filter(p -> p.role() != Role.MODERATOR).limit(2).toList();
    }
    return people;
  }

  /**
   * The word (대담, 패널) an agenda title needs to give a dialogue's or panel's kind when neither the title nor the
   * participants give it (an agenda entry titled 대담, detailed under another title without labels, makes a
   * dialogue of one speaker); empty for any other session.
   */
  private Optional<String> kindWord(Session s) {
    if (s.kind() != SessionKind.PANEL && s.kind() != SessionKind.DIALOGUE || s.number().isEmpty() || !isDetailed(s)
        || s.track().isPresent()) {
      return Optional.empty();
    }
    Optional<SessionKind> byCount = countKind(s.participants());
    if (byCount.equals(Optional.of(s.kind())) || byCount.equals(Optional.of(SessionKind.PANEL))) {
      // the people give the kind, or a dialogue's detail names two of them (detailPeople)
      return Optional.empty();
    }
    String title = s.title().toLowerCase(Locale.ROOT);
    for (String word : KIND_WORDS) {
      if (title.contains(word)) {
        // the title gives a kind (or might): it stays as it is
        return Optional.empty();
      }
    }
    return Optional.of(s.kind() == SessionKind.PANEL ? "패널" : "대담");
  }

  /** The kind the parser gives a header by how many it names, as PANEL, DIALOGUE or none. */
  private static Optional<SessionKind> countKind(List<Participant> people) {
    long moderators = people.stream().filter(p -> p.role() == Role.MODERATOR).count();
    long others = people.size() - moderators;
    return others >= 3 || moderators > 0 && others >= 2 ? Optional.of(SessionKind.PANEL)
        : others == 2 || moderators > 0 && others == 1 ? Optional.of(SessionKind.DIALOGUE) : Optional.empty();
  }

  /**
   * Whether the session is a panel whose speakers (and no moderator) come first and only its agenda entry names
   * them as such: the parser keeps the detail's kind and the agenda's roles, and puts those the agenda leaves out
   * after those it names.
   */
  private boolean speakersFromAgenda(Session s) {
    List<Participant> people = s.participants();
    if (s.kind() != SessionKind.PANEL || s.number().isEmpty() || !isDetailed(s) || people.isEmpty()
        || kindWord(s).isPresent()
        || people.get(0).role() != Role.SPEAKER || people.stream().anyMatch(p -> p.role() == Role.MODERATOR)) {
      return false;
    }
    int speakers = 0;
    while (speakers < people.size() && people.get(speakers).role() == Role.SPEAKER) {
      speakers++;
    }
    for (int i = speakers; i < people.size(); i++) {
      if (people.get(i).role() == Role.SPEAKER) {
        return false;
      }
    }
    return speakers < people.size();
  }

  /** Whether these participants alone make a panel: three besides the moderator, or two and a moderator. */
  private static boolean readsAsPanel(List<Participant> people) {
    long moderators = people.stream().filter(p -> p.role() == Role.MODERATOR).count();
    long others = people.size() - moderators;
    return others >= 3 || moderators > 0 && others >= 2;
  }

  /**
   * The participants as label lines, one per run of participants that share a label, so that each comes back
   * with its role and in its order: 발표자 for speakers, 참여자 for panelists, and a Moderator line for a moderator
   * whose affiliation does not mark them as one. The parser turns 참여자 into speakers outside a panel, and reads
   * a 발표자 line without a moderator as a keynote, so outside a keynote or panel speakers are written as 참여자.
   * A keynote without participants keeps an empty 발표자 line: that label alone is what made it a keynote.
   * In the session's own header ({@code withHonorific}), a speaker's honorific (교수) follows the name, as posts
   * write it there.
   */
  private void participants(Session s, List<Participant> people, String prefix, boolean withHonorific) {
    if (people.isEmpty()) {
      if (s.kind() == SessionKind.KEYNOTE) {
        line(prefix, "* **" + SPEAKER_LABEL + ":**");
      }
      return;
    }
    // a dialogue's agenda entry names more than its detail: as 참여자 they would read as panelists
    boolean dialogueAgenda = !withHonorific && s.kind() == SessionKind.DIALOGUE && readsAsPanel(people);
    // a panel's speakers without a moderator come from its agenda entry: a 발표자 line in the detail would make
    // it a keynote, so the detail names them with the panelists, and the agenda, naming the speakers alone,
    // gives their role
    boolean speakersFromAgenda = withHonorific && speakersFromAgenda(s);
    String speakerLabel = (s.kind() == SessionKind.KEYNOTE || s.kind() == SessionKind.PANEL
        || s.kind() == SessionKind.TRACK_TALK || dialogueAgenda) && !speakersFromAgenda
        ? SPEAKER_LABEL : PARTICIPANTS_LABEL;
    // a keynote's detail naming only the agenda's moderators named them as its speakers (detailPeople): as a
    // Moderator line they would make it no keynote
    boolean keynoteOfModerators = withHonorific && s.kind() == SessionKind.KEYNOTE
        && people.stream().allMatch(p -> p.role() == Role.MODERATOR);
    String runLabel = null;
    List<String> run = new ArrayList<>();
    for (Participant p : people) {
      boolean piped = piped(p);
      // one the agenda leaves out has the detail's own affiliation and spelling
      boolean detailOnly = speakersFromAgenda && p.role() != Role.SPEAKER;
      // an affiliation the post gave after pipes (Name | Position | Organisation) is written so again, in the
      // detail too: in parentheses it would be one organisation
      String affiliation = withHonorific && s.number().isPresent() && !piped && !detailOnly ? detailAffiliation(p)
          : p.affiliation().orElse("");
      boolean markedModerator = marksModerator(affiliation);
      String label = switch (p.role()) {
        case SPEAKER -> speakerLabel;
        case PANELIST -> PARTICIPANTS_LABEL;
        case MODERATOR -> markedModerator ? (runLabel != null ? runLabel : PARTICIPANTS_LABEL)
            : keynoteOfModerators ? SPEAKER_LABEL : MODERATOR_LABEL;
      };
      if (runLabel != null && !label.equals(runLabel)) {
        line(prefix, "* **" + runLabel + ":** " + String.join(", ", run));
        run.clear();
      }
      runLabel = label;
      String name = withHonorific && s.number().isPresent() && hasAgendaLabels(s) && !detailOnly
          ? detailSpelling(p, affiliation) : p.name();
      // the agenda gives the honorifics of those only it names, and of all a listed session names
      if (withHonorific || !isDetailed(s) || isListed(s) || !detailPeople(s).contains(p)) {
        Optional<String> honorific = speaker(p).flatMap(dev.summit.model.Speaker::honorific);
        if (honorific.isPresent() && !name.endsWith(honorific.get())) {
          name = name + " " + honorific.get();
        }
      }
      if (piped && name.equals(p.name())) {
        run.add(escapeInline(name) + " | " + escapeInline(affiliation));
        continue;
      }
      if (positionOnly(p, name, affiliation)) {
        // in parentheses one part without position words is an organisation; after a pipe it is a position
        run.add(escapeInline(name) + " | " + escapeInline(affiliation));
        continue;
      }
      if (unclosed(affiliation)) {
        // the parser reads an affiliation whose parenthesis never closes to the end of the line, as the post
        // gave it: a closing one would pair with the inner parenthesis and become text
        run.add(escapeInline(name) + " (" + escapeInline(affiliation));
        line(prefix, "* **" + runLabel + ":** " + String.join(", ", run));
        run.clear();
        continue;
      }
      String piece = escapeInline(name) + (affiliation.isEmpty() ? "" : " (" + escapeInline(affiliation) + ")");
      run.add(piece);
      if (leavesOpen(piece)) {
        // a name that leaves a parenthesis open (a broken line's whole rest) keeps the commas after it: the
        // participants after it start a line of their own
        line(prefix, "* **" + runLabel + ":** " + String.join(", ", run));
        run.clear();
      }
    }
    if (!run.isEmpty()) {
      line(prefix, "* **" + runLabel + ":** " + String.join(", ", run));
    }
  }

  /**
   * Whether the participant's affiliation is parts joined by pipes that, read as the parser reads
   * {@code Name | Position | Organisation, …}, give the speaker's position and organisation, and which nothing
   * else in the line would split: no parenthesis, comma or moderator word.
   */
  private boolean piped(Participant p) {
    String affiliation = p.affiliation().orElse("");
    if (affiliation.indexOf('|') < 0 || (p.name() + affiliation).chars().anyMatch(c -> c == '(' || c == '（'
        || c == ',' || c == '，' || c == '、') || p.name().indexOf('|') >= 0) {
      return false;
    }
    List<String> parts = new ArrayList<>();
    for (String part : affiliation.split("\\|")) {
      if (part.isBlank() || Affiliation.isModeratorWord(part)) {
        return false;
      }
      parts.add(part.strip());
    }
    Optional<dev.summit.model.Speaker> speaker = speaker(p);
    return String.join(" | ", parts).equals(affiliation) && parts.size() > 1
        && speaker.flatMap(dev.summit.model.Speaker::honorific).isEmpty()
        && speaker.flatMap(dev.summit.model.Speaker::position).equals(Optional.of(parts.get(0)))
        && speaker.flatMap(dev.summit.model.Speaker::organization)
            .equals(Optional.of(String.join(", ", parts.subList(1, parts.size()))));
  }

  /**
   * Whether the affiliation is written after a pipe, as a position: the speaker has no organisation, and the
   * affiliation spells their position alone, or in parentheses would give an organisation (a position word-less
   * one the post gave after a pipe, while the speaker's position came from the other side).
   */
  private boolean positionOnly(Participant p, String name, String affiliation) {
    Optional<dev.summit.model.Speaker> speaker = speaker(p);
    return !affiliation.isEmpty() && speaker.flatMap(dev.summit.model.Speaker::organization).isEmpty()
        && (speaker.flatMap(dev.summit.model.Speaker::position).equals(Optional.of(affiliation))
            || Affiliation.of(affiliation).organization().isPresent())
        && (name + affiliation).chars().noneMatch(c -> c == '(' || c == '（' || c == '|' || c == ','
            || c == '，' || c == '、');
  }

  /** Whether the text leaves a parenthesis open, as the parser counts them when it splits a line at commas. */
  private static boolean leavesOpen(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /** Whether a parenthesis opened before the affiliation stays open after it, as the parser pairs them. */
  private static boolean unclosed(String affiliation) {
    int depth = 1;
    for (int i = 0; i < affiliation.length() && depth > 0; i++) {
      char c = affiliation.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if (c == ')' || c == '）') {
        depth--;
      }
    }
    return depth > 1;
  }

  /**
   * A participant's name in a detail that has an agenda entry: the speaker's next spelling variant, which the
   * parser records as an alias when the agenda spells the name otherwise, or else the name.
   * The parser pairs the two spellings only when agenda and detail give the same organisation (or one gives
   * none); otherwise the variant came from the session's text, which gives it again, and the detail keeps the
   * name.
   */
  private String detailSpelling(Participant p, String detailAffiliation) {
    List<String> variants = speaker(p)
        .map(x -> x.aliases().stream().filter(a -> NameSpelling.variants(p.name(), a)).toList()).orElse(List.of());
    int written = variantsWritten.getOrDefault(p.speakerId(), 0);
    if (written >= variants.size() || !sameOrganisation(p.affiliation().orElse(""), detailAffiliation)) {
      return p.name();
    }
    variantsWritten.put(p.speakerId(), written + 1);
    return variants.get(written);
  }

  /** Whether two affiliations give the same organisation as the parser compares them, or one gives none. */
  private static boolean sameOrganisation(String a, String b) {
    Optional<String> x = Affiliation.of(a).organization();
    Optional<String> y = Affiliation.of(b).organization();
    return x.isEmpty() || y.isEmpty() || NameSpelling.key(x.get()).equals(NameSpelling.key(y.get()));
  }

  /**
   * A numbered session's participant in its detail, where the agenda gives the affiliation the model keeps: an
   * affiliation that, kept with the agenda's as the parser keeps them, gives the speaker's organisation and
   * position ({@link Affiliation} splits both as the parser does). The agenda's own comes first; the speaker's
   * organisation and position may have come from a detail that spelled the affiliation otherwise, or from
   * another session.
   */
  private String detailAffiliation(Participant p) {
    String affiliation = p.affiliation().orElse("");
    Optional<dev.summit.model.Speaker> speaker = speaker(p);
    String org = speaker.flatMap(dev.summit.model.Speaker::organization).orElse("");
    String position = speaker.flatMap(dev.summit.model.Speaker::position).orElse("");
    if (affiliation.isEmpty() || org.isEmpty() && position.isEmpty()) {
      // without an affiliation here, neither agenda nor detail gave one: the speaker's come from elsewhere
      return affiliation;
    }
    if (balanced(affiliation)) {
      // the first that splits (by the parser's rule) into what, kept with the agenda's, gives both back
      Affiliation agenda = Affiliation.of(affiliation);
      int comma = org.indexOf(", ");
      String[] candidates = {affiliation, join(org, ", ", position), join(org, " ", position),
          comma < 0 ? "" : join(org.substring(0, comma), ", ", position)};
      // else the first that gives nothing longer: the speaker's other participations give the rest. A speaker who
      // is this participant alone has none: then the pair written as the last resort below comes first, if it gives
      // both back (one whose position opens a parenthesis, which no balanced candidate can give)
      boolean elsewhere = participations.getOrDefault(p.speakerId(), 0) > 1;
      for (boolean exactly : new boolean[] {true, false}) {
        if (!exactly && !elsewhere && givesBack(agenda, Affiliation.of(pair(org, position)), org, position, true)) {
          return pair(org, position);
        }
        for (String candidate : candidates) {
          if (!candidate.isEmpty() && balanced(candidate)
              && givesBack(agenda, Affiliation.of(candidate), org, position, exactly)) {
            return candidate;
          }
        }
      }
    }
    int at = affiliation.indexOf(org);
    if (at >= 0 && (affiliation.substring(0, at) + affiliation.substring(at + org.length())).contains(position)
        && givesBack(Affiliation.of(affiliation), Affiliation.of(affiliation), org, position, false)) {
      // the affiliation spells both, so the agenda's alone gives them back (when the parser splits it so: not one
      // whose position word some text of unbalanced brackets follows)
      return affiliation;
    }
    return pair(org, position);
  }

  /** Organisation and position as one affiliation, as a detail writes them. */
  private static String pair(String org, String position) {
    // inside a parenthesis the organisation leaves open, a comma splits nothing: the position words end it
    return org.isEmpty() || position.isEmpty() ? (org + position) : org + (unclosed(org) ? " " : ", ") + position;
  }

  private static String join(String a, String separator, String b) {
    return a.isEmpty() || b.isEmpty() ? a + b : a + separator + b;
  }

  /** Whether the text's parentheses pair up, so that the parser reads it whole as an affiliation. */
  private static boolean balanced(String text) {
    int depth = 0;
    for (int i = 0; i < text.length() && depth >= 0; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if (c == ')' || c == '）') {
        depth--;
      }
    }
    return depth == 0;
  }

  /**
   * Whether agenda and detail, kept as the parser keeps them (as a pair from the side naming more of the two,
   * the longer when as many, the agenda's when as long; a missing one from the other side), give the
   * organisation and position; or, not {@code exactly}, nothing that would outweigh them.
   */
  private static boolean givesBack(Affiliation agenda, Affiliation detail, String org, String position,
      boolean exactly) {
    int named = named(agenda) - named(detail);
    boolean agendaKept = named != 0 ? named > 0 : length(agenda) >= length(detail);
    Affiliation kept = agendaKept ? agenda : detail;
    Affiliation other = agendaKept ? detail : agenda;
    return within(kept.organization().or(other::organization).orElse(""), org, exactly)
        && within(kept.position().or(other::position).orElse(""), position, exactly);
  }

  private static int named(Affiliation a) {
    return (a.organization().isPresent() ? 1 : 0) + (a.position().isPresent() ? 1 : 0);
  }

  private static int length(Affiliation a) {
    return a.organization().map(String::length).orElse(0) + a.position().map(String::length).orElse(0);
  }

  /** The value, or (not {@code exactly}) a shorter one, which the speaker's value outweighs. */
  private static boolean within(String value, String target, boolean exactly) {
    return value.equals(target) || !exactly && value.length() < target.length();
  }

  /**
   * Whether the parser reads the affiliation as marking a moderator: one of its comma parts outside
   * parentheses is a moderator word.
   */
  private static boolean marksModerator(String affiliation) {
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= affiliation.length(); i++) {
      char c = i < affiliation.length() ? affiliation.charAt(i) : ',';
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      } else if (i == affiliation.length() || depth == 0 && (c == ',' || c == '，' || c == '、')) {
        if (MODERATOR_WORDS.contains(affiliation.substring(start, i).strip().toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /**
   * A header's number and title. An unnumbered title that starts like a number is led by an escaped
   * {@code *}: the parser then reads no number, and drops the stray marker from the title.
   */
  private static String numberedTitle(String number, String title) {
    if (!number.isEmpty()) {
      return number + ". " + escapeInline(title);
    }
    String flat = MarkdownEscaper.flatten(title);
    return (NUMBER_SHAPED.matcher(flat).lookingAt() ? "\\*" : "") + escapeInline(title);
  }

  private void section(Section section, int depth) {
    String hashes = "#".repeat(Math.min(6, depth + 2));
    line("", hashes + " " + numberedTitle(section.number(), section.title()));
    blank("");
    // A section whose first content besides images is a claim led by a header label (발표자: …) with nested
    // claims is a bullet (a paragraph would lose them), and a list after the numbered heading holding it reads as
    // that heading's label list: the section would come back as another session. A link reference definition,
    // which the parser reads as nothing, stands between them.
    section.content().stream().filter(c -> c.type() != ContentType.IMAGE).findFirst()
        .filter(c -> c instanceof Claim claim && !claim.children().isEmpty() && isHeaderLabel(claim.text())
            || c instanceof Quote quote && holdsLabelShapedBullet(quote))
        .ifPresent(c -> {
          line("", "[section-" + MarkdownEscaper.escapeFlat(section.number(), false) + "]: <>");
          blank("");
        });
    // A quote that is a section's first content besides images reads, after the section's numbered heading,
    // as the label list of a session header when its claims are label-shaped (발표자: …, 내용: …): the
    // section would come back as another session. Its label-shaped author claims are written as code blocks,
    // which the parser reads as the same author claims and never as labels; not one holding the session's next
    // key term, which a code block could not mark, nor one with nested claims: such a quote has the reference
    // definition above between it and the heading.
    labelsVerbatimIn = section.content().stream().filter(c -> c.type() != ContentType.IMAGE).findFirst()
        .filter(c -> c.type() == ContentType.QUOTE).orElse(null);
    contents(section.content(), "", ClaimKind.SPEAKER);
    labelsVerbatimIn = null;
    for (Section sub : section.subsections()) {
      section(sub, depth + 1);
    }
  }

  /**
   * Whether the quote holds a label-shaped author claim that stays a bullet rather than a code block: one with
   * nested claims, or one holding a key term still to be marked (the next, or a later one).
   */
  private boolean holdsLabelShapedBullet(Quote quote) {
    for (Content c : quote.body()) {
      if (c instanceof Claim claim && claim.kind() == ClaimKind.AUTHOR && !claim.text().isBlank()
          && isLabelShaped(claim.text())) {
        if (!claim.children().isEmpty()) {
          return true;
        }
        String flat = MarkdownEscaper.flatten(claim.text());
        for (String k : pendingKeywords) {
          if (!k.isEmpty() && flat.contains(k)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Writes content blocks under a line prefix ({@code "> "} inside a quote). Claims become bullets, so
   * consecutive claims form one list.
   */
  private void contents(List<? extends Content> contents, String prefix, ClaimKind kind) {
    boolean inList = false;
    String bullet = "*";
    // After a credit or review quote, the author's claims that follow are written inside that quote: that is
    // where the parser finds author claims amid a speaker's (or an explainer's) content.
    boolean quoteOpen = false;
    for (int i = 0; i < contents.size(); i++) {
      Content c = contents.get(i);
      if (quoteOpen && !inList && c instanceof Link l && kind != ClaimKind.AUTHOR && i + 1 < contents.size()
          && contents.get(i + 1) instanceof Claim next && next.kind() == ClaimKind.AUTHOR) {
        // a link between an image's credit and the author's claims that follow stays in the credit's quote,
        // where those claims go, so that they stay bullets (a verbatim block could not mark key terms)
        trimTrailingBlank(prefix);
        blank(prefix + "> ");
        line(prefix + "> ", link(l));
        blank(prefix + "> ");
        continue;
      }
      if (quoteOpen && !inList && c instanceof Image img && img.credit().isEmpty() && kind != ClaimKind.AUTHOR
          && i + 1 < contents.size() && contents.get(i + 1) instanceof Claim next && next.kind() == ClaimKind.AUTHOR) {
        // an image between a review and the author's claims that follow stays in the review's quote, where those
        // claims go: after the image, outside it, they would be the speaker's (or code blocks, where no key term
        // can be marked)
        trimTrailingBlank(prefix);
        blank(prefix + "> ");
        image(img, prefix + "> ");
        continue;
      }
      if (quoteOpen && c.type() == ContentType.TIMELINE) {
        continue; // derived from the claims and not written: the author's claims after it stay in the quote
      }
      if (c instanceof Claim claim) {
        if (quoteOpen && claim.kind() == ClaimKind.AUTHOR && kind != ClaimKind.AUTHOR) {
          if (!inList) {
            trimTrailingBlank(prefix);
            blank(prefix + "> ");
          }
          claim(claim, prefix + "> ", "", bullet, ClaimKind.AUTHOR);
          inList = true;
          continue;
        }
        if (quoteOpen && inList) {
          blank(prefix);
          inList = false;
        }
        quoteOpen = false;
        if (isVerbatim(claim, kind) || labelsVerbatim && claim.kind() == ClaimKind.AUTHOR
            && claim.children().isEmpty() && !claim.text().isBlank() && isLabelShaped(claim.text())
            && !holdsNextKeyword(claim.text())) {
          if (inList) {
            blank(prefix);
            inList = false;
          }
          codeBlock(claim.text(), prefix);
          continue;
        }
        // A list right after a numbered heading that holds a "label: value" item makes that heading a session
        // header; a new bullet character starts a new list there, so the label-shaped claim is not in the
        // first one.
        boolean labelShaped = isLabelShaped(claim.text());
        if (labelShaped && inList) {
          bullet = bullet.equals("*") ? "-" : "*";
          blank(prefix);
        } else if (labelShaped && kind == ClaimKind.SPEAKER && claim.children().isEmpty()) {
          // first of a run: a paragraph, which no label list is
          line(prefix, claimText(claim.text()));
          blank(prefix);
          continue;
        }
        claim(claim, prefix, "", bullet, kind);
        inList = true;
        continue;
      }
      if (inList) {
        blank(prefix);
        inList = false;
      }
      quoteOpen = false;
      switch (c.type()) {
        case CALLOUT -> callout((Callout) c, prefix);
        case QUOTE -> {
          boolean outer = labelsVerbatim;
          labelsVerbatim = c == labelsVerbatimIn;
          contents(((Quote) c).body(), prefix + "> ", ClaimKind.AUTHOR);
          labelsVerbatim = outer;
          trimTrailingBlank(prefix + "> ");
          blank(prefix);
        }
        case TABLE -> table((ComparisonTable) c, prefix);
        case IMAGE -> {
          image((Image) c, prefix);
          quoteOpen = ((Image) c).credit().isPresent();
        }
        case LINK -> {
          line(prefix, link((Link) c));
          blank(prefix);
        }
        case REVIEW -> {
          review((Review) c, prefix);
          quoteOpen = true;
        }
        case TIMELINE -> { } // derived from the claims; the parser derives it again
        default -> throw new IllegalArgumentException("unknown content type " + c.type());
      }
    }
    if (inList) {
      blank(prefix);
    }
  }

  private static String link(Link l) {
    return "[" + escapeInline(l.text()) + "](" + MarkdownEscaper.destination(l.url()) + ")";
  }

  /** Whether the text reads as a label that makes a list a session header's label block. */
  private static boolean isHeaderLabel(String text) {
    return (text.indexOf(':') >= 0 || text.indexOf('：') >= 0) && HEADER_LABEL.matcher(text).lookingAt();
  }

  /** Whether the text reads as a label line; without a colon it cannot, and most claims have none. */
  private static boolean isLabelShaped(String text) {
    return (text.indexOf(':') >= 0 || text.indexOf('：') >= 0) && LABEL_SHAPED.matcher(text).lookingAt();
  }

  /**
   * Whether a claim is written as a code block, which the parser reads as an author's claim holding the text
   * as it is: an author's claim amid others' content (not after a credit or review quote), one whose text
   * spans lines, one that starts with times, which as a bullet would be a session header, or one that starts
   * like a review, which as a bullet would be one.
   */
  private static boolean isVerbatim(Claim claim, ClaimKind context) {
    if (claim.kind() != ClaimKind.AUTHOR || !claim.children().isEmpty() || claim.text().isBlank()) {
      return false;
    }
    return context != ClaimKind.AUTHOR || claim.text().indexOf('\n') >= 0
        || TIMED_SHAPED.matcher(claim.text()).lookingAt() || REVIEW_SHAPED.matcher(claim.text()).lookingAt();
  }

  /** A fenced code block, its fence longer than any run of backticks in the text. */
  private void codeBlock(String text, String prefix) {
    String fence = fenceFor(text);
    line(prefix, fence);
    for (String l : text.strip().split("\n", -1)) {
      line(prefix, l);
    }
    line(prefix, fence);
    blank(prefix);
  }

  /** A code fence longer than any run of backticks in the text, and at least three long. */
  private static String fenceFor(String text) {
    return "`".repeat(Math.max(3, MarkdownEscaper.longestRun(text, '`') + 1));
  }

  private void claim(Claim claim, String prefix, String indent, String bullet, ClaimKind context) {
    claim(claim, prefix, indent, indent, bullet, context);
  }

  /** A claim whose first line starts with {@code lead} (its indent, or more), its children under {@code indent}. */
  private void claim(Claim claim, String prefix, String lead, String indent, String bullet, ClaimKind context) {
    out.append(prefix).append(lead).append(bullet).append(' ').append(claimText(claim.text())).append('\n');
    for (Claim child : claim.children()) {
      if (isVerbatim(child, context)) {
        // an author's claim among a speaker's nested claims: a nested item holding only a code block
        String fence = fenceFor(child.text());
        line(prefix, indent + "  * " + fence);
        for (String l : child.text().strip().split("\n", -1)) {
          line(prefix, l.isEmpty() ? "" : indent + "    " + l);
        }
        line(prefix, indent + "    " + fence);
        continue;
      }
      if (prefix.isEmpty() && indent.isEmpty() && isHeaderLabel(child.text())) {
        // a top-level item whose nested list holds a label item (내용: …, 발표자: …) is a listed session header
        // to the parser; a nested item holding only a list is no label item, and its item reads as the same claim
        claim(child, prefix, "  * ", "    ", "*", context);
        continue;
      }
      claim(child, prefix, indent + "  ", "*", context);
    }
  }

  /** Whether the text holds the session's next keyword, which a code block could not mark. */
  private boolean holdsNextKeyword(String text) {
    return !pendingKeywords.isEmpty() && !pendingKeywords.get(0).isEmpty()
        && MarkdownEscaper.flatten(text).contains(pendingKeywords.get(0));
  }

  /** The claim's text escaped, with the session's next keywords marked as code where they occur. */
  private String claimText(String text) {
    String escaped = escape(text);
    if (escaped.isEmpty()) {
      // an empty item is no claim to the parser; a no-break space reads back as the empty text it came from
      return "&#160;";
    }
    if (pendingKeywords.isEmpty()) {
      return escaped;
    }
    if (escaped == text) {
      // escaping returns the text itself only when it is flat and holds nothing to escape: then the text is its
      // own flat form, and without the next keyword in it the escaped text is the answer
      String k = pendingKeywords.get(0);
      if (k.isEmpty() || text.indexOf(k) < 0) {
        return escaped;
      }
    }
    return marked(MarkdownEscaper.flatten(text), true);
  }

  /** Flat text escaped, with the session's next keywords marked as code where they occur. */
  private String marked(String flat, boolean lineStart) {
    StringBuilder sb = new StringBuilder();
    int pos = 0;
    while (!pendingKeywords.isEmpty()) {
      String k = pendingKeywords.get(0);
      // two code spans side by side would read as one: their backticks make one run
      int at = k.isEmpty() ? -1 : flat.indexOf(k, pos > 0 ? pos + 1 : 0);
      if (at < 0) {
        break;
      }
      sb.append(escapeFlat(flat.substring(pos, at), lineStart && pos == 0));
      sb.append(MarkdownEscaper.codeSpan(k));
      pos = at + k.length();
      pendingKeywords.remove(0);
    }
    sb.append(escapeFlat(flat.substring(pos), lineStart && pos == 0));
    return sb.toString();
  }

  private void callout(Callout callout, String prefix) {
    String q = prefix + "> ";
    if (callout.marker().isEmpty() && callout.term().isEmpty()) {
      contents(callout.body(), q, ClaimKind.AUTHOR);
    } else {
      // past the parser's nesting limit a quote is one paragraph of its plain text: a term there is no bold, whose
      // colon the parser would drop, and is written as the text it is
      boolean flattened = quotesIn(q) > MAX_NESTING;
      String head = callout.marker().orElse("") + callout.term()
          .map(t -> (callout.marker().isPresent() ? " " : "")
              + (flattened ? escapeTerm(t) : term(t, callout.marker().isPresent(), callout.body(), q)))
          .orElse("");
      line(q, head);
      blank(q);
      contents(callout.body(), q, ClaimKind.EXPLAINER);
    }
    trimTrailingBlank(q);
    blank(prefix);
  }

  /** How many block quotes a line of this prefix sits in. */
  private static int quotesIn(String prefix) {
    int n = 0;
    for (int i = 0; i < prefix.length(); i++) {
      if (prefix.charAt(i) == '>') {
        n++;
      }
    }
    return n;
  }

  /**
   * A callout's term in bold, its line breaks written as hard breaks in the bold (continued after {@code q}), where
   * the parser reads them back. After a marker, a term too long for one inline piece (where the bold would be cut
   * and stay text) is the rest of the marker's line, flat, which the parser takes as it is.
   */
  private String term(String term, boolean afterMarker, List<Content> body, String q) {
    String text = withLineBreaks(term);
    int from = 0;
    while (from < text.length() && Character.getType(text.charAt(from)) == Character.SPACE_SEPARATOR) {
      from++;
    }
    int to = text.length();
    while (to > from && Character.getType(text.charAt(to - 1)) == Character.SPACE_SEPARATOR) {
      to--;
    }
    if (afterMarker && from < to && (from > 0 || to < text.length())) {
      // a no-break space (or another Unicode space) beside a ** makes it no delimiter, and the term came back
      // with its markers: the spaces at its ends stand outside the bold, where the parser reads them into the term
      return text.substring(0, from) + term(text.substring(from, to), true, body, q) + text.substring(to);
    }
    // the session's next keywords are marked in the term when the body never names them: the parser reads a
    // term's code as a key term too
    boolean mark = marksInTerm(flatTerm(term), body);
    List<String> pending = text.indexOf('\n') >= 0 ? List.copyOf(pendingKeywords) : List.of();
    String escaped = escapeTermLines(text, mark);
    if (afterMarker && escaped.length() >= LONG_TITLE) {
      if (text.indexOf('\n') >= 0) {
        // the marker's line alone is the term then: the term goes flat, marking the same keywords again
        pendingKeywords = new ArrayList<>(pending);
        return escapeTermLines(flatTerm(term), mark);
      }
      return escaped;
    }
    if (!afterMarker && !mark && text.indexOf('\n') < 0 && escaped.length() + 6 > ONE_PIECE) {
      // without a marker the term must be bold, and a bold line longer than the parser reads in one inline piece
      // is cut and stays text (a term the post wrote raw fits, its escapes may not): mid-line a > needs no
      // backslash, since every < is escaped and nothing else reads a > there
      escaped = escaped.replace("\\>", ">");
    }
    return "**" + escaped.replace("\n", "\n" + q) + (endsWithColon(term) ? ":**" : "**");
  }

  /**
   * The term stripped, keeping its line breaks (hard breaks in the post) when each line after the first starts
   * with no space or tab, which the parser would drop there; else its flat form.
   */
  private static String withLineBreaks(String term) {
    String t = term.strip();
    if (t.indexOf('\n') < 0 || t.indexOf('\r') >= 0) {
      return flatTerm(term);
    }
    for (int nl = t.indexOf('\n'); nl >= 0; nl = t.indexOf('\n', nl + 1)) {
      if (nl + 1 < t.length() && (t.charAt(nl + 1) == ' ' || t.charAt(nl + 1) == '\t')) {
        return flatTerm(term);
      }
    }
    return t;
  }

  /**
   * The term's lines escaped (each after the first as at the start of a line), with the session's next keywords
   * marked when {@code mark}, joined by backslash hard breaks.
   */
  private String escapeTermLines(String text, boolean mark) {
    if (text.indexOf('\n') < 0) {
      return mark ? marked(text, false) : MarkdownEscaper.escapeFlat(text, false);
    }
    String[] lines = text.split("\n", -1);
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append("\\\n");
      }
      sb.append(mark ? marked(lines[i], i > 0) : MarkdownEscaper.escapeFlat(lines[i], i > 0));
    }
    return sb.toString();
  }

  /** Whether the term holds the session's next keyword and the callout's claims hold none of those it holds. */
  private boolean marksInTerm(String term, List<Content> body) {
    if (pendingKeywords.isEmpty() || pendingKeywords.get(0).isEmpty() || !term.contains(pendingKeywords.get(0))) {
      return false;
    }
    StringBuilder text = new StringBuilder();
    claimTexts(body, text);
    for (String k : pendingKeywords) {
      if (!k.isEmpty() && term.contains(k) && text.indexOf(k) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static void claimTexts(List<? extends Content> contents, StringBuilder out) {
    for (Content c : contents) {
      if (c instanceof Claim claim) {
        out.append(MarkdownEscaper.flatten(claim.text())).append('\n');
        claimTexts(claim.children(), out);
      }
    }
  }

  /** The parser drops one colon at the end of a bold term: a term's own colon is written twice. */
  private static boolean endsWithColon(String term) {
    String t = term.strip();
    return t.endsWith(":") || t.endsWith("：");
  }

  /** A callout's term keeps its runs of spaces: the parser takes it as written, without collapsing them. */
  private static String escapeTerm(String term) {
    return MarkdownEscaper.escapeFlat(flatTerm(term), false);
  }

  private static String flatTerm(String term) {
    return term.strip().replaceAll("\\s*[\\r\\n]\\s*", " ");
  }

  private void review(Review review, String prefix) {
    String label = switch (review.kind()) {
      case REVIEW -> "(후기)";
      case PERSONAL_OPINION -> "(개인 의견)";
      case NOTE -> "(참고)";
    };
    // a review quote's code spans are key terms to the parser, as a review paragraph's are
    line(prefix + "> ", label + " " + marked(MarkdownEscaper.flatten(review.text()), false));
    blank(prefix);
  }

  private void image(Image image, String prefix) {
    String destination = MarkdownEscaper.destination(image.url());
    if (destination.length() < LONG_TITLE) {
      line(prefix, "![" + escapeInline(image.alt()) + "](" + destination + ")");
    } else {
      // an inline image too long for one inline piece would be cut and come back as text: a reference definition
      // (read as a block, never cut) holds the long destination, and the image refers to it
      String label = "image-" + ++longImages;
      line(prefix, "[" + label + "]: " + destination);
      line(prefix, "![" + escapeInline(image.alt()) + "][" + label + "]");
    }
    blank(prefix);
    image.credit().ifPresent(credit -> {
      // the parser drops one label from a credit: a credit that starts with one (이미지 출처, Photos …) keeps it
      // its code spans are key terms to the parser: the session's next ones are marked there
      line(prefix + "> ", holdsNextKeyword(credit)
          ? "이미지 출처 : " + marked(MarkdownEscaper.flatten(credit), false) : escape("이미지 출처 : " + credit));
      blank(prefix);
    });
  }

  private void table(ComparisonTable table, String prefix) {
    if (table.origin() == TableOrigin.PROSE) {
      return; // derived from the claims; the parser derives it again
    }
    int columns = table.subjects().size();
    for (ComparisonRow row : table.rows()) {
      columns = Math.max(columns, row.values().size());
    }
    List<String> header = new ArrayList<>();
    header.add(table.attributeHeader().orElse(""));
    for (int i = 0; i < columns; i++) {
      header.add(i < table.subjects().size() ? table.subjects().get(i) : "");
    }
    line(prefix, row(header));
    line(prefix, "|" + " --- |".repeat(columns + 1));
    for (ComparisonRow r : table.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(r.attribute());
      for (int i = 0; i < columns; i++) {
        cells.add(i < r.values().size() ? r.values().get(i) : "");
      }
      line(prefix, row(cells));
    }
    blank(prefix);
  }

  private static String row(List<String> cells) {
    StringBuilder sb = new StringBuilder("|");
    for (String cell : cells) {
      sb.append(' ').append(escapeInline(cell)).append(" |");
    }
    return sb.toString();
  }

  private void line(String prefix, String text) {
    out.append(prefix).append(text).append('\n');
  }

  /** A blank line; inside a quote, the quote marker alone, so the quote goes on. */
  private void blank(String prefix) {
    String marker = prefix.stripTrailing();
    // never two blank lines in a row
    if (out.length() == 0 || endsWithLine(marker)) {
      return;
    }
    out.append(marker).append('\n');
  }

  /** Whether the post so far ends with a line that holds exactly the text. */
  private boolean endsWithLine(String text) {
    int start = out.length() - text.length() - 1;
    if (start < 1 || out.charAt(start - 1) != '\n' || out.charAt(out.length() - 1) != '\n') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (out.charAt(start + i) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Drops a trailing blank line under the prefix (a quote marker alone, or an empty line), so a quote ends
   * where its content does, or goes on with what follows.
   */
  private void trimTrailingBlank(String prefix) {
    String line = prefix.stripTrailing() + "\n";
    if (out.length() > line.length() && out.substring(out.length() - line.length()).equals(line)
        && out.charAt(out.length() - line.length() - 1) == '\n') {
      out.setLength(out.length() - line.length());
    }
  }
}
