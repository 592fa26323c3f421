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

  /** Writes the generated posts into a directory, to export and compare: {@code Posts DIR}. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    Files.write(dir.resolve("generated-3.md"), generated(3));
    Files.write(dir.resolve("generated-10.md"), generated(10));
    for (int n : new int[] {20, 160, 640, 2560}) {
      Files.write(dir.resolve("speakers-" + n + ".md"), manySpeakers(n));
    }
  }

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

  private static final String[] FAMILIES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서",
      "신", "권", "황", "안", "송", "류", "홍"};
  private static final String[] ORGANISATIONS = {"네오랩", "Nova Compute", "한빛반도체", "Orbit AI", "세움에너지",
      "Lumen Systems", "다온클라우드", "Vector Works", "미래전력", "Quanta Grid", "하늘데이터", "Atlas Silicon"};
  private static final String[] SUFFIXES = {"전자", "에너지", "시스템즈", "클라우드", "랩스"};
  private static final String[] ROLES = {"CEO", "CTO", "부사장", "교수", "연구소장", "VP"};

  /**
   * A post of panels with {@code speakers} distinct Hangul-named speakers, three per session, and eleven
   * claims per speaker naming the speaker (with a particle), an organisation (four speakers each), figures,
   * a timeline and a speaker of another session. Cost per byte should not depend on {@code speakers}. No two
   * names are spelling variants of each other (same family, one syllable off), so no alias is learned by
   * accident.
   */
  public static byte[] manySpeakers(int speakers) {
    String[] names = new String[speakers];
    for (int i = 0; i < speakers; i++) {
      int j = i / FAMILIES.length;
      names[i] = FAMILIES[i % FAMILIES.length] + openSyllable(j) + openSyllable(200 + j);
    }
    int sessions = (speakers + 2) / 3;
    StringBuilder out = new StringBuilder(speakers * 600);
    out.append("---\ntitle: \"[정리] Synthetic AI Summit 2024 - Day1\"\ndate: \"2024-11-09\"\nyear: \"2024\"\n---\n\n")
        .append("# [정리] Synthetic AI Summit 2024 - Day1\n\n")
        .append("Synthetic AI Summit 2024는 2024년 11월 4일 서울에서 열린 행사입니다.\n\n")
        .append("**Day 1 발표 주제 정리**\n=====================\n\n");
    for (int s = 0; s < sessions; s++) {
      out.append("**").append(s + 1).append(". 패널토의: AI 인프라의 과제 ").append(s + 1).append("**\n\n");
      out.append("* **참여자:** ").append(participants(names, s)).append('\n');
      out.append("* **내용:** AI 인프라와 에너지에 대한 패널 토의.\n\n");
    }
    out.append("---\n\n");
    for (int s = 0; s < sessions; s++) {
      String header = "**" + (s + 1) + ". 패널토의: AI 인프라의 과제 " + (s + 1) + "**";
      out.append(header).append('\n').append("-".repeat(13)).append("\n\n");
      out.append("> * **참여자:** ").append(participants(names, s)).append('\n');
      out.append("> * **내용:** AI 인프라와 에너지에 대한 패널 토의.\n\n");
      int section = 1;
      for (int i = 3 * s; i < Math.min(speakers, 3 * s + 3); i++) {
        String name = names[i];
        String role = ROLES[i % ROLES.length];
        String org = organisation(i);
        String other = names[(i * 7 + 11) % speakers];
        String otherRole = ROLES[((i * 7 + 11) % speakers) % ROLES.length];
        int year = 2020 + i % 5;
        out.append("**").append(section++).append(". ").append(name).append("의 발표**\n\n");
        out.append("* ").append(name).append(' ').append(role).append("는 ").append(org).append("가 ").append(year)
            .append("년 매출 ").append(10 + i % 80).append("% 성장을 기록했다고 밝혔습니다.\n");
        out.append("* 특히 ").append(org).append("의 데이터센터는 ").append(20 + i % 300)
            .append("MW 규모로 확장될 예정이라고 설명했습니다.\n");
        out.append("* ").append(name).append(' ').append(role).append("는 ").append(other).append(' ').append(otherRole)
            .append("가 앞서 언급한 전략에 동의했습니다.\n");
        out.append("* 그는 AI 인프라 투자가 ").append(2 + i % 9).append("배 늘어날 것이라고 덧붙였습니다.\n");
        out.append("* ").append(name).append("는 ").append(year).append("년에는 첫 시제품을, ").append(year + 2)
            .append("년에는 상용화를 목표로 한다고 말했습니다.\n");
        out.append("* GPU 사용률은 ").append(5 + i % 40).append("%에서 ").append(60 + i % 35)
            .append("%로 개선되었습니다.\n");
        out.append("  + 전력 효율은 랙당 ").append(10 + i % 50).append("KW 수준입니다.\n");
        out.append("* ").append(org).append("는 ").append(1 + i % 9).append("억 달러를 추가로 투자할 계획입니다.\n");
        out.append("* ").append(name).append(' ').append(role).append("에 따르면 추론 비용은 ").append(1 + i % 20)
            .append("분의 1로 줄었습니다.\n");
        out.append("* 이에 대해 ").append(other).append("는 에너지 수급이 가장 큰 과제라고 지적했습니다.\n");
        out.append("* 마지막으로 ").append(name).append("는 인재 확보가 중요하다고 강조했습니다.\n\n");
      }
      out.append("---\n\n");
    }
    out.append("이상으로 Day1 정리를 마치겠습니다.\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String participants(String[] names, int session) {
    StringBuilder out = new StringBuilder();
    for (int i = 3 * session; i < Math.min(names.length, 3 * session + 3); i++) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(names[i]).append(" (").append(organisation(i)).append(' ')
          .append(ROLES[i % ROLES.length]).append(i == 3 * session + 2 ? ", Moderator)" : ")");
    }
    return out.toString();
  }

  /** Four speakers per organisation, so that an organisation names as many speakers at any size. */
  private static String organisation(int speaker) {
    int group = speaker / 4;
    String base = ORGANISATIONS[group % ORGANISATIONS.length];
    int copy = group / ORGANISATIONS.length;
    // later groups get names of their own, so that no word of an organisation is shared by more speakers
    return copy == 0 ? base
        : "" + openSyllable(320 + copy % 79) + openSyllable(100 + copy / 79) + SUFFIXES[group % SUFFIXES.length];
  }

  /** The {@code k}-th Hangul syllable without a final consonant (19 initials × 21 vowels). */
  private static char openSyllable(int k) {
    return (char) (0xAC00 + k % 399 * 28);
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
