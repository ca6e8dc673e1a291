package io.verbatim.analytics.score;

import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Score;

/**
 * One segment of a highlight: its score, the score of everybody else, and the test between them.
 *
 * @param segment the segment's score
 * @param rest the score of every other answered row (NaN values when the segment is the only one with answers)
 * @param comparison segment vs rest with the metric's test; null when the segment was not tested
 * @param adjustedP the p-value after multiple-comparison adjustment; NaN when not tested
 * @param status whether the segment was tested, and if not, why
 */
public record SegmentTest(Score segment, Score rest, Comparison comparison, double adjustedP, Status status) {

    /** Why a segment was or was not tested. */
    public enum Status {
        TESTED,
        /** The segment or the rest has fewer (effective) answers than the minimum base. */
        LOW_BASE,
        /** The test is undefined here (a mean of one answer, no valid answers). */
        UNTESTABLE
    }

    /** Significant at 5% after adjustment: the segment is highlighted. */
    public boolean significant() {
        return status == Status.TESTED && adjustedP < 0.05;
    }
}
