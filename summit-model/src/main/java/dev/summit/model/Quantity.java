package dev.summit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure inside a claim's text, normalised.
 *
 * <p>Units are fixed strings:
 * <ul>
 *   <li>{@code %}: a percentage, value 50 for "50%";</li>
 *   <li>{@code kW}: power, "30KW" → 30, "500MWe" → 500000, "1GW" → 1000000;</li>
 *   <li>{@code USD}: US dollars, "$1.2B" → 1.2e9;</li>
 *   <li>{@code KRW}: Korean won, "3조 원" → 3e12;</li>
 *   <li>{@code x}: a factor, "두 배" → 2, "2.5배" → 2.5;</li>
 *   <li>{@code count}: a count of things or people, "3천억 개" → 3e11, "40만 명" → 400000;</li>
 *   <li>{@code month}, {@code year}, {@code hour}, {@code day}: durations and periods ("6개월마다" → 6 month);</li>
 *   <li>other units (such as {@code TB}, {@code nm}) as written.</li>
 * </ul>
 */
@Value.Immutable
public interface Quantity {
  /** The span of the claim text this figure was read from. */
  String text();

  /** Start offset of {@link #text()} in the claim text, in chars. */
  int start();

  /** End offset (exclusive) of {@link #text()} in the claim text, in chars. */
  int end();

  QuantityKind kind();

  /** The normalised value, or the lower bound of a range. */
  double value();

  /** The upper bound of a range such as "10~15%" or "5%에서 80%". */
  Optional<Double> upperValue();

  /** The normalised unit; see the class documentation. */
  String unit();
}
