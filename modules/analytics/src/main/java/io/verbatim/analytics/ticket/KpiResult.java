package io.verbatim.analytics.ticket;

/** The answer to a {@link KpiRequest}: durations, rates or a backlog series, each with its header. */
public sealed interface KpiResult permits DurationResult, RateResult, BacklogResult {

    KpiHeader header();
}
