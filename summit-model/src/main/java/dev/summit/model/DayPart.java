package dev.summit.model;

/** Which part of a day a post or a session covers. */
public enum DayPart {
  MORNING,
  AFTERNOON,
  EVENING,
  WHOLE_DAY
}
