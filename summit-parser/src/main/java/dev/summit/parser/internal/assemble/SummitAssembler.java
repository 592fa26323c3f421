package dev.summit.parser.internal.assemble;

import dev.summit.model.Claim;
import dev.summit.model.Content;
import dev.summit.model.DayPart;
import dev.summit.model.Diagnostic;
import dev.summit.model.ImmutableDay;
import dev.summit.model.ImmutableParticipant;
import dev.summit.model.ImmutableSession;
import dev.summit.model.ImmutableSourceDocument;
import dev.summit.model.ImmutableSpeaker;
import dev.summit.model.ImmutableSummit;
import dev.summit.model.NameSpelling;
import dev.summit.model.Participant;
import dev.summit.model.Provenance;
import dev.summit.model.Role;
import dev.summit.model.Section;
import dev.summit.model.Session;
import dev.summit.model.SessionKind;
import dev.summit.model.Severity;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import dev.summit.parser.ParserLimits;
import dev.summit.parser.internal.Pipeline;
import dev.summit.parser.internal.extract.SessionEnricher;
import dev.summit.parser.internal.recognise.DayDraft;
import dev.summit.parser.internal.recognise.DocumentRecap;
import dev.summit.parser.internal.recognise.ParticipantDraft;
import dev.summit.parser.internal.recognise.SessionDraft;
import dev.summit.parser.internal.recognise.SummitFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The assemble step: reconciles each document's agenda with its details, merges documents into one summit
 * with one speaker registry, gives stable ids and gathers the diagnostics.
 */
public final class SummitAssembler {
  private final ParserLimits limits;
  private final SessionEnricher enricher = new SessionEnricher();

  public SummitAssembler(ParserLimits limits) {
    this.limits = limits;
  }

  public Summit assemble(List<Pipeline.Document> documents) {
    return new Run().assemble(documents);
  }

  /** One assembly; not shared. */
  private final class Run {
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final SpeakerRegistry speakers = new SpeakerRegistry();

    Summit assemble(List<Pipeline.Document> documents) {
      ImmutableSummit.Builder summit = ImmutableSummit.builder();
      SummitFacts facts = SummitFacts.none();
      List<SessionBuild> sessions = new ArrayList<>();
      Map<Integer, DayDraft> dayDrafts = new TreeMap<>();
      Map<Integer, List<DayPart>> covered = new TreeMap<>();
      Map<Integer, Provenance> daySources = new TreeMap<>();
      Map<String, Integer> idCounts = new HashMap<>();
      List<String> documentIds = new ArrayList<>();
      for (Pipeline.Document d : documents) {
        DocumentRecap r = d.recap();
        String id = uniqueDocumentId(d.source().id(), documentIds);
        documentIds.add(id);
        diagnostics.addAll(r.diagnostics());
        summit.addDocuments(ImmutableSourceDocument.builder()
            .id(id)
            .title(r.title())
            .date(r.date())
            .tags(r.tags())
            .sourceUrl(r.sourceUrl())
            .contentHash(d.source().contentHash())
            .format(d.format())
            .day(r.day())
            .part(r.part())
            .lineCount(d.source().lineCount())
            .content(new ClaimNumbering(id).number(r.looseContent(), ""))
            .build());
        facts = mergeFacts(facts, r.facts(), id);
        for (DayDraft day : r.days()) {
          dayDrafts.merge(day.number(), day, (a, b) -> a.keyConcept().isPresent() ? a : b);
        }
        r.day().ifPresent(n -> covered.computeIfAbsent(n, k -> new ArrayList<>())
            .add(r.part().orElse(DayPart.WHOLE_DAY)));
        r.day().ifPresent(n -> daySources.putIfAbsent(n, r.titleSource().orElse(Provenance.of(id, 1, 1))));
        sessions.addAll(reconcile(r, id));
        diagnostics.addAll(LineAccounting.check(d, id)); // nothing silently lost
      }
      summit.name(facts.name()).year(facts.year()).startDate(facts.startDate()).endDate(facts.endDate())
          .venue(facts.venue());

      sessions.sort(Comparator.comparing((SessionBuild s) -> s.day.orElse(Integer.MAX_VALUE))
          .thenComparing(s -> s.part.map(Enum::ordinal).orElse(Integer.MAX_VALUE))
          .thenComparing(s -> s.draft.number().orElse(Integer.MAX_VALUE))
          .thenComparing(s -> s.order));
      List<Session> built = new ArrayList<>();
      for (SessionBuild s : sessions) {
        built.add(build(s, idCounts));
      }
      List<List<Claim>> claimsOf = new ArrayList<>(built.size()); // each session's claims walked once, for both
      for (Session s : built) {
        List<Claim> claims = s.claims();
        claimsOf.add(claims);
        for (SpellingVariants.Variant v : SpellingVariants.find(s, claims, speakers)) {
          speakers.alias(v.canonical(), v.variant());
          diagnostics.add(Diagnostic.of(Severity.WARNING, "speaker-spelling-variant",
              "session " + s.number().map(String::valueOf).orElse(s.id()) + " writes " + v.variant() + " for "
                  + v.canonical() + " (same organisation and position); recorded as an alias",
              v.source().document(), v.source().startLine(), 1));
        }
      }
      List<Speaker> registry = speakers.speakers();
      List<Session> enriched = new ArrayList<>();
      Map<String, List<String>> learned = new LinkedHashMap<>();
      SessionEnricher.Index index = enricher.index(registry);
      for (int i = 0; i < built.size(); i++) {
        Session s = built.get(i);
        // the claims are numbered as they are enriched: each is rebuilt once
        SessionEnricher.Enriched e = enricher.enrich(s, claimsOf.get(i), index, new ClaimNumbering(s.id()),
            diagnostics::add);
        enriched.add(e.session());
        e.learnedAliases().forEach((k, v) -> learned.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
      }
      summit.sessions(enriched);
      summit.speakers(speakers.withAliases(learned));

      SummitFacts summitFacts = facts;
      // a day the posts cover but describe nowhere still exists, placed at the post's title
      daySources.forEach((n, p) -> dayDrafts.putIfAbsent(n,
          new DayDraft(n, Optional.empty(), Optional.empty(), List.of(), p)));
      for (Map.Entry<Integer, DayDraft> e : dayDrafts.entrySet()) {
        DayDraft d = e.getValue();
        summit.addDays(ImmutableDay.builder()
            .number(d.number())
            .date(summitFacts.startDate().map(start -> start.plusDays(d.number() - 1L))
                .filter(date -> summitFacts.endDate().map(end -> !date.isAfter(end)).orElse(true)))
            .keyConcept(d.keyConcept())
            .description(d.description())
            .keywords(d.keywords())
            .coveredParts(sortedParts(covered.getOrDefault(d.number(), List.of())))
            .source(d.source())
            .build());
      }
      diagnostics.sort(Comparator.comparing((Diagnostic d) -> documentIds.indexOf(d.document().orElse("")))
          .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
      summit.diagnostics(diagnostics);
      return summit.build();
    }

    private List<DayPart> sortedParts(List<DayPart> parts) {
      return parts.stream().distinct().sorted().toList();
    }

    private String uniqueDocumentId(String id, List<String> taken) {
      String candidate = id;
      int n = 2;
      while (taken.contains(candidate)) {
        candidate = id + "-" + n++;
      }
      return candidate;
    }

    private SummitFacts mergeFacts(SummitFacts a, SummitFacts b, String doc) {
      if (a.startDate().isPresent() && b.startDate().isPresent() && !a.startDate().equals(b.startDate())) {
        diagnostics.add(Diagnostic.of(Severity.WARNING, "summit-mismatch",
            "this post dates the summit " + b.startDate().get() + ", an earlier one " + a.startDate().get()
                + "; the earlier is kept", doc, b.source().map(Provenance::startLine).orElse(0), 1));
      }
      return new SummitFacts(a.name().or(b::name), a.year().or(b::year), a.startDate().or(b::startDate),
          a.endDate().or(b::endDate), a.venue().or(b::venue), a.source().or(b::source));
    }

    // ---- agenda and details -----------------------------------------------------------------------------

    final class SessionBuild {
      SessionDraft draft;
      List<ParticipantDraft> participants;
      Optional<Integer> day;
      Optional<DayPart> part;
      String document;
      int order;
    }

    private List<SessionBuild> reconcile(DocumentRecap r, String doc) {
      List<SessionBuild> out = new ArrayList<>();
      Map<Integer, SessionDraft> agendaByNumber = new LinkedHashMap<>();
      List<SessionDraft> agendaRest = new ArrayList<>();
      for (SessionDraft a : r.agenda()) {
        if (a.number().isPresent() && !agendaByNumber.containsKey(a.number().get())) {
          agendaByNumber.put(a.number().get(), a);
        } else {
          if (a.number().isPresent()) {
            diagnostics.add(Diagnostic.of(Severity.WARNING, "duplicate-session-number",
                "session number " + a.number().get() + " is given twice (first on line "
                    + agendaByNumber.get(a.number().get()).source().startLine() + ")", doc,
                a.source().startLine(), a.titleColumn()));
          }
          agendaRest.add(a);
        }
      }
      Map<Integer, SessionDraft> seenDetail = new HashMap<>();
      int order = 0;
      for (SessionDraft d : r.details()) {
        SessionDraft merged = d;
        List<ParticipantDraft> participants = d.participants();
        if (d.number().isPresent()) {
          int n = d.number().get();
          SessionDraft earlier = seenDetail.put(n, d);
          if (earlier != null) {
            diagnostics.add(Diagnostic.of(Severity.WARNING, "duplicate-session-number",
                "session number " + n + " is detailed twice (first on line " + earlier.source().startLine()
                    + ")", doc, d.source().startLine(), d.titleColumn()));
          }
          SessionDraft a = earlier == null ? agendaByNumber.remove(n) : null;
          if (a != null) {
            merged = merge(a, d, doc);
            participants = panelistsOf(merged, mergeParticipants(a.participants(), d.participants(), doc, n));
          } else if (!r.agenda().isEmpty() && earlier == null) {
            diagnostics.add(Diagnostic.of(Severity.INFO, "detail-without-agenda",
                "session " + n + " is detailed but not in the agenda", doc, d.source().startLine(),
                d.titleColumn()));
          }
        } else {
          SessionDraft a = matchByTitle(agendaRest, d.title());
          if (a != null) {
            agendaRest.remove(a);
            merged = merge(a, d, doc);
            participants = panelistsOf(merged, mergeParticipants(a.participants(), d.participants(), doc, 0));
          }
        }
        out.add(session(merged, participants, r, doc, order++));
      }
      for (SessionDraft a : agendaByNumber.values()) {
        if (!r.details().isEmpty()) {
          diagnostics.add(Diagnostic.of(Severity.INFO, "agenda-without-detail",
              "agenda entry " + a.number().get() + " has no detailed section", doc, a.source().startLine(),
              a.titleColumn()));
        }
        out.add(session(a, a.participants(), r, doc, order++));
      }
      for (SessionDraft a : agendaRest) {
        out.add(session(a, a.participants(), r, doc, order++));
      }
      return out;
    }

    /**
     * The merged participants with the roles the merged kind gives: as in one header, a panelist outside a panel
     * is a speaker (an agenda entry read as a panel keeps its panelists when the detail makes it a keynote).
     */
    private static List<ParticipantDraft> panelistsOf(SessionDraft merged, List<ParticipantDraft> participants) {
      if (merged.kind().orElse(SessionKind.OTHER) == SessionKind.PANEL
          || participants.stream().noneMatch(p -> p.role() == Role.PANELIST)) {
        return participants;
      }
      List<ParticipantDraft> out = new ArrayList<>(participants.size());
      for (ParticipantDraft p : participants) {
        out.add(p.role() != Role.PANELIST ? p : new ParticipantDraft(p.name(), Role.SPEAKER, p.affiliation(),
            p.organization(), p.position(), p.honorific(), p.source(), p.column()));
      }
      return out;
    }

    private SessionDraft matchByTitle(List<SessionDraft> drafts, String title) {
      for (SessionDraft a : drafts) {
        if (sameKey(a.title(), title)) {
          return a;
        }
      }
      return null;
    }

    private SessionBuild session(SessionDraft d, List<ParticipantDraft> participants, DocumentRecap r, String doc,
        int order) {
      SessionBuild b = new SessionBuild();
      b.draft = d;
      b.participants = participants;
      b.day = r.day();
      b.part = r.part();
      b.document = doc;
      b.order = order;
      return b;
    }

    /** Agenda entry plus detail: the richer value of each, and a diagnostic for every disagreement. */
    private SessionDraft merge(SessionDraft a, SessionDraft d, String doc) {
      int n = d.number().orElse(0);
      String title = d.title();
      if (!sameKey(a.title(), d.title())) {
        diagnostics.add(Diagnostic.of(Severity.WARNING, "agenda-title-mismatch",
            "session " + n + ": the agenda calls it \"" + a.title() + "\", the detail \"" + d.title()
                + "\"; the detail's title is kept", doc, d.source().startLine(), d.titleColumn()));
        if (d.title().isBlank()) {
          title = a.title();
        }
      }
      return new SessionDraft(d.number(), title,
          richer(a.englishTitle(), d.englishTitle(), "English title", n, doc, d),
          d.kind().isPresent() && d.kind().get() != SessionKind.OTHER ? d.kind() : a.kind(),
          richer(a.track(), d.track(), "track", n, doc, d),
          richer(a.summary(), d.summary(), "summary", n, doc, d),
          d.start().or(a::start), d.end().or(a::end), d.participants(), d.keywords(), d.content(), d.sections(),
          d.source(), d.titleColumn());
    }

    private Optional<String> richer(Optional<String> a, Optional<String> d, String what, int n, String doc,
        SessionDraft detail) {
      if (a.isPresent() && d.isPresent() && !sameKey(a.get(), d.get())) {
        String kept = d.get().length() >= a.get().length() ? d.get() : a.get();
        diagnostics.add(Diagnostic.of(Severity.WARNING, "agenda-detail-mismatch",
            "session " + n + ": the agenda and the detail give different " + what + "s; \"" + kept
                + "\" is kept", doc, detail.source().startLine(), detail.titleColumn()));
        return Optional.of(kept);
      }
      return d.isPresent() ? d : a;
    }

    /**
     * Matches agenda and detail participants: by name, then a one-letter spelling variant with the same
     * organisation (recorded as an alias). The agenda's spelling and order win; the richer details are kept.
     */
    private List<ParticipantDraft> mergeParticipants(List<ParticipantDraft> agenda, List<ParticipantDraft> detail,
        String doc, int n) {
      if (agenda.isEmpty()) {
        return detail;
      }
      if (detail.isEmpty()) {
        return agenda;
      }
      List<ParticipantDraft> remaining = new ArrayList<>(detail);
      List<ParticipantDraft> out = new ArrayList<>();
      List<ParticipantDraft> unmatched = new ArrayList<>();
      for (ParticipantDraft a : agenda) {
        ParticipantDraft d = null;
        for (ParticipantDraft x : remaining) { // the first with the same key, no key Strings made
          if (sameKey(x.name(), a.name())) {
            d = x;
            break;
          }
        }
        if (d == null) {
          unmatched.add(a);
          out.add(null);
          continue;
        }
        removeSame(remaining, d);
        out.add(combine(a, d, doc, n));
      }
      for (int i = 0; i < agenda.size(); i++) {
        if (out.get(i) != null) {
          continue;
        }
        ParticipantDraft a = agenda.get(i);
        ParticipantDraft d = remaining.stream().filter(x -> NameSpelling.variants(a.name(), x.name())
            && sameOrganisation(a, x)).findFirst().orElse(null);
        if (d == null) {
          diagnostics.add(Diagnostic.of(Severity.WARNING, "participant-missing",
              "session " + n + ": " + a.name() + " is in the agenda but not in the detail", doc,
              a.source().startLine(), a.column()));
          out.set(i, a);
          continue;
        }
        removeSame(remaining, d);
        diagnostics.add(Diagnostic.of(Severity.WARNING, "speaker-spelling-variant",
            "session " + n + ": the agenda spells " + a.name() + ", the detail " + d.name()
                + "; recorded as an alias", doc, d.source().startLine(), d.column()));
        speakers.alias(a.name(), d.name());
        out.set(i, combine(a, d, doc, n));
      }
      for (ParticipantDraft d : remaining) {
        diagnostics.add(Diagnostic.of(Severity.WARNING, "participant-missing",
            "session " + n + ": " + d.name() + " is in the detail but not in the agenda", doc,
            d.source().startLine(), d.column()));
        out.add(d);
      }
      return out;
    }

    /**
     * Removes {@code d}, found in {@code drafts} itself, by identity: {@code List.remove(Object)} would call the
     * record's {@code equals}, whose first call bootstraps an invokedynamic method handle (~9 ms of a cold
     * start). The first element equal to {@code d} is {@code d} itself, as the searches above take the first
     * match by name.
     */
    private static void removeSame(List<ParticipantDraft> drafts, ParticipantDraft d) {
      for (int i = 0; i < drafts.size(); i++) {
        if (drafts.get(i) == d) {
          drafts.remove(i);
          return;
        }
      }
    }

    private boolean sameOrganisation(ParticipantDraft a, ParticipantDraft b) {
      return a.organization().isEmpty() || b.organization().isEmpty()
          || sameKey(a.organization().get(), b.organization().get());
    }

    private ParticipantDraft combine(ParticipantDraft a, ParticipantDraft d, String doc, int n) {
      if (a.role() != d.role()) {
        diagnostics.add(Diagnostic.of(Severity.WARNING, "agenda-detail-mismatch",
            "session " + n + ": " + a.name() + " is " + a.role() + " in the agenda and " + d.role()
                + " in the detail; " + (d.role() == Role.MODERATOR ? d.role() : a.role()) + " is kept", doc,
            d.source().startLine(), d.column()));
      }
      if (a.affiliation().isPresent() && d.affiliation().isPresent()
          && !a.affiliation().get().equals(d.affiliation().get())) {
        diagnostics.add(Diagnostic.of(Severity.INFO, "agenda-detail-mismatch",
            "session " + n + ": " + a.name() + " is \"" + a.affiliation().get() + "\" in the agenda and \""
                + d.affiliation().get() + "\" in the detail; the agenda's is kept", doc, d.source().startLine(),
            d.column()));
      }
      Role role = a.role() == Role.MODERATOR || d.role() == Role.MODERATOR ? Role.MODERATOR : a.role();
      ParticipantDraft kept = richer(a, d) ? a : d;
      ParticipantDraft other = kept == a ? d : a;
      return new ParticipantDraft(a.name(), role, a.affiliation().or(d::affiliation),
          kept.organization().or(other::organization), kept.position().or(other::position),
          a.honorific().or(d::honorific), d.source(), d.column());
    }

    /**
     * Whether the agenda's organisation and position are kept rather than the detail's: they come as a pair from
     * one side, as one affiliation split them (a field the kept side lacks comes from the other), so that one
     * affiliation gives them back. The side that names more of the two is kept, the longer when both name as
     * many, the agenda's when as long.
     */
    private static boolean richer(ParticipantDraft a, ParticipantDraft d) {
      int named = named(a) - named(d);
      if (named != 0) {
        return named > 0;
      }
      return length(a) >= length(d);
    }

    private static int named(ParticipantDraft p) {
      return (p.organization().isPresent() ? 1 : 0) + (p.position().isPresent() ? 1 : 0);
    }

    private static int length(ParticipantDraft p) {
      return p.organization().map(String::length).orElse(0) + p.position().map(String::length).orElse(0);
    }


    // ---- building ---------------------------------------------------------------------------------------

    private Session build(SessionBuild s, Map<String, Integer> idCounts) {
      SessionDraft d = s.draft;
      String id = sessionId(s, idCounts);
      List<Participant> participants = new ArrayList<>();
      for (ParticipantDraft p : s.participants) {
        participants.add(ImmutableParticipant.builder()
            .speakerId(speakers.registerId(p))
            .name(p.name())
            .role(p.role())
            .affiliation(p.affiliation())
            .source(p.source())
            .build());
      }
      // the content as recognised: the enricher numbers its claims (ClaimNumbering) as it rebuilds them
      return ImmutableSession.builder()
          .id(id)
          .day(s.day)
          .part(s.part)
          .number(d.number())
          .title(d.title())
          .englishTitle(d.englishTitle())
          .kind(d.kind().orElse(SessionKind.OTHER))
          .track(d.track())
          .summary(d.summary())
          .start(d.start())
          .end(d.end())
          .participants(participants)
          .keywords(d.keywords())
          .content(d.content())
          .sections(d.sections())
          .source(d.source())
          .build();
    }

    /** {@code d1-s05}; without a day {@code s05}; without a number the start time or a title slug. */
    private String sessionId(SessionBuild s, Map<String, Integer> idCounts) {
      SessionDraft d = s.draft;
      StringBuilder id = new StringBuilder();
      s.day.ifPresent(day -> id.append('d').append(day).append('-'));
      if (d.number().isPresent()) {
        int number = d.number().get();
        // String.format("%02d") without a Formatter (one per session showed in the profile)
        id.append('s').append(number >= 0 && number < 10 ? "0" : "").append(number);
      } else if (d.start().isPresent()) {
        id.append('t').append(d.start().get().toString().replace(":", ""));
      } else {
        id.append(slug(d.title()));
      }
      if (s.part.isPresent() && d.number().isEmpty()) {
        id.insert(0, s.part.get().name().toLowerCase(Locale.ROOT).charAt(0) + "-");
      }
      String base = id.toString();
      int n = idCounts.merge(base, 1, Integer::sum);
      return n == 1 ? base : base + "-" + n;
    }
  }

  static String slug(String title) {
    StringBuilder out = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < title.length() && out.length() < 40; ) {
      int cp = title.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        dash = false;
        out.appendCodePoint(Character.toLowerCase(cp));
      } else {
        dash = true;
      }
    }
    return out.length() == 0 ? "session" : out.toString();
  }

  /**
   * {@code key(a).equals(key(b))} without making either key: the two texts' letters and digits, lower-cased, are
   * compared as they are read (ASCII and Hangul syllables without the Unicode tables). Titles and summaries of
   * agenda and detail were each made into a key String to be compared once.
   */
  static boolean sameKey(String a, String b) {
    int i = 0;
    int j = 0;
    int n = a.length();
    int m = b.length();
    while (true) {
      int x = -1;
      while (i < n) {
        int cp = a.codePointAt(i);
        i += Character.charCount(cp);
        x = keyPoint(cp);
        if (x >= 0) {
          break;
        }
      }
      int y = -1;
      while (j < m) {
        int cp = b.codePointAt(j);
        j += Character.charCount(cp);
        y = keyPoint(cp);
        if (y >= 0) {
          break;
        }
      }
      if (x != y) {
        return false;
      }
      if (x < 0) {
        return true; // both ended
      }
    }
  }

  /** The code point a key holds for {@code cp} (lower-cased), or -1 when the key leaves it out. */
  private static int keyPoint(int cp) {
    if (cp < 0x80) {
      if (cp >= 'A' && cp <= 'Z') {
        return cp + ('a' - 'A');
      }
      return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' ? cp : -1;
    }
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
      return cp; // a Hangul syllable: a letter, its own lower case
    }
    return Character.isLetterOrDigit(cp) ? Character.toLowerCase(cp) : -1;
  }

  /** A comparison key: case, spaces and punctuation aside (the key two spellings of a name are compared on). */
  static String key(String s) {
    return NameSpelling.key(s);
  }
}
