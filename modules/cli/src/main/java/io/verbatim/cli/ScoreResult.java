package io.verbatim.cli;

import io.verbatim.analytics.score.Highlight;
import io.verbatim.analytics.score.SegmentTest;
import io.verbatim.analytics.weight.Weighting;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;

/**
 * Everything {@code score} prints: the table, and optionally a two-group comparison, a highlight and the weighting.
 *
 * @param table the scores
 * @param comparison {@code --compare A,B}, or null
 * @param highlight {@code --highlight}, or null
 * @param weighting the weights used, or null when unweighted
 * @param minimumBase below this (effective) base a group is flagged as low base
 * @param filtered the {@code --filter} and how many rows it kept, or null
 */
record ScoreResult(
        ScoreTable table,
        Comparison comparison,
        Highlight highlight,
        Weighting weighting,
        long minimumBase,
        Filtered filtered) {

    ScoreResult(ScoreTable table, Comparison comparison, Highlight highlight, Weighting weighting, long minimumBase) {
        this(table, comparison, highlight, weighting, minimumBase, null);
    }

    /**
     * What {@code --filter} kept.
     *
     * @param expression the filter as written
     * @param rows rows kept
     * @param of rows in the dataset
     */
    record Filtered(String expression, long rows, long of) {}

    ScoreResult filtered(Filtered kept) {
        return new ScoreResult(table, comparison, highlight, weighting, minimumBase, kept);
    }

    /** A group whose base (its effective n when weighted) is too small to read on its own. */
    boolean lowBase(Score score) {
        return !score.isEmpty() && score.effectiveN() < minimumBase;
    }

    /** The highlight test of a group, or null without a highlight. */
    SegmentTest segment(Score score) {
        if (highlight == null) {
            return null;
        }
        return highlight.segments().stream()
                .filter(s -> s.segment().group().equals(score.group()))
                .findFirst()
                .orElse(null);
    }
}
