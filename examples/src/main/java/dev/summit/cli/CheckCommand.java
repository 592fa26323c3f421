package dev.summit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code summit check [FILE…]}: prints each diagnostic as {@code file:line:column: severity: message} on
 * stdout and a count on stderr; exits 1 when the input has errors or a file cannot be read. {@link Check} does
 * the work; {@link QuickCheck} runs the same without picocli when the arguments are plain file names.
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
    CommandLine cl = spec.commandLine();
    return Check.report(inputs.read(root, cl), cl.getOut(), cl.getErr());
  }
}
