package dev.summit.parser.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The reader sizes its decode buffer by {@link SourceReader#utf16Length}: it must be the exact UTF-16 length. */
class Utf16LengthTest {
  @Test
  void countsOneCharPerAsciiOrHangulCharacterAndTwoPerSupplementaryOne() {
    String text = "SK AI Summit 2024: 반도체 🚀 HBM";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(SourceReader.utf16Length(SourceReader.scan(bytes, 0, bytes.length)))
        .isEqualTo(text.length()).isEqualTo(29);
    assertThat(SourceReader.utf16Length(SourceReader.scan(bytes, 3, 5))).isEqualTo(2);
  }

  @Property(tries = 500)
  void equalsTheLengthOfTheDecodedTextForAnyValidText(@ForAll String text) {
    String valid = text.codePoints().filter(cp -> cp < 0xD800 || cp > 0xDFFF)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    assertThat(SourceReader.utf16Length(SourceReader.scan(bytes, 0, bytes.length))).isEqualTo(valid.length());
  }

  /** The count eight bytes at a time equals the count byte by byte, for any bytes and any range. */
  @Property(tries = 1000)
  void wordWiseCountEqualsTheByteWiseOne(@ForAll byte[] bytes, @ForAll int a, @ForAll int b) {
    int from = bytes.length == 0 ? 0 : Math.floorMod(a, bytes.length + 1);
    int to = from + (bytes.length - from == 0 ? 0 : Math.floorMod(b, bytes.length - from + 1));
    int expected = 0;
    for (int i = from; i < to; i++) {
      expected += (bytes[i] >= -64 ? 1 : 0) + ((bytes[i] & 0xF0) == 0xF0 ? 1 : 0);
    }
    assertThat(SourceReader.utf16Length(SourceReader.scan(bytes, from, to))).isEqualTo(expected);
  }
}
