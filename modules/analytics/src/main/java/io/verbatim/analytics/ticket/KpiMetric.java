package io.verbatim.analytics.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ticket KPIs, by the name the command line uses. Requester wait, agent wait and on-hold time are {@link #stated()}:
 * Zendesk adds them up over status changes, each on the schedule in force at the change, so Verbatim reports the
 * minutes the tool states and never recomputes them (METRICS.md).
 */
public enum KpiMetric {
    FRT("frt", "First reply time"),
    RESOLUTION("resolution", "Full resolution time"),
    SLA("sla", "SLA compliance"),
    FCR("fcr", "First-contact resolution"),
    REPEAT("repeat", "Repeat-contact rate"),
    REOPEN("reopen", "Reopen rate"),
    BACKLOG("backlog", "Backlog"),
    REQUESTER_WAIT("requester-wait", "Requester wait time"),
    AGENT_WAIT("agent-wait", "Agent wait time"),
    ON_HOLD("on-hold", "On-hold time");

    private final String wireName;
    private final String title;

    KpiMetric(String wireName, String title) {
        this.wireName = wireName;
        this.title = title;
    }

    public String wireName() {
        return wireName;
    }

    public String title() {
        return title;
    }

    /** True for the durations only the tool's own status history can give; no business calendar of ours applies. */
    public boolean stated() {
        return this == REQUESTER_WAIT || this == AGENT_WAIT || this == ON_HOLD;
    }

    /** The metric of a command-line name, any case. */
    public static KpiMetric fromWire(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(m -> m.wireName.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown metric '" + name + "'; use " + names()));
    }

    public static String names() {
        return Arrays.stream(values()).map(KpiMetric::wireName).collect(Collectors.joining(", "));
    }
}
