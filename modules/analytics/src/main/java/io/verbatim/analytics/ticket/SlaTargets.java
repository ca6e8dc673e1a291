package io.verbatim.analytics.ticket;

import io.verbatim.analytics.calendar.DurationWords;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * SLA targets per priority, optionally per priority and channel, written {@code urgent=1h,high=4h,normal=8h,low=24h};
 * {@code high/chat=15m} is a channel's own target and {@code *=8h} the target of every other priority. Entries are
 * separated by commas or new lines, so a small targets file holds one a line ({@code #} comments allowed). Priorities
 * and channels match ignoring case.
 *
 * @param targets minutes by lower-case key ({@code high}, {@code high/chat}, {@code *})
 * @param on the KPI the targets apply to: first reply time or full resolution time
 */
public record SlaTargets(Map<String, Integer> targets, KpiMetric on) {

    static final String ANY = "*";

    public SlaTargets {
        targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        if (on != KpiMetric.FRT && on != KpiMetric.RESOLUTION) {
            throw new KpiException("SLA targets apply to frt or resolution, not " + on.wireName());
        }
        if (targets.isEmpty()) {
            throw new KpiException("no SLA targets given; write e.g. --sla urgent=1h,high=4h,normal=8h,low=24h");
        }
    }

    public static SlaTargets parse(String text, KpiMetric on) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int hash = line.indexOf('#');
            String content = hash >= 0 ? line.substring(0, hash) : line;
            for (String entry : content.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.split("=");
                if (parts.length != 2 || parts[0].isBlank()) {
                    throw new KpiException("SLA target '" + entry.strip()
                            + "' is not PRIORITY=TIME; write e.g. high=4h," + " high/chat=15m or *=8h");
                }
                int minutes = DurationWords.minutes(
                        parts[1], problem -> new KpiException("SLA target '" + entry.strip() + "': " + problem));
                targets.put(key(parts[0]), minutes);
            }
        }
        return new SlaTargets(targets, on);
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*/\\s*", "/");
    }

    /** The target of a ticket: its priority and channel's, else its priority's, else the catch-all's. */
    public Optional<Duration> target(String priority, String channel) {
        String p = key(priority == null ? "" : priority);
        String c = key(channel == null ? "" : channel);
        Integer minutes = targets.get(p + "/" + c);
        if (minutes == null) {
            minutes = targets.get(p);
        }
        if (minutes == null) {
            minutes = targets.get(ANY);
        }
        return Optional.ofNullable(minutes).map(Duration::ofMinutes);
    }

    /** True when some target names a channel, so the channel column is needed. */
    public boolean byChannel() {
        return targets.keySet().stream().anyMatch(k -> k.contains("/"));
    }

    public boolean onlyCatchAll() {
        return targets.keySet().stream().allMatch(ANY::equals);
    }

    /** {@code urgent=1h, high=4h}, as written back in every definition. */
    public String describe() {
        return targets.entrySet().stream()
                .map(e -> e.getKey() + "=" + minutesText(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String minutesText(int minutes) {
        if (minutes % 60 != 0) {
            return minutes + "m";
        }
        return minutes / 60 + "h";
    }
}
