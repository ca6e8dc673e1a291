package io.verbatim.analytics.ticket;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A definition profile: which vendor's reading of a KPI the figures follow (METRICS.md lists the differences). Every
 * profile prints n, mean, median and p90; the headline is the statistic the vendor shows first.
 */
public enum KpiProfile {
    /**
     * Zendesk: full resolution runs to {@code solved_at} (else {@code closed_at}); unsolved tickets are left out;
     * one-touch = solved or closed with fewer than 2 agent replies.
     */
    ZENDESK(
            "zendesk",
            List.of("solved_at", "closed_at"),
            "one-touch: solved or closed with fewer than 2 agent replies (Zendesk)",
            "mean"),
    /**
     * Intercom: "time to close" runs to {@code closed_at} (else {@code solved_at}); the median is the headline;
     * closed on first contact = closed once, read as never reopened.
     */
    INTERCOM(
            "intercom",
            List.of("closed_at", "solved_at"),
            "closed on first contact: solved or closed and never reopened (Intercom's 'closed once'; the export does"
                    + " not say how many teammates took part)",
            "median"),
    /**
     * Custom: the clock's start and end columns can be chosen ({@code --start}, {@code --end}); first-contact
     * resolution asks for both conditions.
     */
    CUSTOM(
            "custom",
            List.of("solved_at", "closed_at"),
            "first-contact resolution: solved or closed with at most 1 agent reply and never reopened",
            "mean");

    private final String wireName;
    private final List<String> resolutionEnds;
    private final String fcrRule;
    private final String headline;

    KpiProfile(String wireName, List<String> resolutionEnds, String fcrRule, String headline) {
        this.wireName = wireName;
        this.resolutionEnds = resolutionEnds;
        this.fcrRule = fcrRule;
        this.headline = headline;
    }

    public String wireName() {
        return wireName;
    }

    /** The columns a resolution ends at, in order of preference. */
    public List<String> resolutionEnds() {
        return resolutionEnds;
    }

    public String fcrRule() {
        return fcrRule;
    }

    /** The statistic the vendor's reports lead with: mean or median. */
    public String headline() {
        return headline;
    }

    public static KpiProfile fromWire(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.wireName.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile '" + name + "'; use "
                        + Arrays.stream(values()).map(KpiProfile::wireName).collect(Collectors.joining(", "))));
    }
}
