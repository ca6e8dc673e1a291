package io.verbatim.cli;

import io.verbatim.analytics.ticket.BacklogPoint;
import io.verbatim.analytics.ticket.BacklogResult;
import io.verbatim.analytics.ticket.DurationResult;
import io.verbatim.analytics.ticket.DurationRow;
import io.verbatim.analytics.ticket.DurationStats;
import io.verbatim.analytics.ticket.KpiHeader;
import io.verbatim.analytics.ticket.KpiMetric;
import io.verbatim.analytics.ticket.KpiResult;
import io.verbatim.analytics.ticket.RateResult;
import io.verbatim.analytics.ticket.RateRow;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The human rendering of a ticket KPI: a title, one line per group and clock (durations in hours) or per group and
 * variant (rates in percent with a 95% interval), then the definition and what was left out.
 */
final class KpiText {

    private KpiText() {}

    static String of(KpiResult result, boolean namedCalendar) {
        StringBuilder text = new StringBuilder();
        KpiHeader header = result.header();
        text.append(String.format(
                Locale.ROOT,
                "%s of %s (profile %s)%s%n",
                header.metric().title(),
                header.dataset(),
                header.profile().wireName(),
                header.by() == null ? "" : " by " + header.by()));
        int width = Math.max(5, groupWidth(result));
        switch (result) {
            case DurationResult durations -> durations.rows().forEach(row -> text.append(line(row, width)));
            case RateResult rates -> rates.rows().forEach(row -> text.append(line(row, width)));
            case BacklogResult backlog -> backlog.points().forEach(point -> text.append(line(point, width)));
        }
        text.append("Definition:").append(System.lineSeparator());
        header.definition().forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
        boolean onOurCalendar =
                result instanceof DurationResult && !header.metric().stated();
        if (!namedCalendar && (onOurCalendar || header.metric() == KpiMetric.SLA)) {
            text.append("  the calendar is the default one; choose yours with --calendar ru|24x7|weekdays|FILE")
                    .append(System.lineSeparator());
        }
        if (!header.notes().isEmpty()) {
            text.append("Left out and warnings:").append(System.lineSeparator());
            header.notes().forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
        }
        return text.toString();
    }

    private static int groupWidth(KpiResult result) {
        return switch (result) {
            case DurationResult d ->
                d.rows().stream().mapToInt(r -> r.group().length()).max().orElse(0);
            case RateResult r ->
                r.rows().stream().mapToInt(row -> row.group().length()).max().orElse(0);
            case BacklogResult b ->
                b.points().stream().mapToInt(p -> p.group().length()).max().orElse(0);
        };
    }

    private static String line(DurationRow row, int width) {
        DurationStats stats = row.stats();
        if (stats.n() == 0) {
            return String.format(Locale.ROOT, "  %-" + width + "s  %-15s  n=0%n", row.group(), row.clock());
        }
        return String.format(
                Locale.ROOT,
                "  %-" + width + "s  %-15s  n=%-6d mean %9s  median %9s  p90 %9s%s%n",
                row.group(),
                row.clock(),
                stats.n(),
                hours(stats.mean()),
                hours(stats.median()),
                hours(stats.p90()),
                stats.n() < SignificanceOptions.DEFAULT_MIN_BASE ? "  (low base)" : "");
    }

    private static String line(RateRow row, int width) {
        String counts = row.counts().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        if (row.n() == 0) {
            return String.format(
                    Locale.ROOT,
                    "  %-" + width + "s  %-15s  n=0%s%n",
                    row.group(),
                    row.variant(),
                    counts.isEmpty() ? "" : "  (" + counts + ")");
        }
        return String.format(
                Locale.ROOT,
                "  %-" + width + "s  %-15s  %6.1f%%  [%5.1f%%, %5.1f%%]  %d of %d%s%s%n",
                row.group(),
                row.variant(),
                100 * row.rate(),
                100 * row.interval().low(),
                100 * row.interval().high(),
                row.hits(),
                row.n(),
                counts.isEmpty() ? "" : "  (" + counts + ")",
                row.n() < SignificanceOptions.DEFAULT_MIN_BASE ? "  (low base)" : "");
    }

    private static String line(BacklogPoint point, int width) {
        return String.format(
                Locale.ROOT, "  %s  %-" + width + "s  %d open%n", point.periodEnd(), point.group(), point.open());
    }

    /** Minutes as hours with two decimals: {@code 13.75 h}. */
    private static String hours(double minutes) {
        return String.format(Locale.ROOT, "%.2f h", minutes / 60);
    }
}
