package dev.summit.cli;

import dev.summit.model.Diagnostic;
import dev.summit.parser.ParseResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code summit check [FILE…]}: prints each diagnostic as {@code file:line:column: severity: message} on
 * stdout and a count on stderr; exits 1 when the input has errors or a file cannot be read.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = SummitVersion.class,
    description = {
      "Reads the posts and prints each diagnostic as file:line:column: severity: message.",
      "Warnings and infos do not fail the check; errors and unreadable files do."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no errors (warnings allowed)",
      "1:errors in the input, including unreadable or binary files",
      "2:wrong usage",
      "3:internal error"
    })
public final class CheckCommand implements Callable<Integer> {
  @ParentCommand SummitCommand root;
  @Spec CommandSpec spec;
  @Mixin InputFiles inputs;

  @Override
  public Integer call() {
    InputFiles.Loaded loaded = inputs.read(root, spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (InputFiles.Unreadable unreadable : loaded.unreadable()) {
      out.println(unreadable.line());
    }
    List<Diagnostic> diagnostics = loaded.result().map(ParseResult::diagnostics).orElse(List.of());
    for (Diagnostic d : diagnostics) {
      out.println(DiagnosticLines.format(d, loaded::nameOf));
    }
    int documents = loaded.result().map(r -> r.summit().documents().size()).orElse(0);
    String unread = loaded.unreadable().isEmpty()
        ? ""
        : "; " + DiagnosticLines.plural(loaded.unreadable().size(), "file") + " not read";
    err.println("summit: checked " + DiagnosticLines.plural(documents, "document") + ": "
        + DiagnosticLines.counts(diagnostics) + unread);
    boolean errors = loaded.result().map(ParseResult::hasErrors).orElse(false);
    return errors || !loaded.unreadable().isEmpty() ? SummitCommand.EXIT_INPUT_ERRORS : SummitCommand.EXIT_OK;
  }
}
