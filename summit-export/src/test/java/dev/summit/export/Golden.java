package dev.summit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. Run with {@code -Dsummit.golden.update=true} to
 * rewrite them after a deliberate change, then review the diff.
 */
final class Golden {
  private Golden() {}

  static void assertMatches(String actual, String name) {
    if (Boolean.getBoolean("summit.golden.update")) {
      try {
        Path file = Path.of("src/test/resources/golden").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(actual).as("golden file %s (rerun with -Dsummit.golden.update=true to refresh)", name)
        .isEqualTo(read(name));
  }

  static String read(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s exists", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
