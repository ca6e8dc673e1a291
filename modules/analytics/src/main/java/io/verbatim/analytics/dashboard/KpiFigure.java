package io.verbatim.analytics.dashboard;

import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import java.util.Optional;

/**
 * One KPI tile's numbers under the dashboard's filters: the score and, when the filters name a period, the change
 * against the period of the same length just before it, tested with the metric's own two-sample test (METRICS.md:
 * Wald z for NPS, pooled two-proportion z for top-box, Welch t for means).
 *
 * @param metric the metric
 * @param table the one-group table of the filtered rows
 * @param change this period against the previous one; empty without a period or when either has no answers
 * @param higherIsBetter true when a rise of this table's value is good news: always for net scores and top-box shares
 *     (their calculators already count the good end), and for a mean unless the question's scale is reversed
 */
public record KpiFigure(Metric metric, ScoreTable table, Optional<Comparison> change, boolean higherIsBetter) {

    /** The headline score (the table's only group). */
    public Score overall() {
        return table.groups().getFirst();
    }
}
