package dev.summit.parser.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.parser.ParserLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Valid UTF-8 input skips the char passes for CR and control chars when {@link SourceReader#scan} finds
 * none in the bytes: the count eight bytes at a time must be the plain one, and reading bytes must give what
 * reading the same text through the char passes gives.
 */
class LineEndsTest {
  /** The plain form: a byte loop. */
  private static int plainLineEnds(byte[] bytes, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        n++;
      } else if (bytes[i] >= 0 && bytes[i] < 0x20 && bytes[i] != '\t') {
        return -1;
      }
    }
    return n;
  }

  @Test
  void countsLineEndsAndRefusesCarriageReturnsAndControls() {
    byte[] plain = "제목\n\tbody line\n끝".getBytes(StandardCharsets.UTF_8);
    assertThat(SourceReader.lineEnds(SourceReader.scan(plain, 0, plain.length))).isEqualTo(2);
    byte[] crlf = "a line of text\r\nanother".getBytes(StandardCharsets.UTF_8);
    assertThat(SourceReader.lineEnds(SourceReader.scan(crlf, 0, crlf.length))).isEqualTo(-1);
    byte[] nul = "twelve bytes\u0000".getBytes(StandardCharsets.UTF_8);
    assertThat(SourceReader.lineEnds(SourceReader.scan(nul, 0, nul.length))).isEqualTo(-1);
    assertThat(SourceReader.lineEnds(SourceReader.scan(nul, 0, nul.length - 1))).isEqualTo(0);
  }

  @Property(tries = 2000)
  void wordWiseCountEqualsTheByteWiseOne(
      @ForAll("interestingBytes") byte[] bytes, @ForAll int a, @ForAll int b) {
    int from = bytes.length == 0 ? 0 : Math.floorMod(a, bytes.length + 1);
    int to = from + (bytes.length - from == 0 ? 0 : Math.floorMod(b, bytes.length - from + 1));
    assertThat(SourceReader.lineEnds(SourceReader.scan(bytes, from, to))).isEqualTo(plainLineEnds(bytes, from, to));
  }

  /** The fused scan gives both counts of the same bytes, each the plain one, whatever the other finds. */
  @Property(tries = 2000)
  void oneScanGivesTheLineEndsAndTheUtf16LengthOfTheSameBytes(@ForAll("interestingBytes") byte[] bytes) {
    long scan = SourceReader.scan(bytes, 0, bytes.length);
    int utf16 = 0;
    for (byte b : bytes) {
      utf16 += (b >= -64 ? 1 : 0) + ((b & 0xF0) == 0xF0 ? 1 : 0);
    }
    assertThat(SourceReader.lineEnds(scan)).isEqualTo(plainLineEnds(bytes, 0, bytes.length));
    assertThat(SourceReader.utf16Length(scan)).isEqualTo(utf16);
  }

  /** Bytes around the edges the word test looks at: 0x1F/0x20, tab, LF, CR, NUL, 0x7F, high bytes. */
  @Provide
  Arbitrary<byte[]> interestingBytes() {
    Arbitrary<Byte> edge = Arbitraries.of((byte) '\n', (byte) '\t', (byte) '\r', (byte) 0, (byte) 0x1F,
        (byte) 0x20, (byte) 0x3F, (byte) 0x40, (byte) 0x5F, (byte) 0x60, (byte) 0x7F, (byte) 0x80, (byte) 0x9F,
        (byte) 0xA0, (byte) 0xC0, (byte) 0xE0, (byte) 0xFF);
    Arbitrary<Byte> any = Arbitraries.bytes();
    Arbitrary<Byte> mostlyText = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(30, Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E)),
        net.jqwik.api.Tuple.of(5, edge), net.jqwik.api.Tuple.of(2, any));
    return mostlyText.array(byte[].class).ofMaxSize(80);
  }

  @Property(tries = 1000)
  void readingBytesEqualsReadingTheirTextThroughTheCharPasses(@ForAll("posts") String text) {
    SourceReader reader = new SourceReader(ParserLimits.DEFAULT);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    SourceText fromBytes = reader.read(bytes, "post", null);
    SourceText fromText = reader.read(text, "post"); // always through the char passes
    assertThat(fromBytes).isEqualTo(fromText);
  }

  /** Texts of lines with front matter, CR, CR LF, tabs, NUL and other controls now and then. */
  @Provide
  Arbitrary<String> posts() {
    List<String> pieces = List.of("---\n", "---", "...\n", "title: 정리\n", "tags:\n  - a\n", "\n", "\n\n",
        "\r\n", "\r", "\t", "\u0000", "\u001F", "\u000B", "한글 문장", "plain text ", "# 제목\n", "- item\n", " ",
        "🚀", "\uFFFD", "\uFEFF", "\u0085", "\u2028");
    return Arbitraries.of(pieces).list().ofMaxSize(30).map(l -> String.join("", l));
  }
}
