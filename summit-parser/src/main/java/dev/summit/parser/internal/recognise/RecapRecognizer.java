package dev.summit.parser.internal.recognise;

import dev.summit.parser.ParserLimits;
import dev.summit.parser.internal.outline.Block;
import dev.summit.parser.internal.read.SourceText;
import java.util.List;
import java.util.Optional;

/** The recognise step: finds the recap's parts from structure and labels. */
public final class RecapRecognizer {
  private final ParserLimits limits;

  public RecapRecognizer(ParserLimits limits) {
    this.limits = limits;
  }

  public DocumentRecap recognise(SourceText source, Block outline) {
    return new DocumentRecap(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), SummitFacts.none(), List.of(), List.of(), List.of(), List.of(), source.diagnostics());
  }
}
