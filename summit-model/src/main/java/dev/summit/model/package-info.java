/**
 * The immutable domain model of a summit as read from its recap posts.
 *
 * <p>Every type is an Immutables value: build one with {@code ImmutableX.builder()}, and derive changed
 * copies with {@code withY(...)}. Lists are never null and keep a deterministic order; absent values are
 * {@link java.util.Optional}. Every element that comes from a post carries a {@link dev.summit.model.Provenance}.
 */
@SummitStyle
package dev.summit.model;
