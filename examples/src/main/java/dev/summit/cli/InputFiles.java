package dev.summit.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/**
 * The {@code FILE…} arguments the commands share, as a picocli mixin; {@link Inputs} reads them.
 */
final class InputFiles {
  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Recap posts (Markdown or HTML); several are merged into one summit; - reads standard input. "
          + "With none, the bundled corpus.")
  List<String> files = new ArrayList<>();

  Inputs.Loaded read(SummitCommand root, CommandLine cl) {
    if (Inputs.stdinCount(files) > 1) {
      throw new CommandLine.ParameterException(cl, "standard input (-) can be given only once");
    }
    return Inputs.read(files, root.stdin(), root.terminal(), cl.getErr());
  }
}
