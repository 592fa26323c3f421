package dev.summit.export.internal;

import java.time.LocalTime;

/**
 * The time format of the JSON export, for the other exports that write times the same way. The JSON itself
 * is streamed by {@link SummitJsonWriter}; this class keeps the name and method the Markdown writer calls, so
 * that the work going on in that writer needs no edit for the change.
 */
public final class SummitJsonTree {
  private SummitJsonTree() {}

  /** The ISO-8601 local time: {@code 09:30}, or {@code 09:30:15} when seconds are given. */
  public static String time(LocalTime time) {
    return SummitJsonWriter.time(time);
  }
}
