package io.verbatim.cli;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A second, deliberately naive computation of ticket durations for the acceptance tests: business time by walking the
 * ticket's life minute by minute on its own reading of the Russian production calendar for 2024–2025 (written here
 * from the decrees, not read from the shipped file), and statistics written out by hand.
 */
final class IndependentKpi {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** Weekdays that are not worked: holidays and days off moved onto weekdays. */
    private static final Set<LocalDate> OFF = dates(
            "2024-01-01",
            "2024-01-02",
            "2024-01-03",
            "2024-01-04",
            "2024-01-05",
            "2024-01-08",
            "2024-02-23",
            "2024-03-08",
            "2024-04-29",
            "2024-04-30",
            "2024-05-01",
            "2024-05-09",
            "2024-05-10",
            "2024-06-12",
            "2024-11-04",
            "2024-12-30",
            "2024-12-31",
            "2025-01-01",
            "2025-01-02",
            "2025-01-03",
            "2025-01-06",
            "2025-01-07",
            "2025-01-08",
            "2025-05-01",
            "2025-05-02",
            "2025-05-08",
            "2025-05-09",
            "2025-06-12",
            "2025-06-13",
            "2025-11-03",
            "2025-11-04",
            "2025-12-31");

    /** Saturdays that are worked. */
    private static final Set<LocalDate> WORKED = dates("2024-04-27", "2024-11-02", "2024-12-28", "2025-11-01");

    /** Working days that end at 17:00 instead of 18:00. */
    private static final Set<LocalDate> SHORT = dates(
            "2024-02-22",
            "2024-03-07",
            "2024-05-08",
            "2024-06-11",
            "2024-11-02",
            "2025-03-07",
            "2025-04-30",
            "2025-06-11",
            "2025-11-01");

    private IndependentKpi() {}

    /** Business minutes from {@code from} to {@code to}, one whole-minute step at a time. */
    static double businessMinutes(Instant from, Instant to) {
        long seconds = 0;
        Instant t = from;
        while (t.isBefore(to)) {
            Instant next = t.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
            Instant stop = next.isBefore(to) ? next : to;
            if (working(LocalDateTime.ofInstant(t, MOSCOW))) {
                seconds += Duration.between(t, stop).toSeconds();
            }
            t = stop;
        }
        return seconds / 60.0;
    }

    private static boolean working(LocalDateTime time) {
        LocalDate day = time.toLocalDate();
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean workday = weekend ? WORKED.contains(day) : !OFF.contains(day);
        int minute = time.getHour() * 60 + time.getMinute();
        int end = SHORT.contains(day) ? 17 * 60 : 18 * 60;
        return workday && minute >= 9 * 60 && minute < end;
    }

    static double calendarMinutes(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 60.0;
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    /** Type 7: sorted x0..x(n−1), h = (n − 1)·q, x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋). */
    static double percentile(List<Double> values, double q) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double h = (sorted.length - 1) * q;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    private static Set<LocalDate> dates(String... days) {
        return Arrays.stream(days).map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }
}
