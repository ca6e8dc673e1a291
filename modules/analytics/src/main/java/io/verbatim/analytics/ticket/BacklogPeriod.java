package io.verbatim.analytics.ticket;

/** The step of a backlog series: the open tickets are counted at the end of each day or of each (ISO) week. */
public enum BacklogPeriod {
    DAY,
    WEEK
}
