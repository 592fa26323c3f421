package dev.summit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Depth-first walks over content trees, behind the views on {@link Session}. */
final class ContentWalk {
  private ContentWalk() {}

  static void session(Session session, Consumer<Content> visitor) {
    contents(session.content(), visitor);
    for (Section section : session.sections()) {
      section(section, visitor);
    }
  }

  private static void section(Section section, Consumer<Content> visitor) {
    contents(section.content(), visitor);
    for (Section sub : section.subsections()) {
      section(sub, visitor);
    }
  }

  /** Indexed, not iterated: the lists are random access, and an iterator per list was most of a walk's garbage. */
  private static void contents(List<? extends Content> contents, Consumer<Content> visitor) {
    for (int i = 0, n = contents.size(); i < n; i++) {
      Content content = contents.get(i);
      visitor.accept(content);
      switch (content.type()) {
        case CALLOUT -> contents(((Callout) content).body(), visitor);
        case QUOTE -> contents(((Quote) content).body(), visitor);
        case CLAIM -> contents(((Claim) content).children(), visitor);
        default -> { }
      }
    }
  }

  static <T> List<T> collect(Session session, ContentType type, Class<T> as) {
    List<T> out = new ArrayList<>();
    session(session, c -> {
      if (c.type() == type) {
        out.add(as.cast(c));
      }
    });
    return List.copyOf(out);
  }
}
