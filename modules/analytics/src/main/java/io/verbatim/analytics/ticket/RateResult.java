package io.verbatim.analytics.ticket;

import java.util.List;

/** SLA compliance, first-contact resolution, repeat contacts or reopens: per group, one row per variant. */
public record RateResult(KpiHeader header, List<RateRow> rows) implements KpiResult {

    public RateResult {
        rows = List.copyOf(rows);
    }
}
