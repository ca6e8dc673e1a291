package io.verbatim.analytics.ticket;

import java.util.List;

/** The backlog series, period by period, groups within a period. */
public record BacklogResult(KpiHeader header, List<BacklogPoint> points) implements KpiResult {

    public BacklogResult {
        points = List.copyOf(points);
    }
}
