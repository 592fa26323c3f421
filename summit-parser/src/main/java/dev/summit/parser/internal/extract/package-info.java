/**
 * The extract step: meaning read from a session's claims.
 *
 * <ul>
 *   <li>{@link dev.summit.parser.internal.extract.SessionEnricher} ties the step together, once per session.</li>
 *   <li>{@link dev.summit.parser.internal.extract.QuantityExtractor} reads figures and normalises them (units are
 *       listed on the class and on {@link dev.summit.model.Quantity}).</li>
 *   <li>{@code NameMatcher}, {@code Transliteration} and {@code ClaimAttributor} name the speakers a claim is
 *       attributed to, never on a guess: an unresolved person gives an {@code unresolved-speaker} info
 *       diagnostic and no attribution.</li>
 *   <li>{@link dev.summit.parser.internal.extract.TimelineExtractor} reads year- and phase-keyed runs, dated facts
 *       and from-to changes.</li>
 *   <li>{@link dev.summit.parser.internal.extract.ProseComparisonDeriver} derives comparison tables from parallel
 *       prose.</li>
 * </ul>
 *
 * <p>Every class is stateless and thread-safe (a {@code NameMatcher} lives for one call), and every scan is
 * linear in its input: hand-written scanners or regular expressions without nested quantifiers over
 * overlapping classes, and bounded look-arounds.
 */
package dev.summit.parser.internal.extract;
