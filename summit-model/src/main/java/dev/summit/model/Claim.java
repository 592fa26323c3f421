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

  /**
   * {@inheritDoc}
   *
   * <p>Every attribute is a parameter of {@code ImmutableClaim.of(...)}, in declaration order with the source
   * first: the parser makes many claims, and {@code of} makes one object where a builder makes five.
   */
  @Override
  @Value.Parameter(order = 0)
  Provenance source();

  /** A stable id within the summit, such as {@code d1-s05-c012}. */
  @Value.Parameter(order = 1)
  String id();

  /** Plain text, without Markdown. */
  @Value.Parameter(order = 2)
  String text();

  @Value.Parameter(order = 3)
  ClaimKind kind();

  /** The {@link Speaker#id()}s this claim is attributed to; empty when no speaker can be named for sure. */
  @Value.Parameter(order = 4)
  List<String> speakerIds();

  /** The {@link Speaker#id()}s of speakers whose organisation this claim names. */
  @Value.Parameter(order = 5)
  List<String> organizationSpeakerIds();

  @Value.Parameter(order = 6)
  List<Quantity> quantities();

  /** The number of the section holding the claim, such as {@code 2.3.1}; empty at session level. */
  @Value.Parameter(order = 7)
  String sectionPath();

  /** Nested bullets, in order. */
  @Value.Parameter(order = 8)
  List<Claim> children();
}
