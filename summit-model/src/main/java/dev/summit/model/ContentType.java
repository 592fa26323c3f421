package dev.summit.model;

/** The kinds of {@link Content} a section holds. */
public enum ContentType {
  CLAIM,
  CALLOUT,
  QUOTE,
  TABLE,
  TIMELINE,
  IMAGE,
  LINK,
  REVIEW
}
