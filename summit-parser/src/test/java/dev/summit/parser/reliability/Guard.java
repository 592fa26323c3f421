package dev.summit.parser.reliability;

import dev.summit.model.Callout;
import dev.summit.model.Claim;
import dev.summit.model.Content;
import dev.summit.model.Diagnostic;
import dev.summit.model.Provenance;
import dev.summit.model.Quote;
import dev.summit.model.Section;
import dev.summit.model.Session;
import dev.summit.model.SourceDocument;
import dev.summit.model.Summit;
import dev.summit.parser.ParseResult;
import dev.summit.parser.RecapParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs parses the way a caller with a default JVM would: on a thread with an ordinary 1 MiB stack (surefire
 * runs tests with -Xss8m, which would hide deep recursion), under a hang guard, and checks the invariants every
 * result must keep whatever the input.
 */
final class Guard {
  static final RecapParser PARSER = RecapParser.builder().build();
  static final long STACK = 1024 * 1024;
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  /** Replaced after a timeout, so that a parse stuck in a loop does not block the parses after it. */
  private static ExecutorService worker = newWorker();

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(null, r, "reliability-parse", STACK);
      t.setDaemon(true);
      return t;
    });
  }

  private Guard() {}

  static final String AFTERNOON = "sk-ai-summit-2024-day1-afternoon";
  static final String MORNING = "sk-ai-summit-2024-day1-morning";

  static Path corpusFile(String id) {
    Path p = Path.of("../corpus", id + ".md");
    if (!Files.exists(p)) {
      p = Path.of("corpus", id + ".md");
    }
    return p;
  }

  static byte[] corpus(String id) {
    try {
      return Files.readAllBytes(corpusFile(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses bytes on a 1 MiB-stack thread; fails the test on any throwable or after {@code seconds}. */
  static ParseResult parse(byte[] input, String what, long seconds) {
    return run(() -> PARSER.parse(input, "doc"), what, seconds);
  }

  static ParseResult parse(String input, String what, long seconds) {
    return run(() -> PARSER.parse(input, "doc"), what, seconds);
  }

  static synchronized <T> T run(Supplier<T> task, String what, long seconds) {
    Future<T> f = worker.submit(task::get);
    try {
      T result = f.get(seconds, TimeUnit.SECONDS);
      if (result == null) {
        throw new AssertionError("parse returned null for " + what);
      }
      return result;
    } catch (TimeoutException e) {
      f.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      throw new AssertionError("parse did not finish within " + seconds + " s for " + what);
    } catch (ExecutionException e) {
      throw new AssertionError("parse threw " + e.getCause() + " for " + what, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Lines of the input as the parser counts them (after decoding and line-end normalisation). */
  static int lineCount(ParseResult r) {
    return r.summit().documents().stream().mapToInt(SourceDocument::lineCount).max().orElse(0);
  }

  /** What every result must hold, whatever the input. Returns a list of violations (empty when sound). */
  static List<String> violations(ParseResult r) {
    List<String> out = new ArrayList<>();
    Summit s = r.summit();
    if (s == null) {
      out.add("summit is null");
      return out;
    }
    if (s.documents().size() != 1) {
      out.add("expected one document, got " + s.documents().size());
    }
    int lines = lineCount(r);
    for (Diagnostic d : r.diagnostics()) {
      if (d.severity() == null || d.code() == null || !CODE.matcher(d.code()).matches()) {
        out.add("bad diagnostic code: " + d.code());
      }
      if (d.message() == null || d.message().isBlank()) {
        out.add("blank diagnostic message: " + d.code());
      }
      if (d.line() < 0 || d.line() > Math.max(1, lines) + 1 || d.column() < 0) {
        out.add("diagnostic out of range (" + lines + " lines): " + d.code() + " " + d);
      }
    }
    Consumer<Provenance> check = p -> {
      if (p.endLine() > Math.max(1, lines)) {
        out.add("provenance past the end (" + lines + " lines): " + p.startLine() + "-" + p.endLine());
      }
      if (!"doc".equals(p.document()) && !s.documents().isEmpty()
          && !p.document().equals(s.documents().get(0).id())) {
        out.add("provenance names an unknown document: " + p.document());
      }
    };
    for (Session session : s.sessions()) {
      check.accept(session.source());
      session.participants().forEach(p -> check.accept(p.source()));
      walk(session.content(), c -> check.accept(c.source()));
      for (Section sec : session.sections()) {
        sections(sec, x -> check.accept(x.source()), c -> check.accept(c.source()));
      }
    }
    s.days().forEach(d -> check.accept(d.source()));
    s.speakers().forEach(sp -> check.accept(sp.source()));
    s.documents().forEach(d -> walk(d.content(), c -> check.accept(c.source())));
    return out;
  }

  static void assertSound(ParseResult r, String what) {
    List<String> v = violations(r);
    if (!v.isEmpty()) {
      throw new AssertionError("unsound result for " + what + ": " + v.subList(0, Math.min(5, v.size())));
    }
  }

  static void sections(Section s, Consumer<Section> onSection, Consumer<Content> onContent) {
    onSection.accept(s);
    walk(s.content(), onContent);
    for (Section sub : s.subsections()) {
      sections(sub, onSection, onContent);
    }
  }

  static void walk(List<Content> contents, Consumer<Content> visitor) {
    for (Content c : contents) {
      visitor.accept(c);
      switch (c.type()) {
        case CALLOUT -> walk(((Callout) c).body(), visitor);
        case QUOTE -> walk(((Quote) c).body(), visitor);
        case CLAIM -> walk(List.copyOf(((Claim) c).children()), visitor);
        default -> { }
      }
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
