package dev.summit.parser.internal.recognise;

import dev.summit.model.Affiliation;
import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ComparisonRow;
import dev.summit.model.Content;
import dev.summit.model.ContentType;
import dev.summit.model.ImmutableCallout;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableComparisonRow;
import dev.summit.model.ImmutableComparisonTable;
import dev.summit.model.ImmutableImage;
import dev.summit.model.ImmutableLink;
import dev.summit.model.ImmutableQuote;
import dev.summit.model.ImmutableReview;
import dev.summit.model.ImmutableSection;
import dev.summit.model.Image;
import dev.summit.model.Provenance;
import dev.summit.model.ReviewKind;
import dev.summit.model.Section;
import dev.summit.model.TableOrigin;
import dev.summit.parser.internal.outline.Block;
import dev.summit.parser.internal.outline.BlockType;
import dev.summit.parser.internal.outline.Mark;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns outline blocks into model content: claims (with nested bullets), callouts, quotes, tables, images
 * with their credits, links and reviews; and a session body into its section tree.
 *
 * <p>Claims get an empty id here; the assembler numbers them once the session id is known.
 */
final class ContentReader {
  // compiled once: String.replaceAll compiles a Pattern per call
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern TRAILING_SPACE_COLONS = Pattern.compile("[\\s:：]+$");
  private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");
  private static final Pattern REVIEW = Pattern.compile(
      "^[(\\[（]\\s*(후기|개인\\s*의견|개인\\s*생각|참고|느낀\\s*점|review|note|opinion)\\s*[)\\]）]\\s*[:：]?\\s*(.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern REVIEW_COLON = Pattern.compile(
      "^(후기|개인\\s*의견|느낀\\s*점)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern CREDIT = Pattern.compile(
      "^(이미지\\s*출처|사진\\s*출처|표\\s*출처|그림\\s*출처|출처|image\\s+(?:source|credit)s?|source|credit|photo)\\s*[:：ㅣ|]?\\s*(.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final String document;
  private final HeaderLines headers;
  /** The inline-code key terms of each content's own text (a claim's, not its children's), by identity. */
  private final Map<Content, List<String>> keywordsOf = new IdentityHashMap<>();
  /**
   * The first lines of the contents in {@link #keywordsOf}, as bits: few contents hold inline code, and
   * looking every content up by identity gave each an identity hash, the dearest part of reading a body.
   */
  private long[] taggedLines = new long[0];
  private Body lastBody;
  /** {@link #keywords()} of the last body, once asked; null until then. */
  private List<String> lastKeywords;

  /**
   * The provenance of each block read, by block id, shared by the readers of one document: a block's
   * contents (its claim, links, the images and credits of a paragraph) and every session that reads it again
   * get the same value, which is made once. Provenances are immutable values, so sharing one is unseen.
   */
  private final Provenance[] provenances;

  ContentReader(String document, HeaderLines headers, Provenance[] provenances) {
    this.document = document;
    this.headers = headers;
    this.provenances = provenances;
  }

  /**
   * The inline-code key terms of the last body read, in the model's order, each once: a content's own terms,
   * then those of what it holds (a claim's children, a callout's or quote's body), then the sections'. A
   * paragraph continuing a bullet comes after the bullet's nested list in the model, so its terms do too.
   */
  List<String> keywords() {
    if (lastKeywords != null) {
      return lastKeywords;
    }
    if (lastBody == null || keywordsOf.isEmpty()) {
      return List.of();
    }
    Set<String> keywords = new LinkedHashSet<>();
    // the walk ends once every tagged content is found: most bodies have their inline code early or none. It
    // takes what it finds from keywordsOf itself rather than from a copy (the answer is kept for a second call),
    // so what is left there is only what no body read since holds
    Map<Content, List<String>> pending = keywordsOf;
    collect(lastBody.content(), keywords, pending);
    for (int i = 0; i < lastBody.sections().size() && !pending.isEmpty(); i++) {
      collect(lastBody.sections().get(i), keywords, pending);
    }
    lastKeywords = List.copyOf(keywords);
    return lastKeywords;
  }

  private void collect(Section section, Set<String> keywords, Map<Content, List<String>> pending) {
    collect(section.content(), keywords, pending);
    for (int i = 0; i < section.subsections().size() && !pending.isEmpty(); i++) {
      collect(section.subsections().get(i), keywords, pending);
    }
  }

  /** Adds the terms of the contents and what they hold, in order; a content found is taken from pending. */
  private void collect(List<? extends Content> contents, Set<String> keywords, Map<Content, List<String>> pending) {
    for (int i = 0; i < contents.size() && !pending.isEmpty(); i++) {
      Content c = contents.get(i);
      // a content met again (none is, but the walk would allow it) adds nothing new to the set either way
      List<String> own = mayBeTagged(c) ? pending.remove(c) : null;
      if (own != null) {
        keywords.addAll(own);
      }
      if (c instanceof Claim claim) {
        collect(claim.children(), keywords, pending);
      } else if (c instanceof dev.summit.model.Callout callout) {
        collect(callout.body(), keywords, pending);
      } else if (c instanceof dev.summit.model.Quote quote) {
        collect(quote.body(), keywords, pending);
      }
    }
  }

  /** Adds key terms to a content's own. */
  private void tag(Content c, List<String> keywords) {
    if (c != null && !keywords.isEmpty()) {
      markTagged(c);
      keywordsOf.computeIfAbsent(c, k -> new ArrayList<>(keywords.size())).addAll(keywords);
    }
  }

  /** A copy of a content takes over the original's key terms. */
  private <T extends Content> T retag(Content original, T copy) {
    List<String> own = mayBeTagged(original) ? keywordsOf.remove(original) : null;
    if (own != null) {
      markTagged(copy);
      keywordsOf.put(copy, own);
    }
    return copy;
  }

  private void markTagged(Content c) {
    int line = c.source().startLine();
    if (line < 0) {
      return;
    }
    if (line >> 6 >= taggedLines.length) {
      taggedLines = java.util.Arrays.copyOf(taggedLines, Math.max((line >> 6) + 1, 2 * taggedLines.length));
    }
    taggedLines[line >> 6] |= 1L << line;
  }

  /** False when {@code c} surely has no key terms of its own (no tagged content starts on its line). */
  private boolean mayBeTagged(Content c) {
    int line = c.source().startLine();
    return line < 0 || line >> 6 < taggedLines.length && (taggedLines[line >> 6] & 1L << line) != 0;
  }

  Provenance provenance(Block b) {
    Provenance p = provenances[b.id()];
    if (p == null) {
      p = Provenance.of(document, Math.max(1, b.startLine()), Math.max(1, Math.max(b.startLine(), b.endLine())));
      provenances[b.id()] = p;
    }
    return p;
  }

  /** A session body: content before the first header, then the section tree. */
  record Body(List<Content> content, List<Section> sections) {}

  Body body(List<Block> blocks, ClaimKind kind) {
    List<Content> lead = new ArrayList<>();
    List<SectionBuilder> roots = new ArrayList<>();
    List<SectionBuilder> open = new ArrayList<>(); // path from a root to the current section
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      Optional<HeaderLine> header = headers.of(block);
      if (header.isPresent() && !isReview(block)) {
        HeaderLine h = header.get();
        SectionBuilder s = new SectionBuilder(h, provenance(block));
        place(s, roots, open);
        if (!h.rest().isEmpty()) {
          s.content.add(claim(h.rest(), kind, block, List.of()));
        }
        continue;
      }
      List<Content> target = open.isEmpty() ? lead : open.get(open.size() - 1).content;
      read(block, kind, target);
    }
    List<Section> sections = new ArrayList<>(roots.size());
    for (int i = 0; i < roots.size(); i++) {
      sections.add(roots.get(i).build());
    }
    lastBody = new Body(List.copyOf(lead), List.copyOf(sections));
    lastKeywords = null;
    return lastBody;
  }

  /**
   * Places a section by its number: 2.1 goes under 2; an unnumbered section opens a group, and numbering
   * that restarts at 1 after it nests inside it.
   */
  private static void place(SectionBuilder s, List<SectionBuilder> roots, List<SectionBuilder> open) {
    HeaderLine h = s.header;
    if (!h.numbered()) {
      // an unnumbered header under a numbered one of a deeper heading level stays inside it
      if (!open.isEmpty() && h.heading() && open.get(open.size() - 1).header.heading()
          && h.block().level() > open.get(open.size() - 1).header.block().level()) {
        open.get(open.size() - 1).children.add(s);
        open.add(s);
        return;
      }
      roots.add(s);
      open.clear();
      open.add(s);
      return;
    }
    // find the deepest open numbered section whose number is a prefix of this one
    for (int i = open.size() - 1; i >= 0; i--) {
      SectionBuilder candidate = open.get(i);
      if (candidate.header.numbered() && h.number().startsWith(candidate.header.number() + ".")) {
        candidate.children.add(s);
        open.subList(i + 1, open.size()).clear();
        open.add(s);
        return;
      }
    }
    // inside an unnumbered group: stay if its numbering started there
    for (int i = open.size() - 1; i >= 0; i--) {
      SectionBuilder group = open.get(i);
      if (!group.header.numbered()) {
        boolean hasNumbered = false;
        for (int k = 0; k < group.children.size() && !hasNumbered; k++) {
          hasNumbered = group.children.get(k).header.numbered();
        }
        if (hasNumbered || h.leadNumber() == 1) {
          group.children.add(s);
          open.subList(i + 1, open.size()).clear();
          open.add(s);
          return;
        }
        break;
      }
    }
    roots.add(s);
    open.clear();
    open.add(s);
  }

  private final class SectionBuilder {
    final HeaderLine header;
    final Provenance source;
    final List<Content> content = new ArrayList<>();
    final List<SectionBuilder> children = new ArrayList<>();

    SectionBuilder(HeaderLine header, Provenance source) {
      this.header = header;
      this.source = source;
    }

    Section build() {
      // by index and sized: these loops run for every section of every session (an iterator each otherwise)
      List<Section> subs = new ArrayList<>(children.size());
      for (int i = 0; i < children.size(); i++) {
        subs.add(children.get(i).build());
      }
      int end = source.endLine();
      for (int i = 0; i < content.size(); i++) {
        end = Math.max(end, content.get(i).source().endLine());
      }
      for (int i = 0; i < subs.size(); i++) {
        end = Math.max(end, subs.get(i).source().endLine());
      }
      Optional<ReviewKind> review = reviewSection(header);
      // most sections change none of their contents: the builder copies the list as it is then
      List<Content> titled = content;
      for (int i = 0; i < content.size(); i++) {
        Content c = content.get(i);
        // a section headed 후기 or 개인 의견 holds the author's own words
        if (review.isPresent() && c instanceof Claim claim) {
          c = ImmutableReview.builder().kind(review.get()).text(allText(claim)).source(spanning(claim)).build();
        }
        // a table takes the title of the section that holds it
        if (c instanceof dev.summit.model.ComparisonTable t && t.title().isEmpty()) {
          c = ImmutableComparisonTable.copyOf(t).withTitle(header.title());
        }
        if (c != content.get(i)) {
          if (titled == content) {
            titled = new ArrayList<>(content);
          }
          titled.set(i, c);
        }
      }
      ImmutableSection section = ImmutableSection.builder()
          .number(header.number())
          .title(header.title())
          // the header's own provenance when nothing runs past its lines (a value: sharing it is unseen)
          .source(end == source.endLine() ? source : Provenance.of(source.document(), source.startLine(), end))
          .build();
      // the lists by the withers, which copy each once into a list of its size; the builder grows its own list
      // element by element and copies it again when it builds. Either gives the same unmodifiable lists
      if (!titled.isEmpty()) {
        section = section.withContent(titled);
      }
      return subs.isEmpty() ? section : section.withSubsections(subs);
    }
  }

  private static final Pattern REVIEW_TITLE = Pattern.compile(
      "^[(\\[（]?\\s*(후기|개인\\s*의견|개인\\s*생각|느낀\\s*점|review|my\\s+take|opinion)\\s*[)\\]）]?$",
      Pattern.CASE_INSENSITIVE);

  private static Optional<ReviewKind> reviewSection(HeaderLine header) {
    if (header.numbered()) {
      return Optional.empty();
    }
    Matcher m = REVIEW_TITLE.matcher(header.title());
    if (!m.matches()) {
      return Optional.empty();
    }
    String label = WHITESPACE.matcher(m.group(1)).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    return Optional.of(label.equals("후기") || label.equals("느낀점") || label.equals("review")
        ? ReviewKind.REVIEW : ReviewKind.PERSONAL_OPINION);
  }

  /** A claim's text followed by its nested bullets'. */
  private static String allText(Claim claim) {
    StringBuilder out = new StringBuilder(claim.text());
    for (Claim child : claim.children()) {
      out.append(' ').append(allText(child));
    }
    return out.toString();
  }

  /** The lines of a claim and all its nested claims, whose text a review made of it holds. */
  private static Provenance spanning(Claim claim) {
    int end = claim.source().endLine();
    List<Claim> stack = new ArrayList<>(claim.children());
    while (!stack.isEmpty()) {
      Claim c = stack.remove(stack.size() - 1);
      end = Math.max(end, c.source().endLine());
      stack.addAll(c.children());
    }
    return Provenance.of(claim.source().document(), claim.source().startLine(), end);
  }

  /** Reads one block into content, appending to {@code out}. */
  void read(Block block, ClaimKind kind, List<Content> out) {
    switch (block.type()) {
      case PARAGRAPH, HEADING -> paragraph(block, kind, out);
      case LIST -> {
        List<Block> items = block.children(); // by index: an iterator per list is an object per list
        for (int i = 0; i < items.size(); i++) {
          // past the depth limit a list holds one paragraph of its text, no items
          if (items.get(i).type() == BlockType.ITEM) {
            item(items.get(i), kind, out);
          } else {
            read(items.get(i), kind, out);
          }
        }
      }
      case ITEM -> item(block, kind, out);
      case QUOTE -> quote(block, kind, out);
      case TABLE -> table(block).ifPresent(out::add);
      case CODE -> {
        if (!block.text().isBlank()) {
          out.add(claim(block.text().strip(), ClaimKind.AUTHOR, block, List.of()));
        }
      }
      case BREAK, DOCUMENT -> { }
      default -> { }
    }
  }

  private void paragraph(Block block, ClaimKind kind, List<Content> out) {
    int before = out.size();
    paragraphContent(block, kind, out);
    List<String> keywords = keywordsIn(block);
    if (keywords.isEmpty()) {
      return;
    }
    // the paragraph's terms belong to its text's claim or review (which an item may nest apart from the images
    // read before it), else to its first content, or to the image its credit went to
    Content target = out.size() > before ? out.get(before) : out.isEmpty() ? null : out.get(out.size() - 1);
    for (int i = before; i < out.size(); i++) {
      if (out.get(i).type() == ContentType.CLAIM || out.get(i).type() == ContentType.REVIEW) {
        target = out.get(i);
        break;
      }
    }
    tag(target, keywords);
  }

  private void paragraphContent(Block block, ClaimKind kind, List<Content> out) {
    String text = block.text();
    // an image alone, or images with text lines (credits) between hard line breaks
    List<Mark> images = marksOf(block, Mark.Kind.IMAGE);
    if (!images.isEmpty()) {
      int pos = 0;
      // most such paragraphs are one image without alt text: nothing to gather then
      StringBuilder rest = text.isEmpty() ? null : new StringBuilder();
      for (int i = 0; i < images.size(); i++) {
        Mark m = images.get(i);
        if (rest != null) {
          rest.append(text, pos, Math.max(pos, m.start()));
        }
        pos = Math.max(pos, m.end());
        out.add(image(m.url(), text.substring(m.start(), m.end()), block));
      }
      String remaining = "";
      if (rest != null) {
        rest.append(text.substring(Math.min(pos, text.length())));
        remaining = rest.toString().strip();
      }
      if (!remaining.isEmpty()) {
        textLine(remaining, kind, block, out);
      }
      inlineLinks(block, out);
      return;
    }
    if (isLinkOnly(block)) {
      List<Mark> links = marksOf(block, Mark.Kind.LINK);
      out.add(ImmutableLink.builder().url(links.get(0).url()).text(text.strip()).source(provenance(block)).build());
      return;
    }
    textLine(text.strip(), kind, block, out);
    inlineLinks(block, out);
  }

  private static List<Mark> marksOf(Block block, Mark.Kind kind) {
    List<Mark> marks = block.marks();
    List<Mark> found = List.of();
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      if (m.kind() == kind) {
        if (found.isEmpty()) {
          found = new ArrayList<>(2);
        }
        found.add(m);
      }
    }
    return found;
  }

  private static boolean hasMark(Block block, Mark.Kind kind) {
    List<Mark> marks = block.marks();
    for (int i = 0; i < marks.size(); i++) {
      if (marks.get(i).kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * The destinations of a block's inline links, as {@link dev.summit.model.Link}s after the text that holds
   * them: the text keeps the link's words, the model keeps where they point. Autolinks, whose words are the
   * destination, are already in the text.
   */
  private void inlineLinks(Block block, List<Content> out) {
    List<Mark> marks = block.marks();
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      if (m.kind() == Mark.Kind.LINK && !m.url().isEmpty()) {
        String words = normalise(block.text().substring(m.start(), m.end()));
        if (!words.equals(m.url()) && !("mailto:" + words).equals(m.url())) {
          out.add(ImmutableLink.builder().url(m.url()).text(words).source(provenance(block)).build());
        }
      }
    }
  }

  /** A line of text: a credit for the previous image, a review, or a claim. */
  private void textLine(String text, ClaimKind kind, Block block, List<Content> out) {
    if (text.isEmpty()) {
      return;
    }
    Matcher credit = afterImage(out) && mayBeCredit(text) ? CREDIT.matcher(text) : null;
    if (credit != null && credit.matches()) {
      Image last = (Image) out.remove(out.size() - 1);
      String value = normalise(credit.group(2));
      out.add(retag(last, ImmutableImage.copyOf(last).withCredit(value.isEmpty() ? normalise(text) : value)
          .withSource(Provenance.of(document, last.source().startLine(),
              Math.max(last.source().endLine(), block.endLine())))));
      return;
    }
    out.add(head(text, kind, block, List.of()));
  }

  private static boolean afterImage(List<Content> out) {
    return !out.isEmpty() && out.get(out.size() - 1).type() == ContentType.IMAGE;
  }

  /** What {@link #CREDIT} needs: one of its words' first letters at the start. */
  private static boolean mayBeCredit(String text) {
    return !text.isEmpty() && "이사표그출iIsScCpP".indexOf(text.charAt(0)) >= 0;
  }

  /** What {@link #REVIEW} or {@link #REVIEW_COLON} needs: a bracket or one of their words' first syllables. */
  private static boolean mayBeReview(String text) {
    return !text.isEmpty() && "([（후개느".indexOf(text.charAt(0)) >= 0;
  }

  private static boolean isReviewLine(String text) {
    return mayBeReview(text) && (REVIEW.matcher(text).matches() || REVIEW_COLON.matcher(text).matches());
  }

  private Optional<Content> review(String text, Block block) {
    if (!mayBeReview(text)) {
      return Optional.empty();
    }
    Matcher m = REVIEW.matcher(text);
    if (!m.matches()) {
      m = REVIEW_COLON.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    String label = WHITESPACE.matcher(m.group(1)).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    ReviewKind kind = switch (label) {
      case "후기", "느낀점", "review" -> ReviewKind.REVIEW;
      case "참고", "note" -> ReviewKind.NOTE;
      default -> ReviewKind.PERSONAL_OPINION;
    };
    return Optional.of(ImmutableReview.builder().kind(kind).text(normalise(m.group(2)))
        .source(provenance(block)).build());
  }

  private boolean isReview(Block block) {
    return block.type() == BlockType.PARAGRAPH && isReviewLine(block.text().strip());
  }

  private void item(Block item, ClaimKind kind, List<Content> out) {
    String text = "";
    Block first = null;
    // made when needed: most items hold one paragraph and nothing else
    List<Claim> children = List.of();
    List<Content> after = List.of();
    List<Block> blocks = item.children();
    for (int i = 0; i < blocks.size(); i++) {
      Block child = blocks.get(i);
      if (first == null && (child.type() == BlockType.PARAGRAPH || child.type() == BlockType.HEADING)
          && !hasMark(child, Mark.Kind.IMAGE)) {
        first = child;
        text = child.text();
        continue;
      }
      if (child.type() == BlockType.LIST) {
        List<Content> nested = new ArrayList<>();
        read(child, kind, nested);
        for (int k = 0; k < nested.size(); k++) {
          Content c = nested.get(k);
          if (c instanceof Claim claim) {
            if (children.isEmpty()) {
              children = new ArrayList<>();
            }
            children.add(claim);
          } else {
            if (after.isEmpty()) {
              after = new ArrayList<>();
            }
            after.add(c);
          }
        }
      } else {
        if (after.isEmpty()) {
          after = new ArrayList<>();
        }
        read(child, kind, after);
      }
    }
    if (first != null) {
      Content head = head(normaliseKeepLines(text), kind, first, children);
      tag(head, keywordsIn(first));
      if (head instanceof Claim claim) {
        out.add(claim);
        inlineLinks(first, out);
      } else {
        if (head != null) {
          out.add(head);
        }
        out.addAll(children);
      }
    } else {
      out.addAll(children);
    }
    out.addAll(after);
  }

  /**
   * A line that is no image credit: the author's review, or else a claim, made with its nested claims as its
   * children at once (an item's first line) rather than made bare and copied with them; null for an empty line.
   * {@link #textLine} gives an item's first line the same, read into a list of its own: no image comes before
   * it there, so it is never a credit.
   */
  private Content head(String text, ClaimKind kind, Block block, List<Claim> children) {
    if (text.isEmpty()) {
      return null;
    }
    Optional<Content> review = review(text, block);
    return review.isPresent() ? review.get() : claim(text, kind, block, children);
  }

  private void quote(Block quote, ClaimKind outer, List<Content> out) {
    List<Block> blocks = quote.children();
    if (blocks.isEmpty()) {
      return;
    }
    Block first = blocks.get(0);
    String firstText = first.type() == BlockType.PARAGRAPH ? first.text().strip() : "";
    // a credit for the image before the quote
    if (afterImage(out) && mayBeCredit(firstText) && CREDIT.matcher(firstText).matches()) {
      textLine(normalise(firstText), outer, first, out);
      // its code spans are key terms of the image the credit went to, as a credit's in the image's paragraph are
      tag(out.get(out.size() - 1), keywordsIn(first));
      inlineLinks(first, out);
      for (int k = 1; k < blocks.size(); k++) {
        read(blocks.get(k), ClaimKind.AUTHOR, out);
      }
      return;
    }
    // a review (후기, 개인 의견) and what follows it inside the quote
    if (isReviewLine(firstText)) {
      // its code spans are key terms, as a review's written as a paragraph are
      Optional<Content> review = review(normalise(firstText), first);
      review.ifPresent(out::add);
      tag(review.orElse(null), keywordsIn(first));
      inlineLinks(first, out);
      for (int k = 1; k < blocks.size(); k++) {
        read(blocks.get(k), ClaimKind.AUTHOR, out);
      }
      return;
    }
    // a callout: an emoji marker and a bold term, or a bold term alone on the first line
    Optional<String[]> callout = callout(first);
    if (callout.isPresent()) {
      String[] mt = callout.get();
      List<Content> body = new ArrayList<>();
      if (!mt[2].isBlank()) {
        textLine(mt[2].strip(), ClaimKind.EXPLAINER, first, body);
      }
      inlineLinks(first, body);
      for (int k = 1; k < blocks.size(); k++) {
        read(blocks.get(k), ClaimKind.EXPLAINER, body);
      }
      Content c = ImmutableCallout.builder()
          .marker(Optional.ofNullable(mt[0]))
          .term(Optional.ofNullable(mt[1]))
          .body(body)
          .source(provenance(quote))
          .build();
      tag(c, keywordsIn(first));
      out.add(c);
      return;
    }
    List<Content> body = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      read(blocks.get(i), ClaimKind.AUTHOR, body);
    }
    if (!body.isEmpty()) {
      out.add(ImmutableQuote.builder().body(body).source(provenance(quote)).build());
    }
  }

  /** [marker or null, term or null, rest of the first paragraph]; empty when the quote is no callout. */
  private static Optional<String[]> callout(Block first) {
    // an image's alt text is no marker: a quote that opens with images alone is a quote holding them
    if (first.type() != BlockType.PARAGRAPH || isImageOnly(first)) {
      return Optional.empty();
    }
    String text = first.text();
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int markerStart = i;
    while (i < text.length() && isSymbol(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    String marker = i > markerStart ? text.substring(markerStart, i).strip() : null;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    Mark bold = null;
    List<Mark> marks = first.marks();
    for (int k = 0; k < marks.size(); k++) {
      Mark m = marks.get(k);
      if (m.kind() == Mark.Kind.BOLD && m.start() == i) {
        bold = m;
        break;
      }
    }
    int nl = text.indexOf('\n', i);
    int lineEnd = nl < 0 ? text.length() : nl;
    // a bold over hard line breaks is a term alone when it ends its last line, and the body starts after that
    // line: the term's lines are not the body's too
    int termNl = bold != null && bold.end() > lineEnd ? text.indexOf('\n', bold.end()) : nl;
    int termEnd = termNl < 0 ? text.length() : termNl;
    if (bold != null && bold.end() >= lengthWithoutTrailingSpacesAndColons(text, termEnd)) {
      String term = TRAILING_COLON.matcher(text.substring(bold.start(), bold.end()).strip()).replaceAll("");
      String rest = termNl < 0 ? "" : text.substring(termNl + 1);
      return Optional.of(new String[] {marker, term, rest});
    }
    if (marker != null) {
      String line = text.substring(i, lineEnd).strip();
      String rest = nl < 0 ? "" : text.substring(nl + 1);
      return Optional.of(new String[] {marker, line.isEmpty() ? null : line, rest});
    }
    return Optional.empty();
  }

  /**
   * {@code TRAILING_SPACE_COLONS.matcher(text.substring(0, end)).replaceAll("").length()}, without the copies
   * (and the regex's tries at every position): the length less the trailing run of {@code [\s:：]}. The
   * pattern's {@code $} may also match before a line terminator that ends the text, which the run cannot
   * hold; that rare case is left to the pattern.
   */
  private static int lengthWithoutTrailingSpacesAndColons(String text, int end) {
    if (end > 0 && (text.charAt(end - 1) == '\u0085' || text.charAt(end - 1) == '\u2028'
        || text.charAt(end - 1) == '\u2029')) {
      return TRAILING_SPACE_COLONS.matcher(text.substring(0, end)).replaceAll("").length();
    }
    int i = end;
    while (i > 0 && isSpaceOrColon(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** {@code [\s:：]}. */
  private static boolean isSpaceOrColon(char c) {
    return Affiliation.isPatternSpace(c) || c == ':' || c == '：';
  }

  /** Emoji and pictographs used as callout markers (💡 ❓ ⚡️ ☀️ 🦮), with their variation selectors. */
  private static boolean isSymbol(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || cp == 0xFE0F || cp == 0x200D
        || (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0x2753 || cp == 0x2757;
  }

  private Optional<Content> table(Block block) {
    List<List<String>> rows = block.rows();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<String> header = rows.get(0);
    List<ComparisonRow> body = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      List<String> values = new ArrayList<>();
      for (int i = 1; i < header.size(); i++) {
        values.add(i < row.size() ? normalise(row.get(i)) : "");
      }
      body.add(ImmutableComparisonRow.builder()
          .attribute(row.isEmpty() ? "" : normalise(row.get(0))).values(values).build());
    }
    List<String> subjects = new ArrayList<>();
    for (int i = 1; i < header.size(); i++) {
      subjects.add(normalise(header.get(i)));
    }
    return Optional.of(ImmutableComparisonTable.builder()
        .attributeHeader(header.isEmpty() || header.get(0).isBlank()
            ? Optional.empty() : Optional.of(normalise(header.get(0))))
        .subjects(subjects)
        .rows(body)
        .origin(TableOrigin.TABLE)
        .source(provenance(block))
        .build());
  }

  Image image(String url, String alt, Block block) {
    return ImmutableImage.builder().url(url == null ? "" : url).alt(normalise(alt)).source(provenance(block)).build();
  }

  Claim claim(String text, ClaimKind kind, Block block, List<Claim> children) {
    // of(...) makes the claim alone, where a builder makes itself and four lists first; empty lists stay
    // Collections.emptyList() either way
    String normalised = normalise(text);
    return ImmutableClaim.of(provenance(block), "", normalised, kind, List.of(), List.of(), List.of(), "", children);
  }

  /** The block's inline-code key terms, in order. */
  private static List<String> keywordsIn(Block block) {
    List<Mark> marks = block.marks();
    List<String> keywords = List.of();
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      if (m.kind() == Mark.Kind.CODE) {
        String k = normalise(block.text().substring(m.start(), m.end()));
        if (!k.isEmpty() && k.length() <= 60) {
          if (keywords.isEmpty()) {
            keywords = new ArrayList<>(2);
          }
          keywords.add(k);
        }
      }
    }
    return keywords;
  }

  /** Plain text as the model keeps it: one line, single spaces. */
  static String normalise(String text) {
    if (isNormal(text)) {
      return text; // most text: one scan instead of a search for ** and the space checks
    }
    return normalisePlain(text);
  }

  /** What {@link #normalise} does, step by step; kept as its definition (and for the tests). */
  static String normalisePlain(String text) {
    return collapseSpaces(withoutUnpairedStrong(text));
  }

  /**
   * Whether {@link #normalisePlain} leaves the text as it is: it holds no {@code **} (so
   * {@link #withoutUnpairedStrong} has nothing to remove) and {@link #isCollapsed} holds. One scan, without
   * branches on the chars, which Hangul text would mispredict.
   */
  static boolean isNormal(String text) {
    int n = text.length();
    if (n == 0) {
      return true;
    }
    if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return false;
    }
    boolean odd = false;
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // a space other than ' ' (chars above U+3000 are looked up as U+3001, which is none), or a second ' ' or
      // '*' in a row
      odd |= OTHER_SPACES[Math.min(c, 0x3001)] | c == previous & (c == ' ' | c == '*');
      previous = c;
    }
    return !odd;
  }

  private static final int MAX_STRONG_PASSES = 8;

  /**
   * The text with {@link #unpairedStrong} applied until nothing changes: a pass can leave markers that pair
   * up once the pair between them is gone ({@code ****"**t"**I}), and the model's text must read as itself
   * when cleaned up again. Every further pass removes at least one pair; the passes are capped so that text
   * crafted to lose one pair per pass stays linear (real posts settle in one or two).
   */
  static String withoutUnpairedStrong(String text) {
    String cleaned = unpairedStrong(text);
    for (int pass = 1; pass < MAX_STRONG_PASSES && cleaned.length() < text.length(); pass++) {
      text = cleaned;
      cleaned = unpairedStrong(text);
    }
    return cleaned;
  }

  /**
   * Removes {@code **} pairs that CommonMark leaves as text. Posts are written for renderers that let bold
   * close right before a Hangul particle ({@code **메모리(HBM)**가}); CommonMark's flanking rules don't, so the
   * markers would reach the model's plain text. A pair counts only when it wraps non-space text like
   * emphasis does and CommonMark's flanking rules are what kept it from closing; a lone {@code **} (a broken
   * header) stays for the header reader to report.
   */
  static String unpairedStrong(String text) {
    int open = text.indexOf("**");
    if (open < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (open >= 0) {
      int close = text.indexOf("**", open + 2);
      if (close < 0) {
        break;
      }
      boolean wraps = close > open + 2 && !Character.isWhitespace(text.charAt(open + 2))
          && !Character.isWhitespace(text.charAt(close - 1));
      // a pair CommonMark itself could have closed was escaped in the source (\*\*): it is text
      boolean commonmarkBold = leftFlanking(text, open) && rightFlanking(text, close + 1);
      if (!wraps || commonmarkBold) {
        out.append(text, from, open + 2);
        from = open + 2;
        open = text.indexOf("**", from);
        continue;
      }
      out.append(text, from, open).append(text, open + 2, close);
      from = close + 2;
      open = text.indexOf("**", from);
    }
    out.append(text, from, text.length());
    return out.toString();
  }

  /** CommonMark's left-flanking rule for the delimiter run starting at {@code i}. */
  private static boolean leftFlanking(String text, int i) {
    char next = text.charAt(i + 2);
    char prev = i == 0 ? ' ' : text.charAt(i - 1);
    return !Character.isWhitespace(next)
        && (!isPunctuation(next) || Character.isWhitespace(prev) || isPunctuation(prev));
  }

  /** CommonMark's right-flanking rule for the delimiter run ending at {@code last}. */
  private static boolean rightFlanking(String text, int last) {
    char prev = text.charAt(last - 2);
    char next = last + 1 >= text.length() ? ' ' : text.charAt(last + 1);
    return !Character.isWhitespace(prev)
        && (!isPunctuation(prev) || Character.isWhitespace(next) || isPunctuation(next));
  }

  private static boolean isPunctuation(char c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Drops leading and trailing spaces and makes each run of spaces one ' '; most text already is so. */
  static String collapseSpaces(String text) {
    if (isCollapsed(text)) {
      return text;
    }
    char[] out = new char[text.length()];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = length > 0;
      } else {
        if (space) {
          out[length++] = ' ';
          space = false;
        }
        out[length++] = c;
      }
    }
    return new String(out, 0, length);
  }

  /** Whether every space is a single ' ' between other chars. */
  private static boolean isCollapsed(String text) {
    int n = text.length();
    if (n == 0) {
      return true;
    }
    if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ' || text.indexOf("  ") >= 0) {
      return false;
    }
    // without branches, which Hangul text between spaces would mispredict: is there a space other than ' '?
    // (chars above U+3000 are looked up as U+3001, which is none)
    boolean other = false;
    for (int i = 0; i < n; i++) {
      other |= OTHER_SPACES[Math.min(text.charAt(i), 0x3001)];
    }
    return !other;
  }

  /** {@link #isSpace} but ' ', for each char up to U+3001. */
  private static final boolean[] OTHER_SPACES = new boolean[0x3002];

  static {
    for (char c = 0; c <= 0x3001; c++) {
      OTHER_SPACES[c] = c != ' ' && isSpace(c);
    }
  }

  /** {@link Character#isWhitespace} or a no-break space; no other ASCII char and no char above U+3000 is either. */
  private static boolean isSpace(char c) {
    if (c <= ' ') {
      return Character.isWhitespace(c);
    }
    return c >= 0x80 && c <= 0x3000 && (c == '\u00A0' || Character.isWhitespace(c));
  }

  private static String normaliseKeepLines(String text) {
    return text.strip();
  }

  /** Blocks that hold no content of their own (breaks), for callers deciding what a run of blocks holds. */
  static boolean isDecoration(Block b) {
    return b.type() == BlockType.BREAK
        || (b.type() == BlockType.PARAGRAPH && b.text().isBlank() && b.marks().isEmpty());
  }

  static boolean isImageOnly(Block b) {
    if (b.type() != BlockType.PARAGRAPH || !hasMark(b, Mark.Kind.IMAGE)) {
      return false;
    }
    String rest = b.text();
    for (Mark m : b.marks()) {
      if (m.kind() == Mark.Kind.IMAGE) {
        rest = rest.replace(b.text().substring(m.start(), m.end()), "");
      }
    }
    return rest.isBlank();
  }

  /** Whether a paragraph is one link, its words the whole text: a link, no prose. */
  static boolean isLinkOnly(Block b) {
    if (b.type() != BlockType.PARAGRAPH) {
      return false;
    }
    List<Mark> links = marksOf(b, Mark.Kind.LINK);
    return links.size() == 1 && links.get(0).start() == 0 && links.get(0).end() >= b.text().strip().length();
  }
}
