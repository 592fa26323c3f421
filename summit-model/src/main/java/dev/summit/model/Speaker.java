package dev.summit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A person who spoke at the summit, once per person across all posts. */
@Value.Immutable
public interface Speaker {
  /** A stable id derived from the name, such as {@code rani-borkar}. */
  String id();

  /** The name as the agenda writes it. */
  String name();

  /** Other spellings the posts use (이강옥 for 이강욱, 스티븐 발라반 for Stephen Balaban). */
  List<String> aliases();

  Optional<String> organization();

  Optional<String> position();

  /** An honorific written with the name, such as 교수. */
  Optional<String> honorific();

  /** Where the speaker is first named. */
  Provenance source();
}
