package io.verbatim.domain.dataset;

/** The score a rating question feeds. Only questions with a role are ever scored (see METRICS.md, PostHog's fix). */
public enum MetricRole {
    NPS,
    ENPS,
    CSAT,
    CES,
    OTHER;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
