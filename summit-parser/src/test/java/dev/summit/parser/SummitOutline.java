package dev.summit.parser;

import dev.summit.model.Callout;
import dev.summit.model.Claim;
import dev.summit.model.ComparisonTable;
import dev.summit.model.Content;
import dev.summit.model.Day;
import dev.summit.model.Image;
import dev.summit.model.Participant;
import dev.summit.model.Quote;
import dev.summit.model.Review;
import dev.summit.model.Section;
import dev.summit.model.Session;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import java.util.List;
import java.util.Optional;

/**
 * A readable, line-free rendering of a Summit's structure, used as the expectation format of the fixture
 * posts: it shows what the parser recognised without tying tests to line numbers.
 */
final class SummitOutline {
  private SummitOutline() {}

  static String render(Summit summit) {
    StringBuilder out = new StringBuilder();
    out.append("summit: ").append(opt(summit.name())).append(" | ").append(opt(summit.startDate()))
        .append(" .. ").append(opt(summit.endDate())).append(" | ").append(opt(summit.venue())).append('\n');
    for (Day d : summit.days()) {
      out.append("day ").append(d.number()).append(": ").append(opt(d.date())).append(" | ")
          .append(opt(d.keyConcept())).append(" | ").append(d.keywords()).append(" | ").append(d.coveredParts())
          .append('\n');
    }
    for (Session s : summit.sessions()) {
      out.append("session ").append(s.id()).append(": ").append(s.kind()).append(" | ")
          .append(s.number().map(String::valueOf).orElse("-")).append(" | ").append(s.title());
      s.englishTitle().ifPresent(t -> out.append(" | en: ").append(t));
      s.track().ifPresent(t -> out.append(" | track: ").append(t));
      s.start().ifPresent(t -> out.append(" | ").append(t).append("-").append(opt(s.end())));
      out.append('\n');
      s.summary().ifPresent(t -> out.append("  summary: ").append(t).append('\n'));
      for (Participant p : s.participants()) {
        out.append("  ").append(p.role()).append(": ").append(p.name()).append(" (")
            .append(p.affiliation().orElse("")).append(") -> ").append(p.speakerId()).append('\n');
      }
      content(out, s.content(), "  ");
      for (Section sec : s.sections()) {
        section(out, sec, "  ");
      }
    }
    for (Speaker sp : summit.speakers()) {
      out.append("speaker ").append(sp.id()).append(": ").append(sp.name()).append(" | ")
          .append(opt(sp.organization())).append(" | ").append(opt(sp.position()));
      sp.honorific().ifPresent(h -> out.append(" | ").append(h));
      if (!sp.aliases().isEmpty()) {
        out.append(" | aka ").append(sp.aliases());
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void section(StringBuilder out, Section s, String indent) {
    out.append(indent).append("§ ").append(s.number().isEmpty() ? "-" : s.number()).append(' ')
        .append(s.title()).append('\n');
    content(out, s.content(), indent + "  ");
    for (Section sub : s.subsections()) {
      section(out, sub, indent + "  ");
    }
  }

  private static void content(StringBuilder out, List<Content> content, String indent) {
    for (Content c : content) {
      switch (c.type()) {
        case CLAIM -> claim(out, (Claim) c, indent);
        case CALLOUT -> {
          Callout callout = (Callout) c;
          out.append(indent).append("callout ").append(callout.marker().orElse("")).append(' ')
              .append(callout.term().orElse("")).append('\n');
          content(out, callout.body(), indent + "  ");
        }
        case QUOTE -> {
          out.append(indent).append("quote\n");
          content(out, ((Quote) c).body(), indent + "  ");
        }
        case TABLE -> {
          ComparisonTable t = (ComparisonTable) c;
          out.append(indent).append("table ").append(t.origin()).append(' ').append(t.subjects()).append('\n');
          t.rows().forEach(r -> out.append(indent).append("  ").append(r.attribute()).append(": ")
              .append(r.values()).append('\n'));
        }
        case IMAGE -> {
          Image i = (Image) c;
          out.append(indent).append("image ").append(i.url());
          i.credit().ifPresent(cr -> out.append(" | ").append(cr));
          out.append('\n');
        }
        case REVIEW -> {
          Review r = (Review) c;
          out.append(indent).append("review ").append(r.kind()).append(": ").append(r.text()).append('\n');
        }
        default -> out.append(indent).append(c.type()).append('\n');
      }
    }
  }

  private static void claim(StringBuilder out, Claim c, String indent) {
    out.append(indent).append("- ").append(c.kind()).append(": ").append(c.text()).append('\n');
    for (Claim child : c.children()) {
      claim(out, child, indent + "  ");
    }
  }

  private static String opt(Optional<?> o) {
    return o.map(String::valueOf).orElse("-");
  }
}
