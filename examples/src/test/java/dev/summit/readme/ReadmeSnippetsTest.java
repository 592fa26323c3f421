package dev.summit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the root README's Java honest: every {@code ```java} block is compiled against the test classpath
 * and run, in a folder that holds a copy of {@code corpus/}, as a reader would run it from the repository.
 *
 * <p>A block that declares a class is compiled as it is; any other block becomes the body of a {@code main},
 * with its {@code import} lines lifted out and the model, parser, export and common JDK packages imported.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern CLASS_NAME =
      Pattern.compile("^(?:public\\s+)?(?:final\\s+)?(?:class|record)\\s+(\\w+)", Pattern.MULTILINE);
  private static final String DEFAULT_IMPORTS = String.join("\n",
      "import dev.summit.model.*;",
      "import dev.summit.parser.*;",
      "import dev.summit.export.*;",
      "import java.io.*;",
      "import java.nio.file.*;",
      "import java.util.*;",
      "");

  @TempDir Path work;

  @Test
  void everyJavaBlockOfTheReadmeCompilesAndRuns() throws Exception {
    List<String> blocks = javaBlocks(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    assertThat(blocks).as("```java blocks in README.md").isNotEmpty();

    Path classes = Files.createDirectories(work.resolve("classes"));
    Path runIn = Files.createDirectories(work.resolve("repo"));
    copyCorpus(runIn.resolve("corpus"));
    for (int i = 0; i < blocks.size(); i++) {
      Source source = source(blocks.get(i), "ReadmeSnippet" + (i + 1));
      compile(source, classes, i + 1);
      run(source.className(), classes, runIn, i + 1);
    }
  }

  @Test
  void findsEveryJavaBlockAndOnlyJavaBlocks() {
    String markdown = String.join("\n",
        "# Title", "```", "mvn verify", "```", "```java", "int a = 1;", "```", "text",
        "  ```java", "  class B {}", "  ```", "```xml", "<x/>", "```", "");

    assertThat(javaBlocks(markdown)).containsExactly("int a = 1;\n", "class B {}\n");
  }

  @Test
  void wrapsStatementsInAMainAndLiftsImports() {
    Source source = source("import java.time.LocalDate;\nSystem.out.println(LocalDate.MIN);\n", "S1");

    assertThat(source.className()).isEqualTo("S1");
    assertThat(source.code())
        .startsWith(DEFAULT_IMPORTS + "import java.time.LocalDate;\n")
        .contains("public class S1 {\n  public static void main(String[] args) throws Exception {\n"
            + "System.out.println(LocalDate.MIN);\n  }\n}\n");
  }

  /** The bodies of the {@code ```java} fenced blocks, in order; indentation of the fence is removed. */
  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    String indent = "";
    for (String line : markdown.lines().toList()) {
      String stripped = line.strip();
      if (current == null) {
        if (stripped.equals("```java")) {
          current = new StringBuilder();
          indent = line.substring(0, line.indexOf('`'));
        }
      } else if (stripped.equals("```")) {
        blocks.add(current.toString());
        current = null;
      } else {
        current.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
      }
    }
    return blocks;
  }

  record Source(String className, String code) {}

  static Source source(String block, String fallbackName) {
    Matcher declared = CLASS_NAME.matcher(block);
    if (declared.find()) {
      return new Source(declared.group(1), DEFAULT_IMPORTS + block);
    }
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.lines().toList()) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String code = DEFAULT_IMPORTS + imports
        + "public class " + fallbackName + " {\n"
        + "  public static void main(String[] args) throws Exception {\n"
        + body
        + "  }\n}\n";
    return new Source(fallbackName, code);
  }

  private static String classpath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static void compile(Source source, Path classes, int number) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    JavaFileObject file = new SimpleJavaFileObject(
        java.net.URI.create("string:///" + source.className() + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source.code();
      }
    };
    boolean compiled = compiler.getTask(messages, null, null,
            List.of("-classpath", classpath(), "-d", classes.toString(), "-proc:none", "-encoding", "UTF-8"),
            null, List.of(file))
        .call();
    assertThat(compiled)
        .as("README java block %d does not compile:%n%s%n%s", number, messages, source.code())
        .isTrue();
  }

  private static void run(String className, Path classes, Path directory, int number) throws Exception {
    Path javaLauncher = Path.of(System.getProperty("java.home"), "bin", "java");
    Path output = directory.resolveSibling("snippet-" + number + ".log");
    Process process = new ProcessBuilder(javaLauncher.toString(), "-Dfile.encoding=UTF-8",
            "-cp", classes + File.pathSeparator + classpath(), className)
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")))
        .start();
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished && process.exitValue() == 0)
        .as("README java block %d failed when run:%n%s", number, Files.readString(output))
        .isTrue();
  }

  private static boolean isWindows() {
    return System.getProperty("os.name").startsWith("Windows");
  }

  private static void copyCorpus(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(ROOT.resolve("corpus"))) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
  }
}
