package dev.summit.parser.internal.recognise;

import dev.summit.model.Affiliation;
import dev.summit.model.ClaimKind;
import dev.summit.model.Content;
import dev.summit.model.DayPart;
import dev.summit.model.Diagnostic;
import dev.summit.model.NameSpelling;
import dev.summit.model.Provenance;
import dev.summit.model.Role;
import dev.summit.model.SessionKind;
import dev.summit.model.Severity;
import dev.summit.parser.ParserLimits;
import dev.summit.parser.internal.outline.Block;
import dev.summit.parser.internal.outline.BlockType;
import dev.summit.parser.internal.outline.Mark;
import dev.summit.parser.internal.read.SourceText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recognise step: finds a post's parts from structure and labels, never from positions.
 *
 * <ul>
 *   <li>A <em>session header</em> is a numbered header (a heading, or a paragraph led by bold) followed by a
 *       label block: a list, possibly inside a block quote, whose items start with 발표자, 참여자, 내용, 영어 제목
 *       and the like. A list item holding a title and a nested label list is one too, and so is a timed line
 *       {@code 09:00 - 09:30: title}.</li>
 *   <li>A header is an <em>agenda entry</em> when its number comes again later, or when nothing but other
 *       headers, pictures and breaks follow it; otherwise it is a <em>detailed session</em> whose body runs to
 *       the next detailed session.</li>
 *   <li>A block quote of labels with a 제목 (title) and no header is a single-session post.</li>
 * </ul>
 */
public final class RecapRecognizer {
  private static final Pattern DAY = Pattern.compile("(?i)\\bday\\s*(\\d{1,2})\\b|(\\d{1,2})\\s*일차");
  private static final Pattern MORNING = Pattern.compile("(?i)오전|morning|\\bam\\b");
  private static final Pattern AFTERNOON = Pattern.compile("(?i)오후|afternoon|\\bpm\\b");
  private static final Pattern KOREAN_RANGE = Pattern.compile(
      "(\\d{4})년\\s*(\\d{1,2})월\\s*(\\d{1,2})일\\s*(?:부터|~|-|–)\\s*(?:(\\d{4})년\\s*)?(?:(\\d{1,2})월\\s*)?(\\d{1,2})일");
  private static final Pattern KOREAN_DATE = Pattern.compile("(\\d{4})년\\s*(\\d{1,2})월\\s*(\\d{1,2})일");
  private static final Pattern ISO_RANGE = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})\\s*(?:~|–|-|to|부터)\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern VENUE = Pattern.compile(
      "(?:까지|일(?:에|,)?)\\s+([^,.。]{2,40}?)에서");
  private static final Pattern TIMED = Pattern.compile(
      "^\\s*(\\d{1,2}:\\d{2})\\s*(?:-|–|~|to)\\s*(\\d{1,2}:\\d{2})\\s*[:|.\\-–]?+\\s*(\\S.*)$", Pattern.DOTALL);
  private static final Pattern SOURCE_LINK = Pattern.compile(
      "^(?:원본\\s*게시글|원문|원본|출처|source|original(?:\\s+post)?)\\s*[:：]\\s*(\\S+)\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern KEY_CONCEPT = Pattern.compile(
      "^(?i:key[- ]?concept|핵심\\s*컨셉|주요\\s*컨셉|컨셉|주제|theme)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern KEYWORDS = Pattern.compile(
      "^(?i:핵심\\s*키워드|키워드|keywords?)\\s*[:：]?\\s*(.*)$", Pattern.DOTALL);

  // compiled once (String.replaceAll and Pattern.compile in a method compile on every call)
  private static final Pattern LABEL_STARTS = Pattern.compile("(?i)(?:^|\\s)(track\\s+\\S+|트랙\\s+\\S+|(?:제목|발표자|연사|"
      + "참여자|내용|영어 제목|모더레이터|moderator|speaker|title|summary|시간)\\s*[:：])");
  private static final Pattern NAME_QUOTES = Pattern.compile("^['\"‘“]+|['\"’”]+$");
  private static final Pattern QUOTED_NAME = Pattern.compile("['‘\"“]([^'’\"”]{3,60})['’\"”]");
  private static final Pattern CONCEPT_QUOTES = Pattern.compile("^[\"“”']+|[\"“”']+$");

  private final ParserLimits limits;

  public RecapRecognizer(ParserLimits limits) {
    this.limits = limits;
  }

  public DocumentRecap recognise(SourceText source, Block outline) {
    return new Run(source, outline).recognise();
  }

  /** One recognition of one document; not shared. */
  private final class Run {
    final SourceText source;
    final String doc;
    final List<Block> blocks;
    final List<Diagnostic> diagnostics;
    final ContentReader reader;
    final boolean[] used;
    final List<Content> agendaLeftovers = new ArrayList<>();
    /**
     * labelBlock's answers by block id, {@link #noLabels} for none: finding candidates and reading their
     * labels ask for the same.
     */
    final LabelBlock[] labelBlocks;
    final HeaderLines headers;
    /** The blocks' provenances by block id, shared by every content reader of this run. */
    final Provenance[] provenances;
    final Map<String, List<SpeakerLine.Person>> speakerLines = new HashMap<>();
    /** The candidates' agenda flags when the session limit decided them on more candidates, or null. */
    boolean[] agendaFlags;
    /** Listed sessions the session limit dropped: items of a list that other, kept items may consume. */
    final List<Candidate> droppedListed = new ArrayList<>();

    Run(SourceText source, Block outline) {
      this.source = source;
      this.doc = source.id();
      this.blocks = outline.children();
      this.diagnostics = new ArrayList<>(source.diagnostics());
      this.headers = new HeaderLines(outline);
      this.labelBlocks = new LabelBlock[outline.index()];
      this.provenances = new Provenance[outline.index()];
      this.reader = new ContentReader(doc, headers, provenances);
      this.used = new boolean[blocks.size()];
    }

    DocumentRecap recognise() {
      Map<String, Object> fm = source.frontMatter();
      Optional<String> title = string(fm.get("title"));
      int titleBlock = -1;
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        if (b.type() == BlockType.HEADING && b.level() == 1) {
          if (title.isEmpty()) {
            title = Optional.of(ContentReader.normalise(b.text()));
          }
          if (title.get().equals(ContentReader.normalise(b.text()))) {
            titleBlock = i;
            used[i] = true;
          }
          break;
        }
      }
      Optional<LocalDate> date = string(fm.get("date")).flatMap(this::isoDate);
      List<String> tags = strings(fm.get("tags"));
      Optional<String> sourceUrl = string(fm.get("source_url")).or(() -> string(fm.get("canonical")));
      // the "원본 게시글: URL" line is the original link, whether or not the metadata already gave one
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        if (b.type() == BlockType.PARAGRAPH && mayBeSourceLink(b.text())) {
          Matcher m = SOURCE_LINK.matcher(b.text().strip());
          if (m.matches()) {
            if (sourceUrl.isEmpty()) {
              sourceUrl = Optional.of(m.group(1));
            }
            used[i] = true;
            break;
          }
        }
      }
      Optional<Integer> day = Optional.empty();
      Optional<DayPart> part = Optional.empty();
      String titleText = title.orElse("");
      Matcher dm = DAY.matcher(titleText);
      if (dm.find()) {
        day = Optional.of(Integer.parseInt(dm.group(1) != null ? dm.group(1) : dm.group(2)));
        part = MORNING.matcher(titleText).find() ? Optional.of(DayPart.MORNING)
            : AFTERNOON.matcher(titleText).find() ? Optional.of(DayPart.AFTERNOON) : Optional.empty();
      }

      List<Candidate> candidates = findCandidates();
      List<SessionDraft> agenda = new ArrayList<>();
      List<SessionDraft> details = new ArrayList<>();
      classify(candidates, agenda, details);
      readDroppedItems();
      if (candidates.isEmpty()) {
        singleSession().ifPresent(details::add);
      }

      SummitFacts facts = facts(title, candidates);
      List<DayDraft> days = days();
      List<Content> loose = new ArrayList<>(agendaLeftovers);
      for (int i = 0; i < blocks.size(); i++) {
        if (!used[i]) {
          reader.read(blocks.get(i), ClaimKind.AUTHOR, loose);
        }
      }
      if (titleBlock < 0 && title.isEmpty()) {
        diagnostics.add(Diagnostic.of(Severity.INFO, "no-title", "the post has no title (front matter or # heading)",
            doc, 1, 1));
      }
      if (agenda.isEmpty() && details.isEmpty() && source.lineCount() > 0) {
        diagnostics.add(Diagnostic.of(Severity.WARNING, "no-sessions",
            "no session found: no numbered header followed by labels such as 발표자 or 참여자", doc, 1, 1));
      }
      Optional<Provenance> titleSource = titleBlock >= 0
          ? Optional.of(reader.provenance(blocks.get(titleBlock))) : Optional.empty();
      return new DocumentRecap(title, titleSource, date, tags, sourceUrl, day, part, facts, days, agenda, details,
          List.copyOf(loose), diagnostics);
    }

    // ---- candidates -------------------------------------------------------------------------------------

    /** A session header found in the post. */
    final class Candidate {
      final int index; // top-level block index of the header (or of the list holding it)
      final int labelIndex; // top-level block index of the label block, or -1
      final HeaderLine header; // may be null for timed lines
      final Block headerBlock;
      final List<Label.Value> labels;
      final List<Block> labelBlocks; // blocks the labels came from (for provenance)
      final boolean quoted;
      final boolean inList;
      /** The label block the labels came from, if any: a list item's nested one is not the list at index. */
      LabelBlock labelSource;
      List<Block> rest = List.of();
      Optional<LocalTime> start = Optional.empty();
      Optional<LocalTime> end = Optional.empty();
      Optional<Integer> number;
      String title;
      final List<ParticipantDraft> participants = new ArrayList<>();

      Candidate(int index, int labelIndex, HeaderLine header, Block headerBlock, List<Label.Value> labels,
          List<Block> labelBlocks, boolean quoted, boolean inList) {
        this.index = index;
        this.labelIndex = labelIndex;
        this.header = header;
        this.headerBlock = headerBlock;
        this.labels = labels;
        this.labelBlocks = labelBlocks;
        this.quoted = quoted;
        this.inList = inList;
        this.number = header != null && header.numbered() ? Optional.of(header.leadNumber()) : Optional.empty();
        this.title = header != null ? header.title() : "";
      }

      int lastIndex() {
        return Math.max(index, labelIndex);
      }
    }

    private List<Candidate> findCandidates() {
      List<Candidate> out = new ArrayList<>();
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        Optional<HeaderLine> h = headers.of(b);
        if (h.isPresent() && h.get().numbered() && h.get().depth() == 1) {
          // the label block may follow after pictures or breaks
          int j = i + 1;
          while (j < blocks.size() && (ContentReader.isDecoration(blocks.get(j))
              || ContentReader.isImageOnly(blocks.get(j))) && j - i <= 3) {
            j++;
          }
          if (j < blocks.size()) {
            LabelBlock lb = labelBlock(blocks.get(j));
            if (lb != null) {
              Candidate c = new Candidate(i, j, h.get(), b, lb.values, lb.sources, lb.quoted, false);
              c.labelSource = lb;
              c.rest = lb.rest;
              out.add(c);
              i = j;
              continue;
            }
          }
          continue;
        }
        if (b.type() == BlockType.LIST) {
          listCandidates(i, b, out);
        } else if (b.type() == BlockType.PARAGRAPH) {
          timedParagraph(i, b, out);
        }
      }
      // numbered headings at the level of labelled session headings are sessions too, labels or not
      int level = -1;
      for (Candidate c : out) {
        if (c.header != null && c.header.heading()) {
          level = c.header.block().level();
          break;
        }
      }
      if (level > 0) {
        List<Candidate> more = new ArrayList<>();
        boolean[] taken = new boolean[blocks.size()];
        out.forEach(c -> taken[c.index] = true);
        for (int i = 0; i < blocks.size(); i++) {
          Block b = blocks.get(i);
          if (!taken[i] && b.type() == BlockType.HEADING && b.level() == level) {
            Optional<HeaderLine> h = headers.of(b);
            if (h.isPresent() && h.get().numbered() && h.get().depth() == 1) {
              more.add(new Candidate(i, -1, h.get(), b, List.of(), List.of(), false, false));
            }
          }
        }
        if (!more.isEmpty()) {
          out.addAll(more);
          out.sort((a, c) -> Integer.compare(a.index, c.index));
        }
      }
      if (out.size() > limits.maxSessions()) {
        out = withinSessionLimit(out); // fewer headers than the limit are fewer sessions: nothing to count
      }
      for (Candidate c : out) {
        readLabels(c);
      }
      return out;
    }

    /**
     * The headers of the first {@code maxSessions} sessions, counted as the assembler will pair them: an agenda
     * entry and the detail that completes it (same number, or same title when unnumbered) are one session, so
     * a post whose agenda and details describe the same sessions keeps them all. A session is at most two
     * headers, so at most twice the limit are kept. Sessions are counted in the order of their first header;
     * the headers of the sessions past the limit are dropped (a detail completing a kept agenda entry is kept,
     * wherever it is), and which headers are agenda entries is decided on all of them, so dropping some
     * changes no other's part.
     */
    private List<Candidate> withinSessionLimit(List<Candidate> all) {
      boolean[] isAgenda = agendaFlags(all);
      int[] session = sessions(all, isAgenda);
      int total = 0;
      for (int id : session) {
        total = Math.max(total, id + 1);
      }
      if (total <= limits.maxSessions()) {
        agendaFlags = isAgenda;
        return all;
      }
      List<Candidate> kept = new ArrayList<>();
      boolean[] keptAgenda = new boolean[all.size()];
      Candidate first = null;
      for (int k = 0; k < all.size(); k++) {
        if (session[k] < limits.maxSessions()) {
          keptAgenda[kept.size()] = isAgenda[k];
          kept.add(all.get(k));
        } else {
          Candidate c = all.get(k);
          first = first == null ? c : first;
          if (c.inList && blocks.get(c.index).type() == BlockType.LIST) {
            droppedListed.add(c);
          }
        }
      }
      agendaFlags = java.util.Arrays.copyOf(keptAgenda, kept.size());
      int dropped = total - limits.maxSessions();
      int headers = all.size() - kept.size();
      diagnostics.add(Diagnostic.of(Severity.WARNING, "limit-exceeded",
          total + " sessions, more than the limit of " + limits.maxSessions() + ": the last "
              + (dropped == 1 ? "one" : dropped) + (headers == 1 ? ", on line " : ", from line ")
              + first.headerBlock.startLine() + (headers == 1 ? "" : " on") + " (" + headers
              + (headers == 1 ? " header)" : " headers)") + (dropped == 1 ? ", is" : ", are")
              + " read as content, not as " + (dropped == 1 ? "a session" : "sessions"), doc,
          first.headerBlock.startLine(), first.headerBlock.column()));
      return kept;
    }

    /**
     * Which session each candidate is part of, numbered in the order of first headers: pairs an agenda entry
     * with its detail as {@code SummitAssembler.reconcile} does (the first agenda entry of a number with the
     * first detail of that number; an unnumbered detail with the first unpaired agenda entry of its title that
     * has no number or a number given before).
     */
    private int[] sessions(List<Candidate> cs, boolean[] isAgenda) {
      int[] partner = new int[cs.size()];
      java.util.Arrays.fill(partner, -1);
      Map<Integer, Integer> agendaByNumber = new HashMap<>();
      Map<String, java.util.ArrayDeque<Integer>> agendaRest = new HashMap<>();
      for (int k = 0; k < cs.size(); k++) {
        Candidate c = cs.get(k);
        if (isAgenda[k]) {
          if (c.number.isPresent() && !agendaByNumber.containsKey(c.number.get())) {
            agendaByNumber.put(c.number.get(), k);
          } else {
            agendaRest.computeIfAbsent(NameSpelling.key(title(c)), t -> new java.util.ArrayDeque<>()).add(k);
          }
        }
      }
      java.util.Set<Integer> detailed = new java.util.HashSet<>();
      for (int k = 0; k < cs.size(); k++) {
        Candidate c = cs.get(k);
        if (isAgenda[k]) {
          continue;
        }
        Integer a = null;
        if (c.number.isPresent()) {
          if (detailed.add(c.number.get())) {
            a = agendaByNumber.remove(c.number.get());
          }
        } else {
          java.util.ArrayDeque<Integer> same = agendaRest.get(NameSpelling.key(title(c)));
          a = same == null ? null : same.pollFirst();
        }
        if (a != null) {
          partner[k] = a;
          partner[a] = k;
        }
      }
      int[] session = new int[cs.size()];
      int next = 0;
      for (int k = 0; k < cs.size(); k++) {
        session[k] = partner[k] >= 0 && partner[k] < k ? session[partner[k]] : next++;
      }
      return session;
    }

    /**
     * The items of listed sessions the limit dropped from a list whose kept items made it the agenda's: they
     * are the post's content (a list no kept item consumed is read whole, as any unused block).
     */
    private void readDroppedItems() {
      boolean[] dropped = new boolean[labelBlocks.length]; // by block id, as labelBlocks
      java.util.SortedSet<Integer> lists = new java.util.TreeSet<>();
      for (Candidate c : droppedListed) {
        if (used[c.index]) {
          dropped[c.headerBlock.id()] = true;
          lists.add(c.index);
        }
      }
      for (int index : lists) {
        for (Block item : blocks.get(index).children()) {
          if (!item.children().isEmpty() && dropped[item.children().get(0).id()]) {
            reader.read(item, ClaimKind.AUTHOR, agendaLeftovers);
          }
        }
      }
    }

    /** An agenda written as a list: items holding a title and a nested label list, or timed lines. */
    private void listCandidates(int index, Block list, List<Candidate> out) {
      int number = 0;
      List<Block> items = list.children();
      for (int i = 0; i < items.size(); i++) { // by index, as the loops below: an iterator each otherwise
        Block item = items.get(i);
        number++;
        if (item.children().isEmpty()) {
          continue;
        }
        Block first = item.children().get(0);
        if (first.type() != BlockType.PARAGRAPH && first.type() != BlockType.HEADING) {
          continue;
        }
        Matcher timed = mayBeTimed(first.text()) ? TIMED.matcher(first.text().strip()) : null;
        LabelBlock lb = null;
        for (int k = 1; k < item.children().size() && lb == null; k++) {
          lb = labelBlock(item.children().get(k));
        }
        if (timed != null && timed.matches()) {
          Candidate c = timedCandidate(index, first, timed, lb);
          if (c != null) {
            out.add(c);
          }
          continue;
        }
        if (lb == null) {
          continue;
        }
        Optional<HeaderLine> h = headers.of(first);
        HeaderLine header = h.orElse(null);
        if (header == null) {
          String t = HeaderLine.cleanTitle(first.text());
          if (t.isEmpty() || t.length() > 200) {
            continue;
          }
          header = new HeaderLine(first, "", t, "", false, false);
        }
        if (!header.numbered() && isKeywordsLabel(header.title())) {
          continue; // a day's keyword list (핵심 키워드) holding a label-shaped keyword is no session
        }
        Candidate c = new Candidate(index, index, header, first, lb.values, lb.sources, false, true);
        c.labelSource = lb;
        if (!header.numbered() && list.ordered()) {
          c.number = Optional.of(item.ordinal());
        }
        out.add(c);
      }
    }

    /** Whether a title is the keywords label alone ({@code 핵심 키워드}, {@code Keywords:}). */
    private static boolean isKeywordsLabel(String title) {
      Matcher kw = KEYWORDS.matcher(title.strip());
      return kw.matches() && kw.group(1).isBlank();
    }

    private void timedParagraph(int index, Block b, List<Candidate> out) {
      // an image's alt text is no timed line: a paragraph of images alone is pictures
      if (!mayBeTimed(b.text()) || ContentReader.isImageOnly(b)) {
        return;
      }
      Matcher timed = TIMED.matcher(b.text().strip());
      if (timed.matches()) {
        LabelBlock lb = index + 1 < blocks.size() ? labelBlock(blocks.get(index + 1)) : null;
        Candidate c = timedCandidate(index, b, timed, lb);
        if (c != null) {
          out.add(c);
        }
      }
    }

    private Candidate timedCandidate(int index, Block block, Matcher timed, LabelBlock lb) {
      Optional<LocalTime> start = time(timed.group(1));
      Optional<LocalTime> end = time(timed.group(2));
      if (start.isEmpty() || end.isEmpty()) {
        return null;
      }
      // runs of white space in the title are one space, as in a heading's (a timed line's title may run over
      // several lines)
      String rest = ContentReader.collapseSpaces(timed.group(3).strip());
      HeaderLine header = new HeaderLine(block, "", HeaderLine.cleanTitle(rest), "", false, false);
      Optional<Label.Value> inline = Optional.empty();
      // "title — 발표자: Name" or "title (Name, Org)" on the same line
      int dash = rest.indexOf(" — ");
      if (dash < 0) {
        dash = rest.indexOf(" - ");
      }
      if (dash > 0) {
        inline = Label.read(rest.substring(dash + 3));
        if (inline.isPresent()) {
          header = new HeaderLine(block, "", HeaderLine.cleanTitle(rest.substring(0, dash)), "", false, false);
        }
      }
      List<Label.Value> labels = new ArrayList<>();
      List<Block> sources = new ArrayList<>();
      inline.ifPresent(v -> {
        labels.add(v);
        sources.add(block);
      });
      if (lb != null) {
        labels.addAll(lb.values);
        sources.addAll(lb.sources);
      }
      int labelIndex = lb != null && !lb.sources.isEmpty() && index + 1 < blocks.size()
          && lb.top == blocks.get(index + 1) ? index + 1 : -1;
      Candidate c = new Candidate(index, labelIndex, header, block, labels, sources, false, true);
      c.labelSource = lb;
      c.start = start;
      c.end = end;
      return c;
    }

    private Optional<LocalTime> time(String text) {
      try {
        String t = text.length() == 4 ? "0" + text : text;
        return Optional.of(LocalTime.parse(t));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }

    // ---- labels -----------------------------------------------------------------------------------------

    private final class LabelBlock {
      final Block top;
      final List<Label.Value> values = new ArrayList<>();
      final List<Block> sources = new ArrayList<>(); // one per value: the item or paragraph it came from
      final List<Block> nested = new ArrayList<>(); // nested list under a value, or null
      final List<Block> rest = new ArrayList<>(); // items and blocks that are not labels: content
      boolean quoted;

      LabelBlock(Block top) {
        this.top = top;
      }
    }

    /** What {@link #labelBlocks} holds for a block known to be no label block. */
    private final LabelBlock noLabels = new LabelBlock(null);

    /** A list (or a quote holding one, or a quoted paragraph of label lines) whose entries start with labels. */
    private LabelBlock labelBlock(Block b) {
      if (b.type() != BlockType.QUOTE && b.type() != BlockType.LIST) {
        return null;
      }
      LabelBlock known = labelBlocks[b.id()];
      if (known == null) {
        LabelBlock lb = readLabelBlock(b);
        labelBlocks[b.id()] = lb == null ? noLabels : lb;
        return lb;
      }
      return known == noLabels ? null : known;
    }

    private LabelBlock readLabelBlock(Block b) {
      LabelBlock lb = new LabelBlock(b);
      Block list = b;
      if (b.type() == BlockType.QUOTE) {
        lb.quoted = true;
        for (Block child : b.children()) {
          if (child.type() == BlockType.LIST) {
            collect(child, lb);
          } else if (child.type() == BlockType.PARAGRAPH) {
            paragraphLabels(child, lb);
          } else {
            lb.rest.add(child);
          }
        }
      } else if (list.type() == BlockType.LIST) {
        collect(list, lb);
      } else {
        return null;
      }
      for (int i = 0; i < lb.values.size(); i++) {
        Label.Value v = lb.values.get(i);
        if (v.label() == Label.SPEAKER || v.label() == Label.PARTICIPANTS || v.label() == Label.MODERATOR
            || v.label() == Label.SUMMARY || v.label() == Label.ENGLISH_TITLE) {
          return lb;
        }
      }
      return null;
    }

    private void collect(Block list, LabelBlock lb) {
      List<Block> items = list.children(); // by index: the iterator was not optimised away here
      for (int i = 0; i < items.size(); i++) {
        Block item = items.get(i);
        if (item.children().isEmpty()) {
          continue;
        }
        Block first = item.children().get(0);
        Optional<Label.Value> v = first.type() == BlockType.PARAGRAPH
            ? Label.read(first.text().strip()) : Optional.empty();
        if (v.isEmpty()) {
          lb.rest.add(item);
        } else {
          lb.values.add(v.get());
          lb.sources.add(item);
          Block nested = null;
          for (int k = 0; k < item.children().size(); k++) {
            if (item.children().get(k).type() == BlockType.LIST) {
              nested = item.children().get(k);
            }
          }
          lb.nested.add(nested);
        }
      }
    }

    /** "Track 2 / 제목 : … / 발표자 : …" written as lines of one paragraph. */
    private void paragraphLabels(Block p, LabelBlock lb) {
      String text = p.text();
      List<String> lines = new ArrayList<>(List.of(text.split("\n")));
      if (lines.size() == 1) {
        lines = splitAtLabels(text);
      }
      boolean any = false;
      for (String line : lines) {
        Optional<Label.Value> v = Label.read(line.strip());
        if (v.isPresent()) {
          any = true;
          lb.values.add(v.get());
          lb.sources.add(p);
          lb.nested.add(null);
        }
      }
      if (!any) {
        lb.rest.add(p);
      }
    }

    /** Splits "Track 1 제목 : A 발표자 : B" where soft breaks became spaces. */
    private List<String> splitAtLabels(String text) {
      Matcher m = LABEL_STARTS.matcher(text);
      List<Integer> starts = new ArrayList<>();
      while (m.find()) {
        starts.add(m.start(1));
      }
      if (starts.isEmpty() || !text.substring(0, starts.get(0)).isBlank()) {
        // a line of labels starts with one: text before the first (a review's (후기), a callout's marker) makes the
        // line prose that names labels, no label line
        return List.of(text);
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < starts.size(); i++) {
        out.add(text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()));
      }
      return out.isEmpty() ? List.of(text) : out;
    }

    private void readLabels(Candidate c) {
      for (int k = 0; k < c.labels.size(); k++) {
        Label.Value v = c.labels.get(k);
        Block src = c.labelBlocks.get(k);
        // the nested list under the label's own item: a listed session's labels come from the item's nested
        // list, not from the list at the candidate's index (whose items may be labels too), and a timed line's
        // inline label comes before its label block's
        Block nested = nestedOf(c.labelSource, src);
        switch (v.label()) {
          case SPEAKER, PARTICIPANTS, MODERATOR -> {
            Role role = v.label() == Label.SPEAKER ? Role.SPEAKER
                : v.label() == Label.MODERATOR ? Role.MODERATOR : Role.PANELIST;
            if (!v.value().isEmpty()) {
              List<SpeakerLine.Person> people = people(v.value());
              for (int i = 0; i < people.size(); i++) {
                c.participants.add(draft(people.get(i), role, src));
              }
            }
            if (nested != null) {
              List<Block> items = nested.children();
              for (int j = 0; j < items.size(); j++) {
                Block item = items.get(j);
                if (!item.children().isEmpty() && item.children().get(0).type() == BlockType.PARAGRAPH) {
                  List<SpeakerLine.Person> people = people(item.children().get(0).text().strip());
                  for (int i = 0; i < people.size(); i++) {
                    c.participants.add(draft(people.get(i), role, item));
                  }
                }
              }
            }
          }
          default -> { }
        }
      }
    }

    /**
     * {@link SpeakerLine#readAll}, once per distinct line: an agenda entry and its detailed session usually
     * give the same speaker line. People are records, shareable.
     */
    private List<SpeakerLine.Person> people(String line) {
      List<SpeakerLine.Person> people = speakerLines.get(line);
      if (people == null) {
        people = SpeakerLine.readAll(line);
        speakerLines.put(line, people);
      }
      return people;
    }

    private Block nestedOf(LabelBlock lb, Block src) {
      if (lb != null) {
        for (int j = 0; j < lb.sources.size(); j++) {
          if (lb.sources.get(j) == src) {
            return lb.nested.get(j);
          }
        }
      }
      return nestedList(src);
    }

    private Block nestedList(Block item) {
      if (item.type() != BlockType.ITEM) {
        return null;
      }
      for (Block child : item.children()) {
        if (child.type() == BlockType.LIST) {
          return child;
        }
      }
      return null;
    }

    private ParticipantDraft draft(SpeakerLine.Person p, Role role, Block src) {
      return new ParticipantDraft(p.name(), p.role(role), p.affiliation(), p.organization(), p.position(),
          p.honorific(), reader.provenance(src), src.column());
    }

    private Optional<String> label(Candidate c, Label label) {
      for (int i = 0; i < c.labels.size(); i++) {
        Label.Value v = c.labels.get(i);
        if (v.label() == label) {
          String value = ContentReader.normalise(v.value());
          if (!value.isEmpty()) {
            return Optional.of(value);
          }
        }
      }
      return Optional.empty();
    }

    // ---- agenda or detail -------------------------------------------------------------------------------

    /**
     * Which candidates are agenda entries: those whose number comes again, listed ones, and a run of bare
     * headers before more headers.
     */
    private boolean[] agendaFlags(List<Candidate> candidates) {
      Map<Integer, Integer> seen = new HashMap<>();
      boolean[] isAgenda = new boolean[candidates.size()];
      for (int k = 0; k < candidates.size(); k++) {
        Candidate c = candidates.get(k);
        if (c.inList) {
          isAgenda[k] = true;
          continue;
        }
        Integer earlier = c.number.map(seen::get).orElse(null);
        if (earlier != null) {
          isAgenda[earlier] = true;
        }
        int index = k;
        c.number.ifPresent(n -> seen.put(n, index));
      }
      // hasBody[k]: content follows header k before the next header; laterBody[k]: some header from k on has
      // content (computed backwards once, so classifying stays linear)
      boolean[] hasBody = new boolean[candidates.size()];
      boolean[] laterBody = new boolean[candidates.size() + 1];
      for (int k = candidates.size() - 1; k >= 0; k--) {
        Candidate c = candidates.get(k);
        int next = k + 1 < candidates.size() ? candidates.get(k + 1).index : blocks.size();
        for (int i = c.lastIndex() + 1; i < next && !hasBody[k]; i++) {
          Block b = blocks.get(i);
          hasBody[k] = !ContentReader.isDecoration(b) && !ContentReader.isImageOnly(b);
        }
        laterBody[k] = hasBody[k] || c.quoted || laterBody[k + 1];
      }
      for (int k = 0; k < candidates.size(); k++) {
        Candidate c = candidates.get(k);
        if (isAgenda[k] || c.quoted) {
          continue;
        }
        // a run of bare headers before more headers is an agenda; a bare last header is a session
        isAgenda[k] = !hasBody[k] && laterBody[k + 1];
      }
      return isAgenda;
    }

    private void classify(List<Candidate> candidates, List<SessionDraft> agenda, List<SessionDraft> details) {
      boolean[] isAgenda = agendaFlags != null ? agendaFlags : agendaFlags(candidates);
      for (int k = 0; k < candidates.size(); k++) {
        Candidate c = candidates.get(k);
        if (isAgenda[k]) {
          if (!c.inList || c.index != c.labelIndex) {
            markUsed(c.index, c.lastIndex());
          } else {
            used[c.index] = true;
          }
          agenda.add(draft(c, List.of(), List.of(), List.of(), reader.provenance(c.headerBlock)));
          for (Block b : c.rest) {
            reader.read(b, ClaimKind.AUTHOR, agendaLeftovers);
          }
          continue;
        }
        // detail: body to the next detailed header, or to a heading at or above this header's level
        int bodyStart = c.lastIndex() + 1;
        int bodyEnd = blocks.size();
        for (int m = k + 1; m < candidates.size(); m++) {
          if (!isAgenda[m] || candidates.get(m).index > c.index) {
            bodyEnd = candidates.get(m).index;
            break;
          }
        }
        if (c.header != null && c.header.heading()) {
          for (int i = bodyStart; i < bodyEnd; i++) {
            Block b = blocks.get(i);
            if (b.type() == BlockType.HEADING && b.level() <= c.header.block().level()) {
              bodyEnd = i;
              break;
            }
          }
        }
        markUsed(c.index, bodyEnd - 1);
        ContentReader.Body body;
        ContentReader bodyReader = new ContentReader(doc, headers, provenances);
        // the label block's other entries, if any, then the blocks up to the next session (a view when alone)
        List<Block> bodyBlocks = blocks.subList(bodyStart, bodyEnd);
        if (!c.rest.isEmpty()) {
          bodyBlocks = new ArrayList<>(c.rest);
          bodyBlocks.addAll(blocks.subList(bodyStart, bodyEnd));
        }
        body = bodyReader.body(bodyBlocks, ClaimKind.SPEAKER);
        int endLine = c.headerBlock.endLine();
        for (int i = c.index; i < bodyEnd; i++) {
          endLine = Math.max(endLine, blocks.get(i).endLine());
        }
        Provenance p = Provenance.of(doc, c.headerBlock.startLine(), endLine);
        details.add(draft(c, body.content(), body.sections(), bodyReader.keywords(), p));
      }
    }

    private void markUsed(int from, int to) {
      for (int i = Math.max(0, from); i <= to && i < used.length; i++) {
        used[i] = true;
      }
    }

    private SessionDraft draft(Candidate c, List<Content> content, List<dev.summit.model.Section> sections,
        List<String> keywords, Provenance source) {
      if (c.header != null && c.header.strayMarkers()) {
        diagnostics.add(Diagnostic.of(Severity.WARNING, "stray-emphasis",
            "session header " + c.number.map(n -> n + " ").orElse("") + "has unmatched emphasis markers; "
                + "read as \"" + c.title + "\"", doc, c.headerBlock.startLine(), c.headerBlock.column()));
      }
      String title = title(c);
      Optional<String> track = label(c, Label.TRACK);
      SessionKind kind = kind(c, title, track);
      List<ParticipantDraft> participants = new ArrayList<>(c.participants.size());
      for (int i = 0; i < c.participants.size(); i++) {
        ParticipantDraft p = c.participants.get(i);
        // a panelist of a session that is no panel speaks; anyone else is kept as read (a record: no copy)
        if (p.role() == Role.PANELIST && kind != SessionKind.PANEL) {
          p = new ParticipantDraft(p.name(), Role.SPEAKER, p.affiliation(), p.organization(), p.position(),
              p.honorific(), p.source(), p.column());
        }
        participants.add(p);
      }
      return new SessionDraft(c.number, title, label(c, Label.ENGLISH_TITLE), Optional.of(kind), track,
          label(c, Label.SUMMARY), c.start, c.end, List.copyOf(participants), keywords, content, sections, source,
          c.headerBlock.column());
    }

    /** A session's title: its header's, or its 제목 label's when the header gives none. */
    private String title(Candidate c) {
      return c.title.isEmpty() ? label(c, Label.TITLE).orElse(c.title) : c.title;
    }

    private SessionKind kind(Candidate c, String title, Optional<String> track) {
      SessionKind byTitle = kindByTitle(title);
      if (byTitle != null) {
        return byTitle;
      }
      if (track.isPresent()) {
        return SessionKind.TRACK_TALK;
      }
      boolean speakerLabel = false;
      for (int i = 0; i < c.labels.size(); i++) {
        speakerLabel |= c.labels.get(i).label() == Label.SPEAKER;
      }
      long others = 0;
      boolean moderated = false;
      for (int i = 0; i < c.participants.size(); i++) {
        if (c.participants.get(i).role() == Role.MODERATOR) {
          moderated = true;
        } else {
          others++;
        }
      }
      if (speakerLabel && !moderated) {
        return SessionKind.KEYNOTE;
      }
      if (others >= 3 || moderated && others >= 2) {
        return SessionKind.PANEL;
      }
      if (others == 2 || moderated && others == 1) {
        return SessionKind.DIALOGUE;
      }
      return others == 1 ? SessionKind.KEYNOTE : SessionKind.OTHER;
    }

    /** A post about one talk: a quote of labels with a title (제목) and no numbered header. */
    private Optional<SessionDraft> singleSession() {
      for (int i = 0; i < blocks.size(); i++) {
        LabelBlock lb = labelBlock(blocks.get(i));
        if (lb == null) {
          continue;
        }
        boolean titled = lb.values.stream().anyMatch(v -> v.label() == Label.TITLE);
        if (!titled) {
          continue;
        }
        Block top = blocks.get(i);
        Candidate c = new Candidate(i, i, null, top, lb.values, lb.sources, lb.quoted, false);
        readLabels(c);
        int bodyStart = i + 1;
        markUsed(i, blocks.size() - 1);
        ContentReader bodyReader = new ContentReader(doc, headers, provenances);
        ContentReader.Body body = bodyReader.body(blocks.subList(bodyStart, blocks.size()), ClaimKind.SPEAKER);
        int endLine = blocks.get(blocks.size() - 1).endLine();
        return Optional.of(draft(c, body.content(), body.sections(), bodyReader.keywords(),
            Provenance.of(doc, top.startLine(), Math.max(top.startLine(), endLine))));
      }
      return Optional.empty();
    }

    // ---- intro facts and days ---------------------------------------------------------------------------

    private SummitFacts facts(Optional<String> title, List<Candidate> candidates) {
      // a session's header (a timed line too) is no introduction, whatever dates its title gives
      boolean[] sessionHeaders = new boolean[blocks.size()];
      for (Candidate c : candidates) {
        sessionHeaders[c.index] |= c.headerBlock == blocks.get(c.index);
      }
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        // a numbered header (a session's or section's) is no introduction, whatever dates its lines give
        // nor is a link or images alone, which are content of their own (the Markdown export writes a link that
        // followed a claim in a nested list as such a paragraph)
        if (b.type() != BlockType.PARAGRAPH || headers.of(b).filter(HeaderLine::numbered).isPresent()
            || sessionHeaders[i] || ContentReader.isLinkOnly(b) || ContentReader.isImageOnly(b)) {
          continue;
        }
        String text = b.text();
        Optional<LocalDate> start = Optional.empty();
        Optional<LocalDate> end = Optional.empty();
        Matcher r = KOREAN_RANGE.matcher(text);
        int after = -1;
        if (r.find()) {
          int y = Integer.parseInt(r.group(1));
          int mo = Integer.parseInt(r.group(2));
          start = date(y, mo, Integer.parseInt(r.group(3)));
          int y2 = r.group(4) != null ? Integer.parseInt(r.group(4)) : y;
          int mo2 = r.group(5) != null ? Integer.parseInt(r.group(5)) : mo;
          end = date(y2, mo2, Integer.parseInt(r.group(6)));
          after = r.start();
        } else {
          Matcher iso = ISO_RANGE.matcher(text);
          if (iso.find()) {
            start = isoDate(iso.group(1));
            end = isoDate(iso.group(2));
            after = iso.start();
          }
        }
        if (start.isEmpty()) {
          continue;
        }
        Optional<String> venue = Optional.empty();
        Matcher v = VENUE.matcher(text.substring(after));
        if (v.find()) {
          venue = Optional.of(v.group(1).strip());
        }
        Optional<String> name = Optional.empty();
        for (Mark m : b.marks()) {
          if ((m.kind() == Mark.Kind.CODE || m.kind() == Mark.Kind.BOLD) && m.start() < after) {
            name = Optional.of(ContentReader.normalise(text.substring(m.start(), m.end()))
                .transform(n -> NAME_QUOTES.matcher(n).replaceAll("")).strip());
            break;
          }
        }
        // a name of quotes alone is none
        name = name.filter(n -> !n.isEmpty());
        if (name.isEmpty()) {
          Matcher q = QUOTED_NAME.matcher(text.substring(0, after));
          if (q.find()) {
            name = Optional.of(q.group(1).strip());
          }
        }
        return new SummitFacts(name, start.map(LocalDate::getYear), start, end, venue,
            Optional.of(reader.provenance(b)));
      }
      // no date range in the text: the front matter may name the event (event, venue, startDate, endDate)
      Map<String, Object> fm = source.frontMatter();
      Optional<LocalDate> fmStart = string(fm.get("startDate")).flatMap(this::isoDate);
      Optional<LocalDate> fmEnd = string(fm.get("endDate")).flatMap(this::isoDate);
      Optional<String> fmName = string(fm.get("event"));
      Optional<String> fmVenue = string(fm.get("venue"));
      if (fmStart.isPresent() || fmName.isPresent() || fmVenue.isPresent()) {
        // without an end date the event is of one day; an end date stated as none (endDate: null) stays none
        return new SummitFacts(fmName, fmStart.map(LocalDate::getYear), fmStart,
            fm.containsKey("endDate") ? fmEnd : fmEnd.or(() -> fmStart), fmVenue,
            Optional.of(Provenance.of(doc, 1, 1)));
      }
      Optional<Integer> year = string(source.frontMatter().get("year")).flatMap(y -> {
        try {
          return Optional.of(Integer.parseInt(y.strip()));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      });
      return new SummitFacts(Optional.empty(), year, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
    }

    /** "Day N …" headers followed by a list with a key concept, a description and keywords. */
    private List<DayDraft> days() {
      List<DayDraft> out = new ArrayList<>();
      for (int i = 0; i + 1 < blocks.size(); i++) {
        if (used[i]) {
          continue;
        }
        Optional<HeaderLine> h = headers.of(blocks.get(i));
        if (h.isEmpty() || h.get().numbered()) {
          continue;
        }
        Matcher dm = DAY.matcher(h.get().title());
        Block list = blocks.get(i + 1);
        if (!dm.find() || list.type() != BlockType.LIST) {
          continue;
        }
        int number = Integer.parseInt(dm.group(1) != null ? dm.group(1) : dm.group(2));
        Optional<String> concept = Optional.empty();
        List<String> descriptions = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        for (Block item : list.children()) {
          if (item.children().isEmpty() || item.children().get(0).type() != BlockType.PARAGRAPH) {
            continue;
          }
          String text = ContentReader.normalise(item.children().get(0).text());
          Matcher kc = KEY_CONCEPT.matcher(text);
          Matcher kw = KEYWORDS.matcher(text);
          if (kc.matches()) {
            concept = Optional.of(CONCEPT_QUOTES.matcher(kc.group(1).strip()).replaceAll("").strip());
          } else if (kw.matches()) {
            for (Block child : item.children()) {
              if (child.type() == BlockType.LIST) {
                for (Block k : child.children()) {
                  // an item that holds only a nested list names no keyword of its own, nor one whose paragraph
                  // has no text (an image alone)
                  if (!k.children().isEmpty() && k.children().get(0).type() == BlockType.PARAGRAPH) {
                    String keyword = ContentReader.normalise(k.children().get(0).text());
                    if (!keyword.isBlank()) {
                      keywords.add(keyword);
                    }
                  }
                }
              }
            }
            if (keywords.isEmpty() && !kw.group(1).isBlank()) {
              for (String k : SpeakerLine.splitTopLevel(kw.group(1), ',')) {
                if (!k.isBlank()) {
                  keywords.add(k.strip());
                }
              }
            }
          } else {
            descriptions.add(text);
          }
        }
        if (concept.isEmpty() && keywords.isEmpty()) {
          continue;
        }
        used[i] = true;
        used[i + 1] = true;
        // the items' texts joined are cleaned up as one: ** markers left in two items would pair up when the
        // description is read again as one text
        out.add(new DayDraft(number, concept,
            descriptions.isEmpty() ? Optional.empty()
                : Optional.of(ContentReader.normalise(String.join(" ", descriptions))),
            List.copyOf(keywords), Provenance.of(doc, blocks.get(i).startLine(), list.endLine())));
      }
      return out;
    }

    private Optional<LocalDate> date(int y, int m, int d) {
      try {
        return Optional.of(LocalDate.of(y, m, d));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }

    private Optional<LocalDate> isoDate(String s) {
      String t = s.strip();
      if (t.length() >= 10 && isDigits(t, 0, 4) && t.charAt(4) == '-' && isDigits(t, 5, 7) && t.charAt(7) == '-'
          && isDigits(t, 8, 10)) {
        // yyyy-MM-dd, what ISO_LOCAL_DATE reads in its plain form, without the formatter's machinery (as
        // dear as the rest of reading the front matter); a date that does not exist is none either way
        return date(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10));
      }
      try {
        return Optional.of(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * PANEL when the title holds a panel word or 라운드 테이블, else DIALOGUE when it holds a dialogue word, else
   * null; ASCII letters in either case (as {@code (?i)}). One pass, by each word's first char: trying each
   * word over the whole title was 3 % of recognising.
   */
  private static SessionKind kindByTitle(String text) {
    boolean dialogue = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) {
        case '패' -> {
          if (text.startsWith("패널", i)) {
            return SessionKind.PANEL;
          }
        }
        case '토' -> {
          if (text.startsWith("토론", i)) {
            return SessionKind.PANEL;
          }
        }
        case '라' -> {
          if (isRoundTableAt(text, i)) {
            return SessionKind.PANEL;
          }
        }
        case 'p' -> {
          if (isAsciiWordAt(text, i, "panel")) {
            return SessionKind.PANEL;
          }
        }
        case 'r' -> {
          if (isAsciiWordAt(text, i, "roundtable")) {
            return SessionKind.PANEL;
          }
        }
        case '대' -> dialogue |= text.startsWith("대담", i);
        case '좌' -> dialogue |= text.startsWith("좌담", i);
        case 'f' -> dialogue |= isAsciiWordAt(text, i, "fireside");
        case 'd' -> dialogue |= isAsciiWordAt(text, i, "dialogue");
        case 'c' -> dialogue |= isAsciiWordAt(text, i, "conversation");
        default -> { }
      }
    }
    return dialogue ? SessionKind.DIALOGUE : null;
  }

  /** 라운드, regex spaces, 테이블, at {@code i}. */
  private static boolean isRoundTableAt(String text, int i) {
    if (!text.startsWith("라운드", i)) {
      return false;
    }
    int j = i + 3;
    while (j < text.length() && Affiliation.isPatternSpace(text.charAt(j))) {
      j++;
    }
    return text.startsWith("테이블", j);
  }

  /** Whether the lower-case word is at {@code i}, ASCII letters of the text in either case. */
  private static boolean isAsciiWordAt(String text, int i, String lowerWord) {
    if (i + lowerWord.length() > text.length()) {
      return false;
    }
    for (int j = 0; j < lowerWord.length(); j++) {
      char c = text.charAt(i + j);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerWord.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** What {@link #TIMED} needs: a digit after the leading spaces. */
  private static boolean mayBeTimed(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  /** What {@link #SOURCE_LINK} needs: the first letter of one of its words after the leading spaces. */
  private static boolean mayBeSourceLink(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && "원출sSoO".indexOf(text.charAt(i)) >= 0;
  }

  private static Optional<String> string(Object value) {
    if (value instanceof String s && !s.isBlank()) {
      return Optional.of(s.strip());
    }
    return Optional.empty();
  }

  private static List<String> strings(Object value) {
    if (value instanceof List<?> l) {
      // what stream().map(String::valueOf).map(String::strip).filter(not empty).toList() gives, by a loop
      List<String> out = new ArrayList<>(l.size());
      for (Object o : l) {
        String s = String.valueOf(o).strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      return java.util.Collections.unmodifiableList(out);
    }
    if (value instanceof String s && !s.isBlank()) {
      List<String> out = new ArrayList<>();
      for (String part : s.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }
    return List.of();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
