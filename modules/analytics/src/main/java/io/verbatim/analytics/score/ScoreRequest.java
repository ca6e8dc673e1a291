package io.verbatim.analytics.score;

import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Variant;
import java.util.Objects;

/**
 * What to score.
 *
 * @param metric nps, enps, csat or ces
 * @param question key or label of the question; null means the dataset's first question with the metric's role
 * @param variant null means the metric's default variant
 * @param by key or label of a column to break down by; null for none
 * @param period bucket the scores by the dataset's response date; null for none (not combined with {@code by})
 */
public record ScoreRequest(Metric metric, String question, Variant variant, String by, Period period) {

    public ScoreRequest {
        Objects.requireNonNull(metric, "metric");
        if (by != null && period != null) {
            throw new IllegalArgumentException("Choose a breakdown column or a period, not both");
        }
    }

    public static ScoreRequest of(Metric metric) {
        return new ScoreRequest(metric, null, null, null, null);
    }

    public ScoreRequest by(String column) {
        return new ScoreRequest(metric, question, variant, column, null);
    }

    public ScoreRequest per(Period newPeriod) {
        return new ScoreRequest(metric, question, variant, null, newPeriod);
    }

    public ScoreRequest variant(Variant newVariant) {
        return new ScoreRequest(metric, question, newVariant, by, period);
    }

    public ScoreRequest question(String newQuestion) {
        return new ScoreRequest(metric, newQuestion, variant, by, period);
    }

    public Variant effectiveVariant() {
        return variant == null ? metric.defaultVariant() : variant;
    }
}
