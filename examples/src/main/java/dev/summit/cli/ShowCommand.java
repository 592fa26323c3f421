package dev.summit.cli;

import dev.summit.parser.ParseResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code summit show [FILE…]}: a human summary of the summit: its days, the agenda with participants and
 * roles, the speaker count, claim and figure counts, and the diagnostics count.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = SummitVersion.class,
    description = "Prints a summary: the summit, its days, the agenda with participants and roles, "
        + "and counts of speakers, claims, figures and diagnostics.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:shown",
      "1:a file could not be read (nothing shown), or the input has errors (shown all the same)",
      "2:wrong usage",
      "3:internal error"
    })
public final class ShowCommand implements Callable<Integer> {
  @ParentCommand SummitCommand root;
  @Spec CommandSpec spec;
  @Mixin InputFiles inputs;

  @Override
  public Integer call() {
    Inputs.Loaded loaded = inputs.read(root, spec.commandLine());
    PrintWriter err = spec.commandLine().getErr();
    if (!loaded.unreadable().isEmpty() || loaded.result().isEmpty()) {
      loaded.unreadable().forEach(u -> err.println(u.line()));
      return SummitCommand.EXIT_INPUT_ERRORS;
    }
    ParseResult result = loaded.result().get();
    new SummaryPrinter(spec.commandLine().getOut(), loaded::nameOf).print(result.summit());
    if (result.hasErrors()) {
      err.println("summit: the input has errors; run `summit check` to see them");
      return SummitCommand.EXIT_INPUT_ERRORS;
    }
    return SummitCommand.EXIT_OK;
  }
}
