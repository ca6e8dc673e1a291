package io.verbatim.analytics.mention;

/** A mention's sentiment after the tools' labels are normalised; MIXED counts in the base as neither side. */
public enum Polarity {
    POSITIVE,
    NEUTRAL,
    NEGATIVE,
    MIXED
}
