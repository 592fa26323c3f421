package dev.summit.model;

/** Whose words a {@link Claim} is. */
public enum ClaimKind {
  /** What a speaker said, as the author reports it. */
  SPEAKER,
  /** The author's own comment or summary box. */
  AUTHOR,
  /** An explainer the author added, such as a 💡 or ❓ definition box. */
  EXPLAINER
}
