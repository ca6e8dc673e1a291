package io.verbatim.analytics.score;

/** Calendar buckets for a trend. */
public enum Period {
    DAY,
    WEEK,
    MONTH
}
