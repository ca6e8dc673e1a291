package io.verbatim.analytics.ticket;

import java.util.List;

/** First reply or resolution times: per group, one row per clock. */
public record DurationResult(KpiHeader header, List<DurationRow> rows) implements KpiResult {

    public DurationResult {
        rows = List.copyOf(rows);
    }
}
