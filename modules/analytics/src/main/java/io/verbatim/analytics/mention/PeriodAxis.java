package io.verbatim.analytics.mention;

import io.verbatim.analytics.score.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every period from the first mention's to the last one's, with the empty ones in between: a day without mentions is a
 * zero in a volume series and in a spike baseline, not a gap.
 *
 * @param period day, week or month
 * @param labels period labels in time order ({@code 2024-03-05}, {@code 2024-W10}, {@code 2024-03})
 * @param rowPeriods for each mention, the index of its period in {@code labels}, or −1 when it has no date
 */
public record PeriodAxis(Period period, List<String> labels, int[] rowPeriods) {

    public PeriodAxis {
        labels = List.copyOf(labels);
    }

    /**
     * @throws MentionException when no mention has a date
     */
    public static PeriodAxis of(LocalDate[] dates, Period period) {
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate date : dates) {
            if (date != null) {
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
        }
        if (first == null) {
            throw new MentionException("no mention has a readable publication date; a series by period needs them");
        }
        List<String> labels = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (LocalDate start = start(first, period); !start.isAfter(last); start = next(start, period)) {
            String label = period.label(start);
            index.put(label, labels.size());
            labels.add(label);
        }
        int[] rows = new int[dates.length];
        for (int i = 0; i < dates.length; i++) {
            rows[i] = dates[i] == null ? -1 : index.get(period.label(dates[i]));
        }
        return new PeriodAxis(period, labels, rows);
    }

    public int size() {
        return labels.size();
    }

    /** Mentions without a date, which no period counts. */
    public long undated() {
        long undated = 0;
        for (int row : rowPeriods) {
            if (row < 0) {
                undated++;
            }
        }
        return undated;
    }

    private static LocalDate start(LocalDate date, Period period) {
        return switch (period) {
            case DAY -> date;
            case WEEK -> date.with(DayOfWeek.MONDAY);
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate start, Period period) {
        return switch (period) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
