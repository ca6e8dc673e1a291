package io.verbatim.analytics.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The ticket KPIs, by the name the command line uses. */
public enum KpiMetric {
    FRT("frt", "First reply time"),
    RESOLUTION("resolution", "Full resolution time"),
    SLA("sla", "SLA compliance"),
    FCR("fcr", "First-contact resolution"),
    REPEAT("repeat", "Repeat-contact rate"),
    REOPEN("reopen", "Reopen rate"),
    BACKLOG("backlog", "Backlog");

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
