package dev.summit.parser.reliability;

import dev.summit.model.Diagnostic;
import dev.summit.model.ImmutableSummit;
import dev.summit.model.Summit;
import java.util.List;

/** A summit as a comparable string, provenance aside: no line numbers, content hashes or line counts. */
final class ModelForm {
  private ModelForm() {}

  static String of(Summit summit) {
    String model = ImmutableSummit.copyOf(summit).withDiagnostics(List.of()).toString()
        .replaceAll("Provenance\\{[^}]*\\}", "P")
        .replaceAll("contentHash=[0-9a-f]+", "contentHash=_")
        .replaceAll("lineCount=\\d+", "lineCount=_");
    List<String> diagnostics = summit.diagnostics().stream()
        .map(d -> d.severity() + " " + d.code()).sorted().toList();
    return model + "\ndiagnostics=" + diagnostics;
  }

  static List<String> diagnosticCodes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.severity() + " " + d.code() + " " + d).toList();
  }
}
