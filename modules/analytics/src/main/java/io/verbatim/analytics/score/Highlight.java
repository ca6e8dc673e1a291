package io.verbatim.analytics.score;

import io.verbatim.analytics.stat.PValueAdjustment;
import io.verbatim.domain.score.ScoreTable;
import java.util.List;

/**
 * A breakdown in which every segment was tested against the rest of the sample, with p-values adjusted for the number
 * of segments tested.
 *
 * @param table the breakdown itself
 * @param adjustment how the p-values were adjusted
 * @param minimumBase segments (or rests) with a smaller effective base were not tested
 * @param segments one entry per group of the table, in the table's order
 */
public record Highlight(ScoreTable table, PValueAdjustment adjustment, long minimumBase, List<SegmentTest> segments) {

    public Highlight {
        segments = List.copyOf(segments);
    }

    /** How many segments were tested: the m the adjustment divides the 5% among. */
    public long tested() {
        return segments.stream()
                .filter(s -> s.status() == SegmentTest.Status.TESTED)
                .count();
    }

    /** One line saying what was tested against what, and how the p-values were adjusted. */
    public String definition() {
        return "each segment vs the rest of the sample (all other answers), two-sided, 5% after "
                + adjustment.description() + " over " + tested() + " tested segments; segments with n < " + minimumBase
                + " are not tested";
    }
}
