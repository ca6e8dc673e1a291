package io.verbatim.domain.journey;

/**
 * What a lane of a journey map holds. Notes go in every kind; {@link #EMOTIONS}, {@link #METRICS} and
 * {@link #VERBATIMS} also show what the stages' data bindings compute.
 */
public enum LaneKind {
    ACTIONS,
    TOUCHPOINTS,
    CHANNELS,
    EMOTIONS,
    PAIN_POINTS,
    OPPORTUNITIES,
    METRICS,
    VERBATIMS
}
