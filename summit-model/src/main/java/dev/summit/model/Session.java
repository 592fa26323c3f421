package dev.summit.model;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One session of the summit: a keynote, panel, dialogue or track talk, with what was said in it.
 *
 * <p>The content tree ({@link #content()} and {@link #sections()}) keeps the post's order. The views
 * {@link #claims()}, {@link #images()}, {@link #reviews()}, {@link #comparisons()} and {@link #timelines()}
 * walk it depth-first.
 */
@Value.Immutable
public interface Session {
  /** A stable id that survives re-parsing, such as {@code d1-s05}; it never holds a line number. */
  String id();

  Optional<Integer> day();

  Optional<DayPart> part();

  /** The session number the post gives it. */
  Optional<Integer> number();

  String title();

  /** The English title (영어 제목). */
  Optional<String> englishTitle();

  SessionKind kind();

  /** The track, for a session of a parallel track. */
  Optional<String> track();

  /** The summary (내용). */
  Optional<String> summary();

  Optional<LocalTime> start();

  Optional<LocalTime> end();

  List<Participant> participants();

  /** Key terms the author marks as inline code (`속도`, `규모`). */
  List<String> keywords();

  /** Content before the first numbered section. */
  List<Content> content();

  List<Section> sections();

  /** Where the session is detailed, or its agenda entry when there is no detail. */
  Provenance source();

  /** Every claim, depth-first, nested ones after their parent. */
  default List<Claim> claims() {
    return ContentWalk.collect(this, ContentType.CLAIM, Claim.class);
  }

  default List<Image> images() {
    return ContentWalk.collect(this, ContentType.IMAGE, Image.class);
  }

  default List<Review> reviews() {
    return ContentWalk.collect(this, ContentType.REVIEW, Review.class);
  }

  default List<ComparisonTable> comparisons() {
    return ContentWalk.collect(this, ContentType.TABLE, ComparisonTable.class);
  }

  default List<Timeline> timelines() {
    return ContentWalk.collect(this, ContentType.TIMELINE, Timeline.class);
  }

  default List<Callout> callouts() {
    return ContentWalk.collect(this, ContentType.CALLOUT, Callout.class);
  }

  default List<Link> links() {
    return ContentWalk.collect(this, ContentType.LINK, Link.class);
  }

  /** The participants with the given role, in order. */
  default List<Participant> participants(Role role) {
    return participants().stream().filter(p -> p.role() == role).toList();
  }
}
