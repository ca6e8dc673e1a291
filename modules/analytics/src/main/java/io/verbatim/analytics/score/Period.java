package io.verbatim.analytics.score;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Calendar buckets for a trend. Labels sort chronologically as plain strings ({@code 2024-03}, {@code 2024-W09},
 * {@code 2024-03-05}), so charts and exports can order them without parsing.
 */
public enum Period {
    DAY,
    WEEK,
    MONTH;

    /**
     * The bucket a date falls in. Weeks are ISO weeks (Monday first, week 1 holds the first Thursday), labelled with
     * the week-based year: 30 December 2024 is in {@code 2025-W01}.
     */
    public String label(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case WEEK ->
                String.format(
                        Locale.ROOT,
                        "%04d-W%02d",
                        date.get(IsoFields.WEEK_BASED_YEAR),
                        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
        };
    }

    /** {@code day}, {@code week} or {@code month}, as on the command line. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
