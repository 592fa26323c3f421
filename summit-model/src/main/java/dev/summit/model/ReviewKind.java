package dev.summit.model;

/** Which of the author's own comments a {@link Review} is. */
public enum ReviewKind {
  /** 후기: the author's review of a session. */
  REVIEW,
  /** 개인 의견: a personal opinion inside the content. */
  PERSONAL_OPINION,
  /** 참고: a note pointing the reader elsewhere. */
  NOTE
}
