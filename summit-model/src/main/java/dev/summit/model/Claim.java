package dev.summit.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * One statement of a session: a bullet or a paragraph, with its nested bullets as {@link #children()}.
 */
@Value.Immutable
public interface Claim extends Content {
  @Override
  default ContentType type() {
    return ContentType.CLAIM;
  }

  /** A stable id within the summit, such as {@code d1-s05-c012}. */
  String id();

  /** Plain text, without Markdown. */
  String text();

  ClaimKind kind();

  /** The {@link Speaker#id()}s this claim is attributed to; empty when no speaker can be named for sure. */
  List<String> speakerIds();

  /** The {@link Speaker#id()}s of speakers whose organisation this claim names. */
  List<String> organizationSpeakerIds();

  List<Quantity> quantities();

  /** The number of the section holding the claim, such as {@code 2.3.1}; empty at session level. */
  String sectionPath();

  /** Nested bullets, in order. */
  List<Claim> children();
}
