package dev.summit.model;

/** A participant's role in a session. */
public enum Role {
  SPEAKER,
  PANELIST,
  MODERATOR
}
