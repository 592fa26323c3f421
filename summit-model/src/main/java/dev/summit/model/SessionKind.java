package dev.summit.model;

/** What kind of session a session is, read from its labels and title. */
public enum SessionKind {
  /** A talk by one or more speakers (발표자, Speaker). */
  KEYNOTE,
  /** A panel discussion (패널토의, Panel), usually with a moderator. */
  PANEL,
  /** A conversation of two or three people (대담, Fireside chat). */
  DIALOGUE,
  /** A talk inside a parallel track (Track …). */
  TRACK_TALK,
  /** Anything else: a break, an opening, a session the post names without telling what it is. */
  OTHER
}
