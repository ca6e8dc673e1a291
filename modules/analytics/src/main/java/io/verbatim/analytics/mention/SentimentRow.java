package io.verbatim.analytics.mention;

import io.verbatim.domain.score.Score;

/**
 * Net sentiment of one group and the counts it comes from.
 *
 * @param score value in points (−100…+100), n, 95% interval and standard error
 * @param positive mentions labelled positive
 * @param neutral mentions labelled neutral
 * @param negative mentions labelled negative
 * @param mixed mentions labelled mixed (in n, scored 0)
 * @param blank mentions without a label (not in n)
 * @param unrecognised mentions whose label is not a sentiment (not in n)
 */
public record SentimentRow(
        Score score, long positive, long neutral, long negative, long mixed, long blank, long unrecognised) {}
