package io.verbatim.charts.kpi;

import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.Variant;
import java.util.Objects;

/**
 * One tile of a KPI board: a score with its base and interval, and optionally how the latest period moved.
 *
 * @param metric the score's short name, e.g. "NPS"
 * @param variantName what the figure is, in the reader's language, e.g. "net score, points"
 * @param score the score over the whole (filtered) data
 * @param variant the score's variant, which decides how it is formatted
 * @param change the latest period against the one before, or null when there are not two periods with answers
 * @param higherIsBetter true when a rise is good news (green): net scores, top-box shares, and means on a scale whose
 *     high end is the good one; false for a mean on a reversed scale, where a rise is bad news (red)
 */
public record KpiFigure(
        String metric, String variantName, Score score, Variant variant, KpiChange change, boolean higherIsBetter) {

    /** A figure whose rise is good news. */
    public KpiFigure(String metric, String variantName, Score score, Variant variant, KpiChange change) {
        this(metric, variantName, score, variant, change, true);
    }

    public KpiFigure {
        Objects.requireNonNull(metric, "metric");
        variantName = variantName == null ? "" : variantName;
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(variant, "variant");
    }
}
