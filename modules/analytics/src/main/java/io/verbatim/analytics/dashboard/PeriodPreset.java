package io.verbatim.analytics.dashboard;

import java.time.LocalDate;

/**
 * The period shortcuts of the filter bar. They count back from the dataset's last response day, not from today: an
 * export analysed a month after it was taken must still show its last 30 days, not an empty dashboard.
 */
public enum PeriodPreset {
    LAST_30_DAYS,
    QUARTER,
    YEAR,
    ALL;

    /** The filters with this preset's period ending on {@code lastDay} (inclusive); {@link #ALL} opens both ends. */
    public DashboardFilters apply(DashboardFilters filters, LocalDate lastDay) {
        if (this == ALL || lastDay == null) {
            return filters.withPeriod(null, null);
        }
        LocalDate to = lastDay.plusDays(1);
        LocalDate from =
                switch (this) {
                    case LAST_30_DAYS -> to.minusDays(30);
                    case QUARTER -> to.minusMonths(3);
                    case YEAR -> to.minusYears(1);
                    case ALL -> throw new IllegalStateException("handled above");
                };
        return filters.withPeriod(from, to);
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
