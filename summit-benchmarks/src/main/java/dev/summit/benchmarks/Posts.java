package dev.summit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark inputs: the bundled sample posts, and posts generated from them. */
public final class Posts {
  public static final String AFTERNOON = "sk-ai-summit-2024-day1-afternoon.md";
  public static final String MORNING = "sk-ai-summit-2024-day1-morning.md";

  private static final Pattern NUMBERED = Pattern.compile("^\\*\\*(\\d+)\\.");
  private static final Pattern SETEXT_2 = Pattern.compile("^-{3,}\\s*$");

  private Posts() {}

  /** The raw bytes of a bundled post, exactly as in {@code corpus/}. */
  public static byte[] bytes(String name) {
    try (InputStream in = Posts.class.getResourceAsStream("/corpus/" + name)) {
      if (in == null) {
        throw new IllegalStateException("corpus/" + name + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The afternoon post with {@code copies} times its sessions: the agenda (sessions 5–14) and the session
   * sections are repeated, each copy renumbered by +10, so that the result reads as one long, valid post
   * with sessions 5 … 4 + 10 × copies. {@code copies = 1} gives the post itself, byte for byte.
   */
  public static byte[] generated(int copies) {
    if (copies == 1) {
      return bytes(AFTERNOON);
    }
    String text = new String(bytes(AFTERNOON), StandardCharsets.UTF_8);
    List<String> lines = List.of(text.split("\n", -1));
    int agendaStart = indexOf(lines, "**5. AI의 미래**", 0);
    int bodyStart = indexOf(lines, "**5. AI의 미래**", agendaStart + 1);
    // the agenda ends with the thematic break before the first section
    int agendaEnd = bodyStart - 2;
    int epilogue = indexOfPrefix(lines, "이상으로 Day1 오후", bodyStart);
    StringBuilder out = new StringBuilder(text.length() * copies + 1024);
    append(out, lines, 0, agendaStart, 0, false);
    for (int k = 0; k < copies; k++) {
      append(out, lines, agendaStart, agendaEnd, 10 * k, false);
    }
    append(out, lines, agendaEnd, bodyStart, 0, false);
    for (int k = 0; k < copies; k++) {
      append(out, lines, bodyStart, epilogue, 10 * k, true);
    }
    append(out, lines, epilogue, lines.size(), 0, false);
    out.setLength(out.length() - 1); // split/append added one newline too many
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void append(StringBuilder out, List<String> lines, int from, int to, int shift, boolean body) {
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      Matcher m = NUMBERED.matcher(line);
      boolean header = body ? i + 1 < lines.size() && SETEXT_2.matcher(lines.get(i + 1)).matches() : true;
      if (shift != 0 && header && m.find()) {
        int n = Integer.parseInt(m.group(1));
        line = "**" + (n + shift) + "." + line.substring(m.end());
      }
      out.append(line).append('\n');
    }
  }

  private static int indexOf(List<String> lines, String line, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).equals(line)) {
        return i;
      }
    }
    throw new IllegalStateException("not found: " + line);
  }

  private static int indexOfPrefix(List<String> lines, String prefix, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new IllegalStateException("not found: " + prefix);
  }

  /**
   * A corpus of {@code count} distinct posts: alternately the afternoon post and the morning post, each
   * its own byte array (no sharing between posts).
   */
  public static List<byte[]> corpus(int count) {
    byte[] afternoon = bytes(AFTERNOON);
    byte[] morning = bytes(MORNING);
    List<byte[]> posts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      posts.add((i % 2 == 0 ? afternoon : morning).clone());
    }
    return posts;
  }

  /** Writes the two Day 1 posts into {@code dir} (for {@code parseAll}, which reads files). */
  public static List<Path> writeDay1(Path dir) {
    try {
      Path morning = Files.write(dir.resolve(MORNING), bytes(MORNING));
      Path afternoon = Files.write(dir.resolve(AFTERNOON), bytes(AFTERNOON));
      return List.of(morning, afternoon);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
