package io.verbatim.cli.chart;

/** What {@code verbatim chart --kind} draws. */
enum ChartKind {
    KPI,
    TREND,
    TOPICS,
    JOURNEY
}
