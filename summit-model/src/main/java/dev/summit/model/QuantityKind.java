package dev.summit.model;

/** What a {@link Quantity} measures. */
public enum QuantityKind {
  PERCENT,
  POWER,
  MONEY,
  FACTOR,
  COUNT,
  DURATION,
  RATE,
  OTHER
}
