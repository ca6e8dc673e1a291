package io.verbatim.domain.dataset;

/**
 * Which end of a rating scale is the good one. Reversed effort scales ("1 = very easy") exist in the wild, so
 * direction is a property of every imported question rather than an assumption of the metric.
 */
public enum ScaleDirection {
    /** The highest code is the best answer (the usual case). */
    HIGHER_IS_BETTER,
    /** The lowest code is the best answer, e.g. "How much effort…? 1 = very little". */
    LOWER_IS_BETTER
}
