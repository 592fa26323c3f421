package dev.summit.cli;

import static dev.summit.cli.Cli.AFTERNOON;
import static dev.summit.cli.Cli.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code summit check} with plain file names runs without picocli, and prints what picocli's check prints. */
class QuickCheckTest {
  @TempDir Path temp;

  @Test
  void plainFileNamesAfterCheckTakeTheQuickPath() {
    assertThat(QuickCheck.applies(new String[] {"check"})).isTrue();
    assertThat(QuickCheck.applies(new String[] {"check", AFTERNOON})).isTrue();
    assertThat(QuickCheck.applies(new String[] {"check", MORNING, AFTERNOON, "-"})).isTrue();
    assertThat(QuickCheck.applies(new String[] {"check", "no-such-post.md", "dir/"})).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "-V", "--version", "--", "--no-such-option", "-x", "@args.txt", ""})
  void anOptionOrSomethingPicocliReadsItselfGoesToPicocli(String arg) {
    assertThat(QuickCheck.applies(new String[] {"check", AFTERNOON, arg})).isFalse();
    assertThat(QuickCheck.applies(new String[] {"check", arg})).isFalse();
  }

  @Test
  void otherCommandsAndStandardInputTwiceGoToPicocli() {
    assertThat(QuickCheck.applies(new String[] {})).isFalse();
    assertThat(QuickCheck.applies(new String[] {"show", AFTERNOON})).isFalse();
    assertThat(QuickCheck.applies(new String[] {"export", "--out", "out"})).isFalse();
    assertThat(QuickCheck.applies(new String[] {"help", "check"})).isFalse();
    assertThat(QuickCheck.applies(new String[] {"CHECK", AFTERNOON})).isFalse();
    assertThat(QuickCheck.applies(new String[] {"check", "-", AFTERNOON, "-"})).isFalse();
  }

  @Test
  void bundledCorpusPrintsWhatPicocliPrints() {
    assertSameAsPicocli(new byte[0], false, "check");
  }

  @Test
  void onePostPrintsWhatPicocliPrints() {
    Cli.Run quick = assertSameAsPicocli(new byte[0], false, "check", AFTERNOON);

    assertThat(quick.exitCode()).isZero();
    assertThat(quick.out()).contains(AFTERNOON + ":61:1: warning: session header 7 has unmatched emphasis markers");
    assertThat(quick.err()).isEqualTo("summit: checked 1 document: 0 errors, 2 warnings, 2 info\n");
  }

  @Test
  void unreadableInputsPrintWhatPicocliPrints() throws IOException {
    Path binary = Files.write(temp.resolve("photo.md"), new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 3, 4});
    String missing = temp.resolve("no-such-post.md").toString();

    Cli.Run quick = assertSameAsPicocli(new byte[0], false, "check", MORNING, missing, temp.toString(),
        binary.toString());

    assertThat(quick.exitCode()).isEqualTo(1);
    assertThat(quick.out()).startsWith(missing + ": error: cannot read: no such file\n"
        + temp + ": error: cannot read: is a directory\n");
    assertThat(quick.err()).isEqualTo("summit: checked 2 documents: 2 errors, 1 warning, 5 info; 2 files not read\n");
  }

  @Test
  void standardInputAndTheProgressLinePrintWhatPicocliPrints() throws IOException {
    byte[] afternoon = Files.readAllBytes(Path.of(AFTERNOON));

    Cli.Run quick = assertSameAsPicocli(afternoon, true, "check", MORNING, "-");

    assertThat(quick.err()).startsWith("summit: reading 2 files…\r\033[K");
    assertThat(quick.out()).contains("<stdin>:61:1: warning: ");
  }

  @Test
  void theQuickPathLoadsNoPicocliClass() throws IOException {
    // A class that names a picocli type holds its name in the constant pool; these name none, so running them
    // loads no picocli class (picocli's classes cannot go into the class-data archive and are slow to load).
    for (Class<?> type : new Class<?>[] {
        QuickCheck.class, Check.class, Inputs.class, Inputs.Loaded.class, Inputs.Unreadable.class,
        SummitErrors.class, DiagnosticLines.class}) {
      try (InputStream in = type.getResourceAsStream(type.getName().substring("dev.summit.cli.".length()) + ".class")) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
            .as(type.getName())
            .contains("dev/summit/")
            .doesNotContain("picocli");
      }
    }
  }

  private static Cli.Run assertSameAsPicocli(byte[] stdin, boolean terminal, String... args) {
    assertThat(QuickCheck.applies(args)).isTrue();
    Cli.Run quick = Cli.run(stdin, terminal, args);
    Cli.Run picocli = Cli.runOnPicocli(stdin, terminal, args);
    assertThat(quick).isEqualTo(picocli);
    return quick;
  }
}
