package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.model.Diagnostic;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An error table: (input, line, column, code, message start) for what the read step reports. */
class ReadDiagnosticsTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(bytes("---\ntitle: [unclosed\ndate: 2024\n---\n# T\n"), 3, 5, "front-matter-invalid",
            "front matter is not valid YAML"),
        Arguments.of(bytes("---\ntitle: x\n# no end\n"), 1, 1, "front-matter-unclosed",
            "front matter opened with --- on line 1 is never closed"),
        Arguments.of(new byte[] {'#', ' ', 'A', '\n', 'o', 'k', ' ', (byte) 0xC3, '(', '\n'}, 2, 4, "invalid-utf8",
            "input is not valid UTF-8"),
        Arguments.of(bytes("# A\n\nline two\u0000 has a NUL\n"), 3, 9, "control-characters",
            "input holds control characters"),
        Arguments.of(bytes("**7.** Broken title\\*\\*\n\n* 발표자: A (B CEO)\n\n---\n\n"
            + "## 7. Broken title\n\n> * 발표자: A (B CEO)\n\nBody.\n"), 1, 1, "stray-emphasis",
            "session header 7 has unmatched emphasis markers"),
        Arguments.of(bytes("just some notes\n"), 1, 1, "no-sessions", "no session found"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("errors")
  void reportsWhereAndWhat(byte[] input, int line, int column, String code, String message) {
    ParseResult result = PARSER.parse(input, "doc");
    Diagnostic d = result.diagnostics().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow(
        () -> new AssertionError("no " + code + " in " + result.diagnostics()));
    assertThat(d.line()).isEqualTo(line);
    assertThat(d.column()).isEqualTo(column);
    assertThat(d.message()).startsWith(message);
    assertThat(d.document()).contains("doc");
    assertThat(d.toString()).isEqualTo("<" + line + ":" + column + ">: " + d.message());
  }

  @Test
  void loneSurrogatesInAStringAreReadAsReplacementCharactersAndReportedWhereTheFirstIs() {
    String post = "**1. Talk**\n\n* 발표자: A Kim (X CEO)\n\n* 😀 keeps its pair, \uD83D and \uDE00 do not.\n";
    ParseResult result = PARSER.parse(post, "doc");
    assertThat(result.summit().expectSession(1).claims().get(0).text())
        .isEqualTo("😀 keeps its pair, \uFFFD and \uFFFD do not.");
    assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("invalid-utf16")).singleElement()
        .satisfies(d -> {
          assertThat(d.line()).isEqualTo(5);
          assertThat(d.column()).isEqualTo(21); // the emoji is one character
          assertThat(d.message()).startsWith("input holds a lone surrogate (U+D83D)");
        });
    assertThat(PARSER.parse(post.replace("\uD83D and \uDE00", "x and y"), "doc").diagnostics())
        .extracting(Diagnostic::code).doesNotContain("invalid-utf16");
  }

  @Test
  void aMissingFileIsAnUncheckedIoExceptionNamingIt() {
    Path missing = Path.of("no-such-post.md");
    assertThatThrownBy(() -> PARSER.parse(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read no-such-post.md: no such file");
  }

  @Test
  void badArgumentsAreIllegalArguments() {
    assertThatThrownBy(() -> PARSER.parse("# x", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("documentId must not be blank");
    assertThatThrownBy(() -> new ParserLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lineEndsAndByteOrderMarkDoNotChangeTheModel() {
    String lf = "**1. Talk**\n\n* 발표자: A Kim (X CEO)\n\n* Point one.\n";
    var a = PARSER.parse(bytes(lf), "d").summit();
    var b = PARSER.parse(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        bytes(lf.replace("\n", "\r\n"))), "d").summit();
    var c = PARSER.parse(bytes(lf.replace("\n", "\r")), "d").summit();
    assertThat(b.sessions()).isEqualTo(a.sessions());
    assertThat(c.sessions()).isEqualTo(a.sessions());
    assertThat(a.sessions().get(0).claims().get(0).text()).isEqualTo("Point one.");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
