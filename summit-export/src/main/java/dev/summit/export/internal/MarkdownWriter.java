package dev.summit.export.internal;

import static dev.summit.export.internal.MarkdownEscaper.escape;
import static dev.summit.export.internal.MarkdownEscaper.escapeFlat;
import static dev.summit.export.internal.MarkdownEscaper.escapeInline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.summit.model.Callout;
import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.ComparisonRow;
import dev.summit.model.ComparisonTable;
import dev.summit.model.Content;
import dev.summit.model.Day;
import dev.summit.model.Image;
import dev.summit.model.Link;
import dev.summit.model.Participant;
import dev.summit.model.Quote;
import dev.summit.model.Review;
import dev.summit.model.Role;
import dev.summit.model.Section;
import dev.summit.model.Session;
import dev.summit.model.SourceDocument;
import dev.summit.model.Summit;
import dev.summit.model.TableOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a summit as one recap post, in the shape the parser reads: front matter, title, introduction, day
 * concepts, agenda, then each session with its labels, sections and content. Every text goes through
 * {@link MarkdownEscaper}. Derived comparisons and timelines are not written: the parser derives them again
 * from the claims.
 */
public final class MarkdownWriter {
  private static final List<String> CREDIT_LABELS = List.of(
      "이미지 출처", "이미지출처", "사진 출처", "사진출처", "표 출처", "표출처", "그림 출처", "그림출처", "출처",
      "image source", "image credit", "source", "credit", "photo");

  private final Summit summit;
  private final StringBuilder out = new StringBuilder();
  /** The current session's keywords still to be marked as code, in order. */
  private List<String> pendingKeywords = List.of();

  private MarkdownWriter(Summit summit) {
    this.summit = summit;
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
    title.ifPresent(t -> {
      line("", "# " + escapeInline(t));
      blank("");
    });
    doc.flatMap(SourceDocument::sourceUrl).ifPresent(url -> {
      line("", "원본 게시글: " + escapeInline(url));
      blank("");
    });
    pendingKeywords = List.of();
    for (SourceDocument d : summit.documents()) {
      contents(d.content(), "", true, ClaimKind.AUTHOR);
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
    summit.endDate().ifPresent(v -> fm.put("endDate", v.toString()));
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
    day.keyConcept().ifPresent(k -> line("", "* `Key-Concept` : \"**" + escapeInline(k) + "**\""));
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

  private void agenda() {
    for (Session s : summit.sessions()) {
      if (s.number().isEmpty()) {
        continue; // the agenda lists numbered sessions only
      }
      line("", "**" + s.number().get() + ". " + escapeInline(s.title()) + "**");
      blank("");
      participants(s, "", false);
      s.summary().ifPresent(v -> line("", "* **내용:** " + escapeInline(v)));
      blank("");
    }
  }

  private void session(Session s) {
    pendingKeywords = new ArrayList<>(s.keywords());
    String number = s.number().map(n -> n + ". ").orElse("");
    line("", "## " + number + escapeInline(s.title()));
    blank("");
    String q = "> ";
    participants(s, q, true);
    s.englishTitle().ifPresent(v -> line(q, "* **영어 제목:** " + escapeInline(v)));
    s.track().ifPresent(v -> line(q, "* **트랙:** " + escapeInline(v)));
    if (s.start().isPresent()) {
      String time = SummitJsonTree.time(s.start().get())
          + s.end().map(e -> " - " + SummitJsonTree.time(e)).orElse("");
      line(q, "* **시간:** " + time);
    }
    s.summary().ifPresent(v -> line(q, "* **내용:** " + escapeInline(v)));
    blank("");
    contents(s.content(), "", false, ClaimKind.SPEAKER);
    for (Section section : s.sections()) {
      section(section, 1);
    }
  }

  /**
   * The participants label line. In the session's own header ({@code withHonorific}), a speaker's honorific
   * (교수) follows the name, as posts write it there.
   */
  private void participants(Session s, String prefix, boolean withHonorific) {
    if (s.participants().isEmpty()) {
      return;
    }
    boolean speakersOnly = s.participants().stream().allMatch(p -> p.role() == Role.SPEAKER);
    List<String> people = new ArrayList<>();
    for (Participant p : s.participants()) {
      String affiliation = p.affiliation().orElse("");
      if (p.role() == Role.MODERATOR && !affiliation.toLowerCase(Locale.ROOT).contains("moderator")) {
        affiliation = affiliation.isEmpty() ? "Moderator" : affiliation + ", Moderator";
      }
      String name = p.name();
      if (withHonorific) {
        Optional<String> honorific = summit.speakers().stream().filter(x -> x.id().equals(p.speakerId()))
            .findFirst().flatMap(dev.summit.model.Speaker::honorific);
        if (honorific.isPresent() && !name.endsWith(honorific.get())) {
          name = name + " " + honorific.get();
        }
      }
      people.add(escapeInline(name) + (affiliation.isEmpty() ? "" : " (" + escapeInline(affiliation) + ")"));
    }
    line(prefix, "* **" + (speakersOnly ? "발표자" : "참여자") + ":** " + String.join(", ", people));
  }

  private void section(Section section, int depth) {
    String hashes = "#".repeat(Math.min(6, depth + 2));
    String number = section.number().isEmpty() ? "" : section.number() + ". ";
    line("", hashes + " " + number + escapeInline(section.title()));
    blank("");
    contents(section.content(), "", false, ClaimKind.SPEAKER);
    for (Section sub : section.subsections()) {
      section(sub, depth + 1);
    }
  }

  /**
   * Writes content blocks under a line prefix ({@code "> "} inside a quote). Claims become bullets (or
   * paragraphs, outside sessions), so consecutive claims form one list.
   */
  private void contents(List<? extends Content> contents, String prefix, boolean claimsAsParagraphs,
      ClaimKind kind) {
    boolean inList = false;
    // After a credit or review quote, the author's claims that follow are written inside that quote: that is
    // where the parser finds author claims amid a speaker's (or an explainer's) content.
    boolean quoteOpen = false;
    for (Content c : contents) {
      if (c instanceof Claim claim) {
        if (quoteOpen && claim.kind() == ClaimKind.AUTHOR && kind != ClaimKind.AUTHOR) {
          if (!inList) {
            trimTrailingBlank(prefix);
            blank(prefix + "> ");
          }
          claim(claim, prefix + "> ", "");
          inList = true;
          continue;
        }
        if (quoteOpen && inList) {
          blank(prefix);
          inList = false;
        }
        quoteOpen = false;
        if (claimsAsParagraphs && claim.children().isEmpty()) {
          if (inList) {
            blank(prefix);
            inList = false;
          }
          line(prefix, claimText(claim.text()));
          blank(prefix);
        } else {
          claim(claim, prefix, "");
          inList = true;
        }
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
          contents(((Quote) c).body(), prefix + "> ", false, ClaimKind.AUTHOR);
          trimTrailingBlank(prefix + "> ");
          blank(prefix);
        }
        case TABLE -> table((ComparisonTable) c, prefix);
        case IMAGE -> {
          image((Image) c, prefix);
          quoteOpen = ((Image) c).credit().isPresent();
        }
        case LINK -> {
          Link l = (Link) c;
          line(prefix, "[" + escapeInline(l.text()) + "](" + MarkdownEscaper.destination(l.url()) + ")");
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

  private void claim(Claim claim, String prefix, String indent) {
    line(prefix, indent + "* " + claimText(claim.text()));
    for (Claim child : claim.children()) {
      claim(child, prefix, indent + "  ");
    }
  }

  /** The claim's text escaped, with the session's next keywords marked as code where they occur. */
  private String claimText(String text) {
    String flat = MarkdownEscaper.flatten(text);
    StringBuilder sb = new StringBuilder();
    int pos = 0;
    while (!pendingKeywords.isEmpty()) {
      String k = pendingKeywords.get(0);
      int at = k.isEmpty() || k.indexOf('`') >= 0 ? -1 : flat.indexOf(k, pos);
      if (at < 0) {
        break;
      }
      sb.append(escapeFlat(flat.substring(pos, at), pos == 0));
      sb.append(MarkdownEscaper.codeSpan(k));
      pos = at + k.length();
      pendingKeywords.remove(0);
    }
    sb.append(escapeFlat(flat.substring(pos), pos == 0));
    return sb.toString();
  }

  private void callout(Callout callout, String prefix) {
    String q = prefix + "> ";
    if (callout.marker().isEmpty() && callout.term().isEmpty()) {
      contents(callout.body(), q, false, ClaimKind.AUTHOR);
    } else {
      String head = callout.marker().orElse("")
          + callout.term().map(t -> (callout.marker().isPresent() ? " " : "") + "**" + escapeInline(t) + "**")
              .orElse("");
      line(q, head);
      blank(q);
      contents(callout.body(), q, false, ClaimKind.EXPLAINER);
    }
    trimTrailingBlank(q);
    blank(prefix);
  }

  private void review(Review review, String prefix) {
    String label = switch (review.kind()) {
      case REVIEW -> "(후기)";
      case PERSONAL_OPINION -> "(개인 의견)";
      case NOTE -> "(참고)";
    };
    line(prefix + "> ", label + " " + escapeInline(review.text()));
    blank(prefix);
  }

  private void image(Image image, String prefix) {
    line(prefix, "![" + escapeInline(image.alt()) + "](" + MarkdownEscaper.destination(image.url()) + ")");
    blank(prefix);
    image.credit().ifPresent(credit -> {
      String lower = credit.strip().toLowerCase(Locale.ROOT);
      boolean labelled = CREDIT_LABELS.stream().anyMatch(lower::startsWith);
      line(prefix + "> ", escape(labelled ? credit : "이미지 출처 : " + credit));
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
    String line = marker + "\n";
    // never two blank lines in a row
    if (out.length() >= line.length() + 1 && out.substring(out.length() - line.length() - 1).equals("\n" + line)) {
      return;
    }
    if (out.length() == 0) {
      return;
    }
    out.append(line);
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
