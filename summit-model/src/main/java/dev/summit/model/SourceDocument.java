package dev.summit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One recap post the summit was read from. */
@Value.Immutable
public interface SourceDocument {
  /** A stable id: the file name without extension, or the id given to the parser. */
  String id();

  /** The post's title, from the front matter or its first heading. */
  Optional<String> title();

  /** The publication date, from the front matter. */
  Optional<LocalDate> date();

  List<String> tags();

  /** The original link (원본 게시글), if the post gives one. */
  Optional<String> sourceUrl();

  /** SHA-256 of the raw bytes, lower-case hex. */
  String contentHash();

  DocumentFormat format();

  /** The day this post covers, if it says so (Day 1 오후 → 1). */
  Optional<Integer> day();

  /** The part of the day this post covers, if it says so (오전 → MORNING). */
  Optional<DayPart> part();

  /** Number of lines in the original file. */
  int lineCount();

  /**
   * What the post says outside any session (its introduction, the agenda's pictures), in order, so that
   * nothing of it is lost. Claims here are {@link ClaimKind#AUTHOR} claims.
   */
  List<Content> content();
}
