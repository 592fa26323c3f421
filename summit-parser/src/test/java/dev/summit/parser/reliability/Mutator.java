package dev.summit.parser.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Mutates corpus posts from a seed: byte flips, line shuffles, cuts, splices and hostile tokens. Public, and
 * shipped in this module's test jar, because the export module's fuzz test mutates the same way.
 */
public final class Mutator {
  static final byte[][] POSTS = {Guard.corpus(Guard.AFTERNOON), Guard.corpus(Guard.MORNING)};
  private static final String[] TOKENS = {"**", "*", "_", "__", "[", "]", "](", "![", ")", ">", "> ", "\n", "\r",
      "\r\n", "\u0000", "#", "## ", "---\n", "===\n", "* ", "- ", "+ ", "1. ", "2.3.1 ", "|", "| --- |", "`", "```\n",
      "~~~", "<script>", "</div>", "<!--", "&#0;", "=", "=cmd|'/C calc'!A0", "@SUM(", "\uFEFF", "\u202E",
      "\u200D", "\uD83D\uDE00", "\t", "    ", "\\", "발표자: ", "* **발표자:** A (B)\n", "* **내용:** x\n",
      "\n**9. 제목**\n\n* 발표자: 김 (회사)\n\n", "> * **참여자:** A (B), C (D)\n", "09:00 - 09:30: talk\n",
      "이미지 출처: x\n", "(후기) ", "💡 ", "---\ntitle: [\n---\n", "[a]: http://x\n", "&amp;", "\u00A0",
      "<div>", "</div>", "<h2>", "</h2>", "<ul><li>", "</li>", "<blockquote>", "<p>", "<br>", "<table><tr><td>",
      "<img src=x onerror=alert(1)>", "<strong>", "</strong>"};

  /** Longest window of a post that is mutated; the long run uses short ones to get through more inputs. */
  static final int MAX_WINDOW = Integer.getInteger("summit.fuzz.window", 5000);
  /** One input in this many is a whole post. */
  static final int WHOLE_POST_ONE_IN = Integer.getInteger("summit.fuzz.wholeOneIn", 40);

  private Mutator() {}

  /** The mutant of the given seed; the same seed gives the same bytes. */
  public static byte[] mutant(long seed) {
    Random r = new Random(seed);
    byte[] post = POSTS[r.nextInt(POSTS.length)];
    byte[] b;
    if (r.nextInt(WHOLE_POST_ONE_IN) == 0) {
      b = post.clone();
    } else {
      int len = 50 + r.nextInt(r.nextBoolean() ? MAX_WINDOW / 4 : MAX_WINDOW);
      int start = r.nextBoolean() ? 0 : r.nextInt(Math.max(1, post.length - len));
      b = Arrays.copyOfRange(post, start, Math.min(post.length, start + len));
    }
    int ops = 1 + r.nextInt(6);
    for (int i = 0; i < ops; i++) {
      b = apply(b, r);
    }
    if (r.nextInt(8) == 0) { // sniffed as an HTML page: the jsoup outline path
      b = insert(b, 0, utf8("<!doctype html><html><body>"));
    }
    return b;
  }

  private static byte[] apply(byte[] b, Random r) {
    int n = b.length;
    int at = n == 0 ? 0 : r.nextInt(n + 1);
    switch (r.nextInt(10)) {
      case 0 -> { // flip bits
        if (n > 0) {
          b = b.clone();
          for (int k = 1 + r.nextInt(4); k > 0; k--) {
            b[r.nextInt(n)] ^= (byte) (1 << r.nextInt(8));
          }
        }
      }
      case 1 -> { // random bytes
        if (n > 0) {
          b = b.clone();
          for (int k = 1 + r.nextInt(8); k > 0; k--) {
            b[r.nextInt(n)] = (byte) r.nextInt(256);
          }
        }
      }
      case 2 -> b = insert(b, at, utf8(TOKENS[r.nextInt(TOKENS.length)]));
      case 3 -> { // a bomb: one token many times
        String t = TOKENS[r.nextInt(TOKENS.length)];
        b = insert(b, at, utf8(t.repeat(1 + r.nextInt(r.nextInt(10) == 0 ? 3000 : 60))));
      }
      case 4 -> { // delete a range
        int len = r.nextInt(Math.max(1, Math.min(n - at + 1, 400)));
        b = concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, Math.min(n, at + len), n));
      }
      case 5 -> b = Arrays.copyOf(b, at); // cut
      case 6 -> { // duplicate a range
        int len = r.nextInt(Math.max(1, Math.min(n - at + 1, 600)));
        byte[] piece = Arrays.copyOfRange(b, at, Math.min(n, at + len));
        b = insert(b, at, piece);
      }
      case 7 -> { // splice a piece of a post in
        byte[] other = POSTS[r.nextInt(POSTS.length)];
        int from = r.nextInt(other.length);
        int len = r.nextInt(Math.min(800, other.length - from) + 1);
        b = insert(b, at, Arrays.copyOfRange(other, from, from + len));
      }
      case 8 -> b = shuffleLines(b, r, false);
      default -> b = shuffleLines(b, r, true);
    }
    return b;
  }

  /** Swaps two lines, or shuffles a block of up to 12 lines. */
  private static byte[] shuffleLines(byte[] b, Random r, boolean block) {
    List<byte[]> lines = new ArrayList<>();
    int s = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n') {
        lines.add(Arrays.copyOfRange(b, s, i + 1));
        s = i + 1;
      }
    }
    lines.add(Arrays.copyOfRange(b, s, b.length));
    if (lines.size() < 2) {
      return b;
    }
    if (block) {
      int from = r.nextInt(lines.size());
      int to = Math.min(lines.size(), from + 2 + r.nextInt(11));
      Collections.shuffle(lines.subList(from, to), r);
    } else {
      Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    lines.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static byte[] insert(byte[] b, int at, byte[] piece) {
    byte[] out = new byte[b.length + piece.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(piece, 0, out, at, piece.length);
    System.arraycopy(b, at, out, at + piece.length, b.length - at);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] c) {
    byte[] out = Arrays.copyOf(a, a.length + c.length);
    System.arraycopy(c, 0, out, a.length, c.length);
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
