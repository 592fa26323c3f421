package dev.summit.parser.reliability;

import static dev.summit.parser.reliability.Guard.assertSound;
import static dev.summit.parser.reliability.Guard.corpus;
import static dev.summit.parser.reliability.Guard.parse;
import static dev.summit.parser.reliability.Guard.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.model.Diagnostic;
import dev.summit.model.Session;
import dev.summit.model.Severity;
import dev.summit.parser.ParseResult;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guarantee 1: any bytes give a sound result with diagnostics; nothing throws, returns null or hangs. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReliabilityHostileInputTest {

  private static ParseResult sound(byte[] input, String what) {
    ParseResult r = parse(input, what, 30);
    assertSound(r, what);
    return r;
  }

  private static ParseResult sound(String input, String what) {
    ParseResult r = parse(utf8(input), what, 30);
    assertSound(r, what);
    if (input.length() > 20_000) {
      return r;
    }
    ParseResult s = parse(input, what + " (as String)", 30);
    assertSound(s, what + " (as String)");
    return r;
  }

  private static List<String> codes(ParseResult r) {
    return r.diagnostics().stream().map(Diagnostic::code).toList();
  }

  // ---- empty, blank, binary, encoding ---------------------------------------------------------------------

  @Test
  void emptyInput() {
    ParseResult r = sound(new byte[0], "empty");
    assertThat(r.summit().sessions()).isEmpty();
    assertThat(r.hasErrors()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\n", "\r\n\r\n", "\t \n  \n", "\uFEFF", "\uFEFF\r\n", "\u00A0\u2003\n", "\r"})
  void whitespaceOnly(String input) {
    ParseResult r = sound(input, "whitespace " + Arrays.toString(input.toCharArray()));
    assertThat(r.summit().sessions()).isEmpty();
  }

  @Test
  void randomBinary() {
    Random random = new Random(6);
    for (int i = 0; i < 40; i++) {
      byte[] bytes = new byte[random.nextInt(4096) + 1];
      random.nextBytes(bytes);
      ParseResult r = sound(bytes, "random binary #" + i);
      assertThat(r.diagnostics()).isNotEmpty();
    }
  }

  @Test
  void invalidUtf8IsAnErrorWithItsPlace() {
    byte[] bytes = utf8("# Title\n\nline two\nbad \u0000here\n");
    byte[] bad = Arrays.copyOf(bytes, bytes.length + 3);
    bad[bad.length - 3] = (byte) 0xC3; // truncated two-byte sequence
    bad[bad.length - 2] = (byte) 0x28;
    bad[bad.length - 1] = (byte) 0xFF;
    ParseResult r = sound(bad, "invalid utf-8");
    assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("invalid-utf8") && d.severity() == Severity.ERROR
        && d.line() == 5);
    // overlong encodings, surrogates encoded in UTF-8, a lone continuation byte
    for (byte[] b : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
      assertThat(codes(sound(b, "invalid utf-8 " + Arrays.toString(b)))).contains("invalid-utf8");
    }
  }

  @Test
  void nulAndControlCharacters() {
    ParseResult r = sound("# T\u0000itle\n\n**1. Talk\u0007**\n\n* 발표자: A\u0000 (B)\n", "NUL bytes");
    assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("control-characters") && d.line() == 1
        && d.column() == 4);
    sound(new byte[4096], "4 KiB of NUL");
    sound("\u001b[31mred\u001b[0m\n\u000b\u000c\u007f\u0085\u2028\u2029", "escape sequences and odd separators");
  }

  // ---- front matter ---------------------------------------------------------------------------------------

  @Test
  void frontMatterMissingBrokenOrUnclosed() {
    byte[] post = corpus(Guard.AFTERNOON);
    String text = new String(post, StandardCharsets.UTF_8);
    int close = text.indexOf("\n---\n", 4);
    String body = text.substring(close + 5);
    ParseResult missing = sound(body, "corpus without front matter");
    assertThat(missing.summit().sessions()).hasSizeGreaterThan(5);

    for (String yaml : List.of("title: [unclosed\n", "title: \"x\n", ": :\n  - - :\n", "a: b\n  c: d\n",
        "- just\n- a list\n", "title: *alias\n", "\t\ttabs: x\n", "key: &a [*a]\n", "!!binary x\n",
        "title: x\ntitle: y\n")) {
      ParseResult r = sound("---\n" + yaml + "---\n" + body, "front matter " + yaml.strip());
      assertThat(r.summit().sessions()).as(yaml).hasSizeGreaterThan(5);
    }
    ParseResult broken = sound("---\ntitle: [unclosed\n---\n# T\n", "broken yaml");
    assertThat(broken.diagnostics()).anyMatch(d -> d.code().equals("front-matter-invalid") && d.line() >= 2);
    ParseResult unclosed = sound("---\ntitle: x\n# T\n", "unclosed front matter");
    assertThat(codes(unclosed)).contains("front-matter-unclosed");
    sound("---", "a lone ---");
    sound("---\n---", "empty front matter");
    sound("---\n...\n", "front matter closed by ...");
  }

  @Test
  void yamlBombInFrontMatter() {
    StringBuilder y = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        y.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      y.append("]\n");
      prev = c;
    }
    y.append("---\n# T\n");
    sound(y.toString(), "billion laughs in front matter");
    sound("---\n" + "[".repeat(20_000) + "\n---\n# T\n", "deeply nested YAML flow");
    sound("---\n" + "a:\n".repeat(1) + "  - ".repeat(3000) + "x\n---\n", "deep YAML block list");
  }

  // ---- truncation ------------------------------------------------------------------------------------------

  @Test
  void truncatedAtManyPoints() {
    for (String id : List.of(Guard.AFTERNOON, Guard.MORNING)) {
      byte[] post = corpus(id);
      Random random = new Random(id.hashCode());
      // every 97th byte (so cuts land inside UTF-8 sequences, CRLF pairs and markup), plus random points
      for (int cut = 0; cut < post.length; cut += 97 * 31) {
        sound(Arrays.copyOf(post, cut), id + " cut at " + cut);
      }
      for (int i = 0; i < 6; i++) {
        int cut = random.nextInt(post.length);
        sound(Arrays.copyOf(post, cut), id + " cut at " + cut);
      }
    }
  }

  // ---- agenda and details ----------------------------------------------------------------------------------

  private static final String AGENDA = """
      # Day 1 오후

      **5. AI의 미래**

      * **발표자:** Rani Borkar (Microsoft CVP)
      * **내용:** Microsoft의 관점.

      **6. AI의 실현**

      * **발표자:** Kai Fu Lee (Sinovation Ventures)
      * **내용:** GenAI.

      """;
  private static final String DETAIL_5 = """
      **5. AI의 미래**

      * **발표자:** Rani Borkar (Microsoft CVP)
      * **내용:** Microsoft의 관점.

      1. 첫째

      * AI 인프라는 중요하다.
      * 전력은 30% 늘었다.

      """;

  @Test
  void agendaWithoutDetails() {
    ParseResult r = sound(AGENDA, "agenda only");
    assertThat(r.summit().sessions()).extracting(s -> s.number().orElse(-1)).contains(5, 6);
  }

  @Test
  void detailsWithoutAgenda() {
    ParseResult r = sound("# Day 1 오후\n\n" + DETAIL_5, "detail only");
    Session s = r.summit().expectSession(5);
    assertThat(s.claims()).isNotEmpty();
  }

  @Test
  void duplicatedSessionNumbers() {
    ParseResult r = sound(AGENDA + DETAIL_5 + DETAIL_5 + DETAIL_5, "session 5 detailed three times");
    assertThat(codes(r)).contains("duplicate-session-number");
    assertThat(r.summit().sessions().stream().map(Session::id).distinct().count())
        .isEqualTo(r.summit().sessions().size());
  }

  // ---- size and depth --------------------------------------------------------------------------------------

  @Test
  void sevenMegabyteSingleLine() {
    StringBuilder line = new StringBuilder(7_400_000);
    String unit = "가나다 **굵게** `코드` [링크](http://x) *기울임* plain words to make it long ";
    int unitBytes = utf8(unit).length;
    for (int bytes = 0; bytes < 7_100_000; bytes += unitBytes) {
      line.append(unit);
    }
    ParseResult r = sound(line.toString(), "7 MB single line");
    assertThat(r.summit().documents().get(0).lineCount()).isEqualTo(1);
    assertThat(utf8(line.toString()).length).isGreaterThan(7_000_000);
  }

  @Test
  void tenThousandDeepBlockQuotes() {
    ParseResult r = sound(">".repeat(10_000) + " deep\n" + ">".repeat(10_000) + " deeper\n\nafter\n",
        "10,000-deep block quote");
    assertThat(codes(r)).contains("limit-exceeded");
    StringBuilder stair = new StringBuilder();
    for (int i = 1; i <= 2_000; i++) {
      stair.append("> ".repeat(i)).append("q").append(i).append('\n');
    }
    sound(stair.toString(), "quote staircase 2,000 deep");
  }

  @Test
  void fifteenHundredDeepNestedLists() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 1_500; i++) {
      s.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    ParseResult r = sound(s.toString(), "1,500-deep bullet list");
    assertThat(codes(r)).contains("limit-exceeded");
    StringBuilder o = new StringBuilder();
    for (int i = 0; i < 1_500; i++) {
      o.append("   ".repeat(i)).append("1. item ").append(i).append('\n');
    }
    sound(o.toString(), "1,500-deep ordered list");
  }

  @Test
  void fiveThousandSessions() {
    StringBuilder s = new StringBuilder("# Day 1\n\n");
    for (int i = 1; i <= 5_000; i++) {
      // 50 speakers: the registry is not the point here (matching names is sessions × speakers)
      s.append("**").append(i).append(". Talk ").append(i).append("**\n\n* 발표자: Speaker ").append(i % 50)
          .append(" (Org)\n* 내용: about ").append(i).append("\n\nbody ").append(i).append("\n\n");
    }
    ParseResult r = sound(s.toString(), "5,000 sessions");
    assertThat(codes(r)).contains("limit-exceeded");
    assertThat(r.summit().sessions()).hasSizeLessThanOrEqualTo(2_000);
  }

  // ---- inline bombs ----------------------------------------------------------------------------------------

  @Test
  void emphasisAndBracketBombs() {
    int n = 20_000;
    for (String bomb : List.of("*".repeat(n), "_".repeat(n), "*a".repeat(n), "**a".repeat(n / 2),
        "*_".repeat(n), "a**b".repeat(n / 2) + "*", "[".repeat(n), "]".repeat(n), "[a](".repeat(n / 2),
        "![".repeat(n / 2), "[](".repeat(n / 2) + ")".repeat(n / 2), "`".repeat(n), "` a".repeat(n / 2),
        "<".repeat(n), "<a ".repeat(n / 3), "&#".repeat(n / 2), "\\".repeat(n), "~~".repeat(n / 2),
        "| a ".repeat(n / 5) + "\n" + "|---".repeat(n / 5) + "\n", "[a]: ".repeat(n / 4),
        "*".repeat(n) + "a" + "*".repeat(n), "[".repeat(n) + "a" + "](b)".repeat(n))) {
      sound(bomb, "bomb " + bomb.substring(0, 8) + "… (" + bomb.length() + " chars)");
      sound("**1. " + bomb.substring(0, Math.min(bomb.length(), 2000)) + "**\n\n* 발표자: A (B)\n\n"
          + bomb.substring(0, Math.min(bomb.length(), 4000)) + "\n", "bomb in a session");
    }
  }

  @Test
  void manyLinkReferenceDefinitionsAndTableColumns() {
    StringBuilder refs = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      refs.append("[r").append(i).append("]: http://x/").append(i).append('\n');
    }
    refs.append("[r1][r2][r3]\n");
    sound(refs.toString(), "5,000 link definitions");
    sound("|" + "a|".repeat(2_000) + "\n|" + "-|".repeat(2_000) + "\n" + ("|" + "b|".repeat(2_000) + "\n").repeat(10),
        "wide table");
  }

  // ---- hostile text ----------------------------------------------------------------------------------------

  @Test
  void htmlScriptFormulaRtlZwj() {
    String hostile = """
        # <script>alert(1)</script> 제목

        <div onclick="x()">raw html block</div>

        **1. <img src=x onerror=alert(1)> =cmd|' /C calc'!A0**

        * 발표자: =HYPERLINK("http://evil") (+Org, -Position)
        * 내용: @SUM(1+1) \u202Eevil\u202C \u200F\u05E9\u05DC\u05D5\u05DD

        본문 <b>bold</b> <script>alert("x")</script> -2+3 =A1

        * <iframe src="javascript:alert(1)"></iframe>
        * 👩‍👩‍👧‍👦 가족 \u200D\u200D\u200B 숨은 글자 \uFEFF 가운데 BOM
        * [click](javascript:alert(1)) and ![x](data:text/html,<script>)
        * 	=1+2 tab-led formula; "quoted ""cell"" , comma
        * \uD83D lone high \uDC00 lone low
        """;
    ParseResult r = sound(hostile, "html, script, formula, RTL, ZWJ");
    assertThat(r.summit().sessions()).isNotEmpty();
    String all = r.summit().claims().toString();
    assertThat(all).contains("👩‍👩‍👧‍👦").contains("<script>alert(\"x\")</script>");
    assertThat(r.summit().sessions().get(0).summary()).hasValueSatisfying(v -> assertThat(v).contains("\u202Eevil"));
  }

  // ---- HTML input -------------------------------------------------------------------------------------------

  @Test
  void hostileHtml() {
    String head = "<!doctype html><html><body>";
    for (String body : List.of("<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000),
        "<span>".repeat(10_000) + "deep",
        "<blockquote>".repeat(10_000) + "deep",
        "<ul><li>".repeat(1_500) + "deep",
        "<table><tr><td>".repeat(2_000) + "deep",
        "<b><i>".repeat(20_000) + "x",
        "<h2>1. <script>alert(1)</script>Talk</h2><ul><li>발표자: A (B)</li></ul><p>" + "x ".repeat(20_000) + "</p>",
        "<p>" + "<a href='x'>".repeat(5_000) + "</p>",
        "<div " + "a=\"b\" ".repeat(20_000) + ">x</div>",
        "<p>\u0000\uFFFF&#0;&#xD800;&#x110000;</p>",
        "")) {
      String html = head + body;
      String what = "html " + body.substring(0, Math.min(20, body.length()));
      sound(html, what);
      Guard.assertSound(Guard.run(() -> Guard.PARSER.parseHtml(html, "doc", "https://x/"), what + " (parseHtml)", 30),
          what + " (parseHtml)");
    }
  }

  // ---- the one documented exception ------------------------------------------------------------------------

  @Test
  void unreadableFileNamesTheFile(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing-post.md");
    assertThatThrownBy(() -> Guard.PARSER.parse(missing)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing-post.md");
    assertThatThrownBy(() -> Guard.PARSER.parse(dir)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(dir.getFileName().toString());
    Path ok = Files.write(dir.resolve("binary.md"), new byte[] {0, (byte) 0xFF, 1, 2});
    assertThat(Guard.PARSER.parse(ok).diagnostics()).isNotEmpty();
    assertThatThrownBy(() -> Guard.PARSER.parseAll(List.of(ok, missing))).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing-post.md");
  }
}
