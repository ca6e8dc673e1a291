package io.verbatim.analytics.ticket;

import io.verbatim.analytics.calendar.BusinessCalendar;
import java.time.Duration;
import java.util.Objects;

/**
 * What to compute.
 *
 * @param metric the KPI
 * @param profile whose definition to follow
 * @param calendar the business calendar for business time, day boundaries and times without an offset
 * @param by the key of the column to break the KPI down by, or null for the whole dataset only
 * @param start custom profile only: the column the clock starts at (default {@code created_at}), or null
 * @param end custom profile only: the column the clock stops at (default: the metric's), or null
 * @param sla SLA targets ({@code sla} only), or null
 * @param window how close two contacts of one requester must be to count as a repeat ({@code repeat} only)
 * @param period the backlog's step ({@code backlog} only)
 */
public record KpiRequest(
        KpiMetric metric,
        KpiProfile profile,
        BusinessCalendar calendar,
        String by,
        String start,
        String end,
        SlaTargets sla,
        Duration window,
        BacklogPeriod period) {

    /** The repeat-contact window when none is given. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    public KpiRequest {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(calendar, "calendar");
        window = window == null ? DEFAULT_WINDOW : window;
        period = period == null ? BacklogPeriod.DAY : period;
        if ((start != null || end != null) && profile != KpiProfile.CUSTOM) {
            throw new KpiException("--start and --end choose the clock of the custom profile; add --profile custom");
        }
        if (!window.isPositive()) {
            throw new KpiException("the repeat-contact window must be longer than zero, e.g. 72h or 7d");
        }
    }

    /** A request with the defaults: no breakdown, no custom clock, no SLA targets. */
    public static KpiRequest of(KpiMetric metric, KpiProfile profile, BusinessCalendar calendar) {
        return new KpiRequest(metric, profile, calendar, null, null, null, null, null, null);
    }

    public KpiRequest by(String column) {
        return new KpiRequest(metric, profile, calendar, column, start, end, sla, window, period);
    }

    public KpiRequest clock(String startColumn, String endColumn) {
        return new KpiRequest(metric, profile, calendar, by, startColumn, endColumn, sla, window, period);
    }

    public KpiRequest sla(SlaTargets targets) {
        return new KpiRequest(metric, profile, calendar, by, start, end, targets, window, period);
    }

    public KpiRequest window(Duration repeatWindow) {
        return new KpiRequest(metric, profile, calendar, by, start, end, sla, repeatWindow, period);
    }

    public KpiRequest period(BacklogPeriod step) {
        return new KpiRequest(metric, profile, calendar, by, start, end, sla, window, step);
    }
}
