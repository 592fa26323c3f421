package dev.summit.parser.internal.extract;

import dev.summit.model.Callout;
import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ComparisonTable;
import dev.summit.model.Content;
import dev.summit.model.ContentType;
import dev.summit.model.Diagnostic;
import dev.summit.model.ImmutableCallout;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableQuote;
import dev.summit.model.ImmutableSection;
import dev.summit.model.ImmutableSession;
import dev.summit.model.ImmutableTimeline;
import dev.summit.model.Participant;
import dev.summit.model.Quote;
import dev.summit.model.Role;
import dev.summit.model.Section;
import dev.summit.model.Session;
import dev.summit.model.SessionKind;
import dev.summit.model.Severity;
import dev.summit.model.Speaker;
import dev.summit.model.Timeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The extract step for one session: attributes claims to speakers, reads figures, timelines and derived
 * comparisons. Stateless and thread-safe: each call builds its own {@link NameMatcher}.
 *
 * <p>Every claim (nested ones and those inside callouts and quotes too) gets its {@link Claim#quantities()}
 * ({@link QuantityExtractor}) and {@link Claim#organizationSpeakerIds()}. {@link ClaimKind#SPEAKER} claims get
 * their {@link Claim#speakerIds()} ({@link ClaimAttributor}); author and explainer claims never do.
 * <ul>
 *   <li>A keynote's claims go to its speaker; so do a dialogue's, when it has one guest and a moderator (the
 *       guest answers), unless a sentence names the moderator.</li>
 *   <li>In a panel, a claim that names no subject inherits: the previous claim's speakers when it continues it
 *       ("특히 …", "그는 …", "…다고 덧붙였습니다", or a labelled aspect after "…의 차이를 설명하며"); else its
 *       parent bullet's; else those of a label bullet above it ("Greg의 접근법:") or of its section's heading
 *       when that names exactly one participant.</li>
 *   <li>Claims in the author's voice ("제가 …", "…살펴보도록 하겠습니다") and, in a keynote, the author's
 *       digressions (from "…에 대해서 살펴보도록 하겠습니다" or "옆 길로 잠깐 빠져서" to "다시 본론으로", or to the
 *       next numbered section) go to nobody.</li>
 * </ul>
 * Timelines ({@link TimelineExtractor}) and derived comparisons ({@link ProseComparisonDeriver}) are inserted
 * right after the claims they were read from, in the same content list; those read from nested claims go after
 * the top claim.
 *
 * <p>Diagnostics: {@code unresolved-speaker} (info) for a person named as a speaker claim's subject who is
 * not a speaker of the summit; the claim then goes to nobody in a keynote when that person is said to speak.
 */
public final class SessionEnricher {
  /**
   * The enriched session, plus the aliases learned from its text (speaker id → new aliases).
   */
  public record Enriched(Session session, Map<String, List<String>> learnedAliases) {}

  private final QuantityExtractor quantities = new QuantityExtractor();
  private final ClaimAttributor attributor = new ClaimAttributor();
  private final TimelineExtractor timelines = new TimelineExtractor();
  private final ProseComparisonDeriver comparisons = new ProseComparisonDeriver();

  /**
   * @param session an assembled session: claims have ids and text, no speakers, no quantities
   * @param speakers the summit's speaker registry (participants of the session among them)
   * @param diagnostics receives info diagnostics for mentions that could not be resolved
   */
  public Enriched enrich(Session session, List<Speaker> speakers, Consumer<Diagnostic> diagnostics) {
    return enrich(session, index(speakers), diagnostics);
  }

  /**
   * The speaker registry, indexed once for {@link #enrich(Session, Index, Consumer)} over many sessions, with
   * what every session's matcher would otherwise compute again: skeletons, and the speakers who are not
   * participants. It belongs to one parse (one thread) and must not be shared.
   */
  public static final class Index {
    final SpeakerIndex speakers;
    final Skeletons skeletons = new Skeletons();
    /** The matcher's view of a speaker who is not a participant of the session: the same in every session. */
    final Map<String, NameMatcher.Person> outsiders = new java.util.HashMap<>();
    /** A matcher of the whole registry as outsiders, forked for each session ({@link NameMatcher#fork}). */
    private NameMatcher base;
    /** False: every session's matcher is built for it, the plain form that forks are tested against. */
    boolean forks = true;
    /** How many sessions' matchers were forks (for tests). */
    int forked;

    Index(SpeakerIndex speakers) {
      this.speakers = speakers;
    }

    /** The speaker as a non-participant: the same object in every session (their facts are computed once). */
    NameMatcher.Person outsider(Speaker s) {
      NameMatcher.Person person = outsiders.get(s.id());
      if (person == null) { // met for the first time (no capturing lambda per speaker and session)
        person = person(s, null);
        outsiders.put(s.id(), person);
      }
      return person;
    }

    /** The ids of the registry's speakers. */
    Set<String> registryIds() {
      if (registryIds == null) {
        registryIds = ids(speakers.speakers());
      }
      return registryIds;
    }

    private Set<String> registryIds;

    /** The matcher of the whole registry, every speaker an outsider; made by the first session that forks it. */
    NameMatcher base() {
      if (base == null) {
        List<Speaker> all = speakers.speakers();
        List<NameMatcher.Person> people = new ArrayList<>(all.size());
        for (Speaker s : all) {
          people.add(outsider(s));
        }
        base = new NameMatcher(people, skeletons);
      }
      return base;
    }
  }

  /** Indexes the summit's speaker registry once, so that enriching every session stays linear. */
  public Index index(List<Speaker> speakers) {
    return new Index(new SpeakerIndex(speakers));
  }

  /** Like {@link #enrich(Session, List, Consumer)}, with the registry indexed once by {@link #index(List)}. */
  public Enriched enrich(Session session, Index index, Consumer<Diagnostic> diagnostics) {
    return enrich(session, session.claims(), index, null, diagnostics);
  }

  /**
   * Gives claims their ids and section paths as they are enriched, so that each claim is built once in the
   * assemble step instead of once to number it and again to enrich it. Ids are given in the order of a walk that
   * takes a section's own content before its subsections (the enricher reads the subsections first, and keeps
   * the ids of the section's own claims free for them).
   */
  public interface Numbering {
    /** The id of the {@code n}th claim of the session (from 1). */
    String claimId(int n);

    /** The section path of {@code section}, inside a section whose path is {@code parent} ("" at the top). */
    String path(String parent, Section section);
  }

  /**
   * Like {@link #enrich(Session, Index, Consumer)}, with the session's claims ({@link Session#claims()}) walked
   * already, and the claims numbered by {@code numbering} as they are enriched (null: their ids and section
   * paths are kept).
   */
  public Enriched enrich(Session session, List<Claim> claims, Index index, Numbering numbering,
      Consumer<Diagnostic> diagnostics) {
    Run run = new Run(session, index.speakers.relevant(session), index, diagnostics);
    for (int i = 0; i < claims.size(); i++) {
      run.names.learnDeclared(claims.get(i).text());
    }
    run.numbering = numbering;
    String top = numbering == null ? null : "";
    // withers, not a builder from the session: each copies only the list it replaces, once
    List<Content> content = run.contents(session.content(), List.of(), top);
    List<Section> sections = new ArrayList<>(session.sections().size());
    for (Section s : session.sections()) {
      sections.add(run.section(s, List.of(), top));
    }
    ImmutableSession enriched = ImmutableSession.copyOf(session).withContent(content).withSections(sections);
    return new Enriched(enriched, run.names.learned());
  }

  /** How many claims the content holds, nested ones and those in callouts and quotes too: the ids it takes. */
  static int claimCount(List<Content> content) {
    int n = 0;
    for (int i = 0; i < content.size(); i++) {
      Content c = content.get(i);
      switch (c.type()) {
        case CLAIM -> n += 1 + claimCount((Claim) c);
        case CALLOUT -> n += claimCount(((Callout) c).body());
        case QUOTE -> n += claimCount(((Quote) c).body());
        default -> { }
      }
    }
    return n;
  }

  private static int claimCount(Claim c) {
    int n = 0;
    List<Claim> children = c.children();
    for (int i = 0; i < children.size(); i++) {
      n += 1 + claimCount(children.get(i));
    }
    return n;
  }

  private static Set<String> ids(List<Speaker> speakers) {
    Set<String> ids = new java.util.HashSet<>();
    for (Speaker s : speakers) {
      ids.add(s.id());
    }
    return ids;
  }

  /** The matcher's view of a speaker of the registry, who is participant {@code p} or (null) none. */
  private static NameMatcher.Person person(Speaker s, Participant p) {
    Optional<String> affiliation = p == null ? Optional.empty() : p.affiliation();
    List<String> aliases = new ArrayList<>(s.aliases());
    if (p != null && !p.name().equals(s.name())) {
      aliases.add(p.name());
    }
    return new NameMatcher.Person(s.id(), s.name(), aliases,
        NameMatcher.organisationsOf(s.organization(), affiliation),
        NameMatcher.positionsOf(s.position().or(s::honorific), affiliation), p != null);
  }

  /** The state of one call. */
  private final class Run {
    final Session session;
    final NameMatcher names;
    final Set<String> participants = new LinkedHashSet<>();
    final List<String> keynoteSpeakers;
    final Consumer<Diagnostic> diagnostics;
    /** Inside the author's digression ("…살펴보도록 하겠습니다" … "다시 본론으로"), in document order. */
    boolean aside;
    /** Null when claims keep their ids and section paths. */
    Numbering numbering;
    /** The number of the next claim to number. */
    int next = 1;

    Run(Session session, List<Speaker> speakers, Index index, Consumer<Diagnostic> diagnostics) {
      this.session = session;
      this.diagnostics = diagnostics;
      Map<String, Participant> byId = new LinkedHashMap<>();
      for (Participant p : session.participants()) {
        participants.add(p.speakerId());
        byId.putIfAbsent(p.speakerId(), p);
      }
      List<NameMatcher.Person> people = new ArrayList<>(speakers.size() + 1);
      // the session's matcher is a fork of the summit's (NameMatcher#fork) when its people are the whole
      // registry, in its order, and each participant has the names and organisations it has as an outsider
      boolean whole = speakers == index.speakers.speakers();
      boolean fork = whole;
      for (Speaker s : speakers) {
        Participant p = byId.get(s.id());
        NameMatcher.Person person = p == null ? index.outsider(s) : person(s, p);
        if (fork && p != null) {
          NameMatcher.Person outsider = index.outsider(s);
          fork = person.aliases().equals(outsider.aliases())
              && person.organizations().equals(outsider.organizations());
        }
        people.add(person);
      }
      // the ids of the speakers: the registry's are collected once per summit
      Set<String> known = whole ? index.registryIds() : ids(speakers);
      Set<String> added = null;
      for (Participant p : session.participants()) {
        if (!known.contains(p.speakerId())
            && (added == null ? added = new java.util.HashSet<>(2) : added).add(p.speakerId())) {
          fork = false; // a participant the registry does not have
          people.add(new NameMatcher.Person(p.speakerId(), p.name(), List.of(),
              NameMatcher.organisationsOf(Optional.empty(), p.affiliation()),
              NameMatcher.positionsOf(Optional.empty(), p.affiliation()), true));
        }
      }
      if (fork && index.forks) {
        this.names = index.base().fork(people);
        index.forked++;
      } else {
        this.names = new NameMatcher(people, index.skeletons);
      }
      // plain loops over the few participants: streams here were a visible part of a session's set-up
      boolean panel = session.kind() == SessionKind.PANEL || session.kind() == SessionKind.DIALOGUE;
      Set<String> guests = new LinkedHashSet<>();
      Set<String> speaking = new LinkedHashSet<>();
      for (Participant p : session.participants()) {
        panel |= p.role() != Role.SPEAKER;
        if (p.role() != Role.MODERATOR) {
          guests.add(p.speakerId());
        }
        if (p.role() == Role.SPEAKER) {
          speaking.add(p.speakerId());
        }
      }
      if (panel && guests.size() == 1) {
        keynoteSpeakers = List.copyOf(guests); // a guest and a moderator: the guest answers, as a keynote speaker talks
      } else if (panel) {
        keynoteSpeakers = List.of();
      } else {
        keynoteSpeakers = List.copyOf(speaking);
      }
    }

    boolean panel() {
      return keynoteSpeakers.isEmpty();
    }

    /** @param parentPath the path of the section holding this one, "" at the top; null without numbering */
    Section section(Section s, List<String> inherited, String parentPath) {
      if (!s.number().isBlank()) {
        aside = false; // a numbered section is back to the talk
      }
      List<String> ids = inherited;
      if (panel()) {
        List<String> named = named(s.title());
        if (named.size() == 1) {
          ids = named;
        }
      }
      String path = numbering == null ? null : numbering.path(parentPath, s);
      // the section's own claims are numbered before its subsections', but enriched after them
      int own = next;
      if (numbering != null) {
        next += claimCount(s.content());
      }
      List<Section> subs = new ArrayList<>(s.subsections().size());
      for (Section sub : s.subsections()) {
        subs.add(section(sub, ids, path));
      }
      int afterSubsections = next;
      next = own;
      // withers: a builder from the section copied both lists in and out again
      ImmutableSection out = ImmutableSection.copyOf(s).withContent(contents(s.content(), ids, path));
      next = afterSubsections;
      return subs.isEmpty() && s.subsections().isEmpty() ? out : out.withSubsections(subs);
    }

    /** The participants a heading or label names, in any position. */
    List<String> named(String text) {
      Set<String> ids = new LinkedHashSet<>();
      for (NameMatcher.Mention m : names.mentions(text)) {
        if (m.resolved() && participants.contains(m.speakerId())) {
          ids.add(m.speakerId());
        }
      }
      return List.copyOf(ids);
    }

    /**
     * Rewrites a content list; derived items go right after what they were read from.
     *
     * @param path the section path its claims get; null without numbering
     */
    List<Content> contents(List<Content> items, List<String> parentIds, String path) {
      int size = items.size();
      List<Content> rewritten = new ArrayList<>(size);
      List<Claim> claimsOrNull = new ArrayList<>(size);
      // what each claim gives (null for other items and for claims that give nothing); as long as claimsOrNull
      List<Derived> derivedOf = new ArrayList<>(size);
      List<String> previous = List.of();
      String previousText = "";
      for (Content item : items) {
        switch (item.type()) {
          case CLAIM -> {
            Claim c = (Claim) item;
            Claim e = claim(c, parentIds, previous, previousText, path, derivedOf);
            rewritten.add(e);
            claimsOrNull.add(e);
            previous = e.kind() == ClaimKind.SPEAKER ? e.speakerIds() : List.of();
            previousText = e.text();
          }
          case CALLOUT -> {
            Callout co = (Callout) item;
            rewritten.add(ImmutableCallout.copyOf(co).withBody(contents(co.body(), List.of(), path)));
            claimsOrNull.add(null);
            previous = List.of();
            previousText = "";
          }
          case QUOTE -> {
            Quote q = (Quote) item;
            rewritten.add(ImmutableQuote.copyOf(q).withBody(contents(q.body(), List.of(), path)));
            claimsOrNull.add(null);
            previous = List.of();
          }
          case IMAGE -> claimsOrNull.add(null);
          default -> {
            rewritten.add(item);
            claimsOrNull.add(null);
            previous = List.of();
          }
        }
        if (item.type() == ContentType.IMAGE) {
          rewritten.add(item);
        }
        if (derivedOf.size() < claimsOrNull.size()) {
          derivedOf.add(null); // not a claim
        }
      }
      // derived items, keyed by the index of the item they follow
      // by index, in arrays (a map and a set of boxed indexes before); rewritten and claimsOrNull are as long
      @SuppressWarnings("unchecked")
      List<Content>[] after = new List[rewritten.size()];
      boolean[] inRuns = new boolean[rewritten.size()];
      for (TimelineExtractor.Run r : timelines.runs(claimsOrNull, Optional.empty())) {
        Timeline t = r.timeline();
        if (t.title().isEmpty()) {
          // an introduction may stand before the run with images between ("…다음과 같이 제시했습니다.")
          int k = r.firstIndex() - 1;
          while (k >= 0 && rewritten.get(k).type() == ContentType.IMAGE) {
            k--;
          }
          if (k >= 0 && k < r.firstIndex() - 1 && rewritten.get(k).type() == ContentType.CLAIM) {
            Optional<String> title = TimelineExtractor.introduction(((Claim) rewritten.get(k)).text());
            if (title.isPresent()) {
              t = ImmutableTimeline.copyOf(t).withTitle(title.get());
            }
          }
        }
        after(after, r.lastIndex()).add(t);
        for (int i = r.firstIndex(); i <= r.lastIndex(); i++) {
          inRuns[i] = true;
        }
      }
      for (ProseComparisonDeriver.Derived d : comparisons.parallel(claimsOrNull)) {
        after(after, d.lastIndex()).add(d.table());
      }
      for (int i = 0; i < rewritten.size(); i++) {
        Content item = rewritten.get(i);
        Derived d = derivedOf.get(i);
        if (d != null) { // a claim's own derived items come before the tables and timelines of runs it ends
          after(after, i).addAll(0, d.items(!inRuns[i]));
        }
        if (item.type() == ContentType.CALLOUT && i + 1 < rewritten.size()
            && rewritten.get(i + 1).type() == ContentType.CALLOUT) {
          Callout a = (Callout) item;
          Callout b = (Callout) rewritten.get(i + 1);
          Optional<ComparisonTable> t = comparisons.boxes(subject(a), claimsOf(a.body()), subject(b),
              claimsOf(b.body()), TimelineExtractor.span(a.source(), b.source()));
          int second = i + 1;
          if (t.isPresent()) {
            after(after, second).add(t.get());
          }
        }
      }
      List<Content> out = new ArrayList<>(size + 4);
      for (int i = 0; i < rewritten.size(); i++) {
        out.add(rewritten.get(i));
        List<Content> extra = after[i];
        if (extra != null) {
          out.addAll(extra);
        }
      }
      return out;
    }

    private static List<Content> after(List<Content>[] after, int i) {
      if (after[i] == null) {
        after[i] = new ArrayList<>();
      }
      return after[i];
    }

    /**
     * Timelines and tables read from a claim and its nested claims, made with the claim and placed by its list.
     *
     * @param dated the claim's own dated facts ({@link TimelineExtractor#dated}), placed unless the claim is in a
     *     run of its siblings; null when there are none
     * @param rest the rest, in order: a contrast, then what each nested claim gives, then the timelines of runs of
     *     nested claims, then the tables of their parallel labels
     */
    private record Derived(Timeline dated, List<Content> rest) {
      List<Content> items(boolean datedToo) {
        if (!datedToo || dated == null) {
          return rest;
        }
        List<Content> out = new ArrayList<>(rest.size() + 1);
        out.add(dated);
        out.addAll(rest);
        return out;
      }
    }

    /**
     * What claim {@code e} (enriched, with its enriched {@code children}, and {@code childDerived} what each of those
     * gives) gives, or null for nothing. The claim's {@link ClaimAttributor#cues} tell when a deriver cannot find
     * anything: without a digit before 년, or an arrow and a word for now, no dated fact; without 반면, 달리 or
     * " 반해" no contrast.
     */
    private Derived derive(Claim e, int cues, List<Claim> children, List<Derived> childDerived) {
      String text = e.text();
      Timeline dated = null;
      if ((cues & ClaimAttributor.YEAR_DIGIT) != 0
          || (cues & ClaimAttributor.NOW_HINT) != 0 && text.indexOf('→') >= 0) {
        dated = timelines.dated(e).orElse(null);
      }
      List<Content> rest = null;
      if ((cues & ClaimAttributor.CONTRAST_HINT) != 0) {
        Optional<ComparisonTable> t = comparisons.contrast(e);
        if (t.isPresent()) {
          rest = new ArrayList<>(2);
          rest.add(t.get());
        }
      }
      if (!children.isEmpty()) { // no runs, no nested claims, no parallel labels without children
        // runs and parallel only read the list: no copy
        List<TimelineExtractor.Run> runs = timelines.runs(children, Optional.of(text));
        boolean[] inRuns = runs.isEmpty() ? null : new boolean[children.size()];
        for (TimelineExtractor.Run r : runs) {
          for (int k = r.firstIndex(); k <= r.lastIndex(); k++) {
            inRuns[k] = true;
          }
        }
        for (int k = 0; k < children.size(); k++) {
          Derived d = childDerived.get(k);
          if (d != null) {
            List<Content> items = d.items(inRuns == null || !inRuns[k]);
            if (!items.isEmpty()) {
              rest = rest == null ? new ArrayList<>() : rest;
              rest.addAll(items);
            }
          }
        }
        for (TimelineExtractor.Run r : runs) {
          rest = rest == null ? new ArrayList<>() : rest;
          rest.add(r.timeline());
        }
        for (ProseComparisonDeriver.Derived d : comparisons.parallel(children)) {
          rest = rest == null ? new ArrayList<>() : rest;
          rest.add(d.table());
        }
      }
      return dated == null && rest == null ? null : new Derived(dated, rest == null ? List.of() : rest);
    }

    private String subject(Callout c) {
      return c.term().orElse(c.marker().orElse("?"));
    }

    private List<Claim> claimsOf(List<Content> body) {
      List<Claim> out = new ArrayList<>();
      for (Content c : body) {
        if (c.type() == ContentType.CLAIM) {
          out.add((Claim) c);
        }
      }
      return out;
    }

    /**
     * The claim enriched (and numbered), with its children; what it gives ({@link #derive}) is added to
     * {@code derivedOut}, null for nothing.
     */
    Claim claim(Claim c, List<String> parentIds, List<String> previousIds, String previousText, String path,
        List<Derived> derivedOut) {
      String text = c.text();
      // numbered before its children, as the walk of Session.claims() meets them
      String id = numbering == null ? c.id() : numbering.claimId(next++);
      List<String> ids = List.of();
      boolean digressing = aside;
      // one pass for every phrase list asked about below
      int cues = ClaimAttributor.cues(text);
      if (ClaimAttributor.endsDigression(cues)) {
        aside = false;
      } else if (ClaimAttributor.startsDigression(cues, text)
          && (c.kind() != ClaimKind.SPEAKER || ClaimAttributor.authorVoice(cues))) {
        aside = true;
      }
      if (c.kind() == ClaimKind.SPEAKER) {
        ClaimAttributor.Attribution a = attributor.attribute(text, names, participants, keynoteSpeakers,
            ClaimAttributor.authorVoice(cues));
        if (digressing && !panel()) {
          a = new ClaimAttributor.Attribution(List.of(), true, a.unresolved()); // the author's digression
        }
        for (int k = 0; k < a.unresolved().size(); k++) { // indexed: an iterator per claim for an empty list
          NameMatcher.Mention m = a.unresolved().get(k);
          diagnostics.accept(Diagnostic.of(Severity.INFO, "unresolved-speaker",
              "'" + m.surface() + "' is named as the subject of claim " + id + " but is no speaker of the summit",
              c.source().document(), c.source().startLine(), 1)); // the claim's first line; its text is plain
        }
        ids = a.speakerIds();
        if (!a.namesSubject()) {
          if (panel() && !previousIds.isEmpty()
              && (ClaimAttributor.continues(text) || ClaimAttributor.reported(text)
                  || (ProseComparisonDeriver.aspect(text).isPresent()
                      && (ClaimAttributor.introduces(previousText)
                          || ProseComparisonDeriver.aspect(previousText).isPresent())))) {
            ids = previousIds;
          } else if (!parentIds.isEmpty()) {
            ids = parentIds;
          }
        }
      }
      List<String> childParent = c.kind() == ClaimKind.SPEAKER ? ids : List.of();
      if (c.kind() == ClaimKind.SPEAKER && panel() && text.strip().endsWith(":")) {
        List<String> named = named(text);
        if (named.size() == 1) {
          childParent = named; // "Greg의 접근법:" — the bullets under it are his
        }
      }
      // the organisations now, while the matcher still holds this claim's words (read once per claim); they
      // depend on nothing the children's attribution learns (organisation forms are learned beforehand)
      Set<String> organisations = names.organisations(text);
      List<Claim> given = c.children();
      int count = given.size();
      List<Claim> children = count == 0 ? List.of() : new ArrayList<>(count);
      List<Derived> childDerived = count == 0 ? List.of() : new ArrayList<>(count);
      List<String> previous = List.of();
      String previousChild = "";
      for (int k = 0; k < count; k++) { // indexed: no iterator per claim (most have no children)
        Claim e = claim(given.get(k), childParent, previous, previousChild, path, childDerived);
        children.add(e);
        previous = e.kind() == ClaimKind.SPEAKER ? e.speakerIds() : List.of();
        previousChild = e.text();
      }
      // of(...) copies each list once, as a wither does, and makes one claim where up to four withers made
      // four; a claim whose lists all stay empty is kept as it is.
      // the search for a numeral factor ("두 배") only when the claim's pass found one
      List<dev.summit.model.Quantity> found =
          quantities.extract(text, (cues & ClaimAttributor.NUMERAL_FACTOR) != 0);
      Claim e;
      if (numbering == null && ids.isEmpty() && c.speakerIds().isEmpty()
          && organisations.isEmpty() && c.organizationSpeakerIds().isEmpty()
          && found.isEmpty() && c.quantities().isEmpty()
          && children.isEmpty() && c.children().isEmpty()) {
        e = ImmutableClaim.copyOf(c);
      } else {
        e = ImmutableClaim.of(c.source(), id, c.text(), c.kind(), ids, organisations, found,
            path == null ? c.sectionPath() : path, children);
      }
      // what it gives, read now while its cues are at hand (it was read in a second walk over the content)
      derivedOut.add(derive(e, cues, children, childDerived));
      return e;
    }
  }
}
