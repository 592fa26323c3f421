package dev.summit.parser.internal.extract;

import dev.summit.model.Diagnostic;
import dev.summit.model.Session;
import dev.summit.model.Speaker;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The extract step for one session: attributes claims to speakers, reads figures, timelines and derived
 * comparisons. Stateless and thread-safe.
 */
public final class SessionEnricher {
  /**
   * The enriched session, plus the aliases learned from its text (speaker id → new aliases).
   */
  public record Enriched(Session session, Map<String, List<String>> learnedAliases) {}

  /**
   * @param session an assembled session: claims have ids and text, no speakers, no quantities
   * @param speakers the summit's speaker registry (participants of the session among them)
   * @param diagnostics receives info diagnostics for mentions that could not be resolved
   */
  public Enriched enrich(Session session, List<Speaker> speakers, Consumer<Diagnostic> diagnostics) {
    return new Enriched(session, Map.of());
  }
}
