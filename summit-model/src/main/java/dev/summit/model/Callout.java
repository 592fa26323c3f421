package dev.summit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A box the author adds to explain a term, such as {@code > 💡 **무어의 법칙이란?**}. */
@Value.Immutable
public interface Callout extends Content {
  @Override
  default ContentType type() {
    return ContentType.CALLOUT;
  }

  /** The marker emoji, such as 💡 or ❓, if any. */
  Optional<String> marker();

  /** The term explained, if the box names one. */
  Optional<String> term();

  /** The body, in order; its claims are {@link ClaimKind#EXPLAINER}s. */
  List<Content> body();
}
