package io.verbatim.charts.kpi;

import io.verbatim.domain.score.Comparison;
import java.util.Objects;

/**
 * The latest period against the one before it, with the analytics module's two-group test.
 *
 * @param period the latest period's name as the reader says it ("June 2026")
 * @param previous the previous period's name
 * @param comparison latest minus previous, with its p-value; {@link Comparison#significant()} sets the marker
 */
public record KpiChange(String period, String previous, Comparison comparison) {
    public KpiChange {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(comparison, "comparison");
    }
}
