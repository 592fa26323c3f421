package dev.summit.parser.internal.recognise;

import dev.summit.model.Affiliation;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The labels of a session header (발표자, 참여자, 내용, 영어 제목, Moderator, …), in Korean and English. */
public enum Label {
  SPEAKER,
  PARTICIPANTS,
  MODERATOR,
  SUMMARY,
  ENGLISH_TITLE,
  TITLE,
  TRACK,
  TIME;

  private static final Map<String, Label> WORDS = Map.ofEntries(
      Map.entry("발표자", SPEAKER), Map.entry("연사", SPEAKER), Map.entry("발표", SPEAKER),
      Map.entry("speaker", SPEAKER), Map.entry("speakers", SPEAKER), Map.entry("presenter", SPEAKER),
      Map.entry("참여자", PARTICIPANTS), Map.entry("참석자", PARTICIPANTS), Map.entry("패널", PARTICIPANTS),
      Map.entry("패널리스트", PARTICIPANTS), Map.entry("participants", PARTICIPANTS),
      Map.entry("panelists", PARTICIPANTS), Map.entry("panel", PARTICIPANTS),
      Map.entry("moderator", MODERATOR), Map.entry("모더레이터", MODERATOR), Map.entry("사회", MODERATOR),
      Map.entry("사회자", MODERATOR), Map.entry("좌장", MODERATOR), Map.entry("진행", MODERATOR),
      Map.entry("내용", SUMMARY), Map.entry("요약", SUMMARY), Map.entry("summary", SUMMARY),
      Map.entry("영어 제목", ENGLISH_TITLE), Map.entry("영문 제목", ENGLISH_TITLE),
      Map.entry("english title", ENGLISH_TITLE),
      Map.entry("제목", TITLE), Map.entry("title", TITLE), Map.entry("세션", TITLE),
      Map.entry("track", TRACK), Map.entry("트랙", TRACK),
      Map.entry("시간", TIME), Map.entry("time", TIME), Map.entry("일시", TIME));

  private static final Pattern LABELLED = Pattern.compile(
      "^\\s*([가-힣A-Za-z]{1,12}(?: [가-힣A-Za-z]{1,12})?)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern TRACK_NO_COLON = Pattern.compile(
      "^\\s*(?i:track|트랙)\\s+(\\S{1,20})\\s*$");

  /** A label and its value as read from one line or item. */
  public record Value(Label label, String value) {}

  /** Reads {@code 발표자: Name (Org)} or {@code Track 2}; empty when the text does not start with a label. */
  public static Optional<Value> read(String text) {
    // what the patterns need before they are run: a label word and a colon, or "track"
    int i = 0;
    while (i < text.length() && Affiliation.isPatternSpace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return Optional.empty();
    }
    char first = text.charAt(i);
    int wordEnd = labelWordEnd(text, i);
    if (wordEnd > 0) {
      // labelWordEnd found exactly what LABELLED would: group 1 is text[i, wordEnd), spaces and a colon follow,
      // and group 2, stripped, is the rest after the colon stripped
      Label label = WORDS.get(text.substring(i, wordEnd).toLowerCase(Locale.ROOT));
      if (label != null) {
        int colon = wordEnd;
        while (text.charAt(colon) != ':' && text.charAt(colon) != '：') {
          colon++;
        }
        return Optional.of(new Value(label, text.substring(colon + 1).strip()));
      }
    }
    if (first == 't' || first == 'T' || first == '트') {
      Matcher t = TRACK_NO_COLON.matcher(text);
      if (t.matches()) {
        return Optional.of(new Value(TRACK, t.group(1)));
      }
    }
    return Optional.empty();
  }

  /** Whether {@link #read} finds a label, without making the value: {@code read(text).isPresent()}. */
  public static boolean isLabel(String text) {
    int i = 0;
    while (i < text.length() && Affiliation.isPatternSpace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    int wordEnd = labelWordEnd(text, i);
    if (wordEnd > 0 && WORDS.containsKey(text.substring(i, wordEnd).toLowerCase(Locale.ROOT))) {
      return true;
    }
    char first = text.charAt(i);
    return (first == 't' || first == 'T' || first == '트') && TRACK_NO_COLON.matcher(text).matches();
  }

  /**
   * Where {@link #LABELLED}'s label word would end for a word starting at {@code from}: one or two runs of 1–12
   * letters ({@code [가-힣A-Za-z]}) joined by one space, then spaces and a colon; -1 when there is none.
   */
  private static int labelWordEnd(String text, int from) {
    int end = letters(text, from);
    if (end < 0) {
      return -1;
    }
    if (end < text.length() && text.charAt(end) == ' ') {
      int second = letters(text, end + 1);
      if (second > 0 && isColon(text, second)) {
        return second;
      }
    }
    return isColon(text, end) ? end : -1;
  }

  /** The end of a run of 1–12 letters at {@code from}; -1 when the run is empty or longer. */
  private static int letters(String text, int from) {
    int i = from;
    while (i < text.length() && isLetter(text.charAt(i))) {
      i++;
    }
    return i > from && i - from <= 12 ? i : -1;
  }

  /** Whether spaces and then a colon follow {@code from}. */
  private static boolean isColon(String text, int from) {
    int i = from;
    while (i < text.length() && Affiliation.isPatternSpace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '：');
  }

  private static boolean isLetter(char c) {
    return c >= '가' && c <= '힣' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

}
