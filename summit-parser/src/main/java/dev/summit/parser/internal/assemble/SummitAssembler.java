package dev.summit.parser.internal.assemble;

import dev.summit.model.ImmutableSummit;
import dev.summit.model.Summit;
import dev.summit.parser.ParserLimits;
import dev.summit.parser.internal.Pipeline;
import java.util.List;

/** The assemble step: merges documents into one immutable Summit. */
public final class SummitAssembler {
  private final ParserLimits limits;

  public SummitAssembler(ParserLimits limits) {
    this.limits = limits;
  }

  public Summit assemble(List<Pipeline.Document> documents) {
    ImmutableSummit.Builder b = ImmutableSummit.builder();
    documents.forEach(d -> b.addAllDiagnostics(d.recap().diagnostics()));
    return b.build();
  }
}
