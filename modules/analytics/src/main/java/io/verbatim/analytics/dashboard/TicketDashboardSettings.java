package io.verbatim.analytics.dashboard;

import io.verbatim.analytics.calendar.BusinessCalendar;
import io.verbatim.analytics.calendar.ShippedCalendars;
import io.verbatim.analytics.ticket.KpiMetric;
import io.verbatim.analytics.ticket.KpiProfile;
import io.verbatim.analytics.ticket.SlaTargets;
import java.util.Objects;

/**
 * How a ticket dashboard measures: whose KPI definitions, which business calendar, which SLA targets. The defaults are
 * {@code verbatim kpi}'s (Zendesk profile, the weekdays calendar) with {@link #DEFAULT_SLA} on first reply, so the
 * dashboard's tiles equal {@code verbatim kpi --sla "urgent=1h,..."} for the same rows.
 *
 * @param profile the definition profile
 * @param calendar the business calendar of the business clock
 * @param sla the SLA targets the SLA tile, the breakdown and the histogram marker use
 * @param start custom profile only: the column every duration's clock starts at (as {@code kpi --start}), or null
 * @param end custom profile only: the column it stops at (as {@code kpi --end}), or null
 */
public record TicketDashboardSettings(
        KpiProfile profile, BusinessCalendar calendar, SlaTargets sla, String start, String end) {

    /** Targets when none are set: common first-reply targets per priority, 8 business hours for any other. */
    public static final String DEFAULT_SLA = "urgent=1h,critical=1h,high=4h,normal=8h,medium=8h,low=24h,*=8h";

    public TicketDashboardSettings {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(sla, "sla");
    }

    public static TicketDashboardSettings defaults() {
        return new TicketDashboardSettings(
                KpiProfile.ZENDESK,
                ShippedCalendars.named("weekdays").orElseThrow(),
                SlaTargets.parse(DEFAULT_SLA, KpiMetric.FRT),
                null,
                null);
    }

    /** The same settings on the custom profile's clock from {@code startColumn} to {@code endColumn}. */
    public TicketDashboardSettings clock(String startColumn, String endColumn) {
        return new TicketDashboardSettings(KpiProfile.CUSTOM, calendar, sla, startColumn, endColumn);
    }
}
