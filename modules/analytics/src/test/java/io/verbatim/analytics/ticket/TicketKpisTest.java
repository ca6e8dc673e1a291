package io.verbatim.analytics.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.analytics.calendar.BusinessCalendar;
import io.verbatim.analytics.calendar.ShippedCalendars;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden ticket KPIs on five tickets, on the Russian production calendar (09:00–18:00 Moscow). Per ticket, worked by
 * hand (minutes; "cal" = elapsed, "biz" = business):
 *
 * <pre>
 * #1 Fri 14.03.2025 17:30 → reply Mon 17.03 09:30: cal 64 h = 3840, biz 30 + 30 = 60
 *                           → solved Mon 17.03 12:00: cal 66.5 h = 3990, biz 30 + 180 = 210
 * #2 Mon 17.03 10:00 → reply 10:20: cal 20, biz 20
 *                    → solved Tue 18.03 10:00: cal 1440, biz 480 (Mon 10–18) + 60 = 540
 *                    → closed Wed 19.03 10:00: cal 2880, biz 480 + 540 + 60 = 1080
 * #3 Tue 30.12.2025 17:00 → reply Mon 12.01.2026 09:15: cal 12 d 16 h 15 min = 18255, biz 60 + 15 = 75
 *                           (31.12 moved day off, 1–9.01.2026 holidays and moved day off, 10–11.01 weekend)
 *                         → solved 12.01.2026 11:00: cal 12 d 18 h = 18360, biz 60 + 120 = 180
 * #4 Tue 18.03 09:00, never answered, open
 * #5 Thu 20.03 12:00 → reply 12:30: cal 30, biz 30
 *                    → no solved time; closed Fri 21.03 12:00: cal 1440, biz 360 + 180 = 540
 * </pre>
 *
 * Percentiles are type 7: with 4 sorted values x0..x3, median = x1 + 0.5·(x2 − x1), p90 = x2 + 0.7·(x3 − x2).
 */
class TicketKpisTest {

    private static final BusinessCalendar RU = ShippedCalendars.named("ru").orElseThrow();
    private static final double MINUTE = 1e-6;

    private static final TicketTable FIVE = Tickets.table(
            """
            id|created_at|first_reply_at|solved_at|closed_at|status|priority|channel|requester|replies|reopens
            1|2025-03-14T17:30+03:00|2025-03-17T09:30+03:00|2025-03-17T12:00+03:00||solved|high|email|A|0|0
            2|2025-03-17T10:00+03:00|2025-03-17T10:20+03:00|2025-03-18T10:00+03:00|2025-03-19T10:00+03:00|closed|normal|chat|A|3|1
            3|2025-12-30T17:00+03:00|2026-01-12T09:15+03:00|2026-01-12T11:00+03:00||solved|high|email|B|1|1
            4|2025-03-18T09:00+03:00||||open|low|chat|C|0|0
            5|2025-03-20T12:00+03:00|2025-03-20T12:30+03:00||2025-03-21T12:00+03:00|closed|normal|email|B|1|0
            """);

    @Test
    void firstReplyTimeInCalendarAndBusinessMinutes() {
        DurationResult result = durations(KpiMetric.FRT, KpiProfile.ZENDESK);
        // cal sorted 20, 30, 3840, 18255: mean 22145/4 = 5536.25; median 30 + .5·3810 = 1935;
        // p90 3840 + .7·14415 = 13930.5
        assertStats(row(result, "all", "calendar"), 4, 5536.25, 1935, 13930.5);
        // biz sorted 20, 30, 60, 75: mean 185/4 = 46.25; median 30 + .5·30 = 45; p90 60 + .7·15 = 70.5
        assertStats(row(result, "all", "business"), 4, 46.25, 45, 70.5);
        assertThat(result.header().notes())
                .containsExactly("1 ticket without first_reply_at left out (not answered yet)");
        assertThat(result.header().definition())
                .contains("first reply time per ticket = created_at → first_reply_at", DurationStats.PERCENTILE_RULE);
    }

    @Test
    void zendeskResolutionRunsToSolvedElseClosedAndLeavesUnsolvedTicketsOut() {
        DurationResult result = durations(KpiMetric.RESOLUTION, KpiProfile.ZENDESK);
        // #1 3990/210, #2 1440/540 (solved_at), #3 18360/180, #5 1440/540 (closed_at, no solved_at); #4 left out.
        // cal sorted 1440, 1440, 3990, 18360: mean 25230/4 = 6307.5; median 1440 + .5·2550 = 2715;
        // p90 3990 + .7·14370 = 14049. biz sorted 180, 210, 540, 540: mean 367.5; median 375; p90 540.
        assertStats(row(result, "all", "calendar"), 4, 6307.5, 2715, 14049);
        assertStats(row(result, "all", "business"), 4, 367.5, 375, 540);
        assertThat(result.header().definition().getFirst())
                .isEqualTo(
                        "full resolution time per ticket = created_at → solved_at, else closed_at (3 at solved_at, 1 at"
                                + " closed_at)");
    }

    @Test
    void intercomTimeToCloseRunsToClosedElseSolved() {
        DurationResult result = durations(KpiMetric.RESOLUTION, KpiProfile.INTERCOM);
        // #2 now ends at closed_at: cal 2880, biz 1080. cal sorted 1440, 2880, 3990, 18360 → median 2880 + .5·1110
        // = 3435; biz sorted 180, 210, 540, 1080 → median 375.
        assertThat(row(result, "all", "calendar").stats().median()).isCloseTo(3435, within(MINUTE));
        assertThat(row(result, "all", "business").stats().median()).isCloseTo(375, within(MINUTE));
        assertThat(result.header().definition()).anyMatch(line -> line.contains("headline statistic median"));
    }

    @Test
    void breakdownGivesEachGroupItsOwnFigures() {
        DurationResult result = (DurationResult) TicketKpis.compute(
                FIVE, KpiRequest.of(KpiMetric.FRT, KpiProfile.ZENDESK, RU).by("channel"));
        // chat: #2 only (#4 unanswered): 20 / 20. email: #1, #3, #5 biz 60, 75, 30 → mean 55, median 60.
        assertStats(row(result, "chat", "business"), 1, 20, 20, 20);
        assertStats(row(result, "email", "business"), 3, 55, 60, 72);
        assertThat(result.rows())
                .extracting(DurationRow::group)
                .containsExactly("all", "all", "chat", "chat", "email", "email");
    }

    @Test
    void slaComplianceCountsMetAndBreachedTicketsOnBothClocks() {
        RateResult result = (RateResult) TicketKpis.compute(
                FIVE,
                KpiRequest.of(KpiMetric.SLA, KpiProfile.ZENDESK, RU)
                        .sla(SlaTargets.parse("high=1h, normal=30m, low=4h", KpiMetric.FRT)));
        // Calendar: #1 3840 > 60 breached, #2 20 ≤ 30 met, #3 breached, #4 unanswered since 18.03.2025 and long past
        // 4 h by 12.01.2026 (the latest time) → breached, #5 30 ≤ 30 met → 2 of 5.
        // Business: #1 60 ≤ 60 met, #2 met, #3 75 > 60 breached, #4 breached, #5 met → 3 of 5.
        RateRow calendar = rate(result, "all", "calendar");
        RateRow business = rate(result, "all", "business");
        assertThat(calendar.hits()).isEqualTo(2);
        assertThat(calendar.n()).isEqualTo(5);
        assertThat(calendar.counts()).containsEntry("breached", 3L).containsEntry("pending", 0L);
        assertThat(business.hits()).isEqualTo(3);
        assertThat(business.n()).isEqualTo(5);
        // Wilson, z = 1.959964, n = 5, p = .6: centre (.6 + z²/10)/(1 + z²/5) = .556552,
        // half-width z·√(.6·.4/5 + z²/100)/(1 + z²/5) = .325826 → [.230724, .882379]
        assertThat(business.interval().low()).isCloseTo(0.230725, within(1e-5));
        assertThat(business.interval().high()).isCloseTo(0.882379, within(1e-5));
    }

    @Test
    void aTicketStillWaitingWithinItsTargetIsPendingAndLeftOutOfTheRate() {
        RateResult result = (RateResult) TicketKpis.compute(
                FIVE,
                KpiRequest.of(KpiMetric.SLA, KpiProfile.ZENDESK, RU).sla(SlaTargets.parse("*=20000h", KpiMetric.FRT)));
        // #4 has waited 18.03.2025 09:00 → 12.01.2026 09:15, about 7200 h, under 20000 h: pending.
        RateRow calendar = rate(result, "all", "calendar");
        assertThat(calendar.hits()).isEqualTo(4);
        assertThat(calendar.n()).isEqualTo(4);
        assertThat(calendar.counts()).containsEntry("pending", 1L);
    }

    @Test
    void firstContactResolutionFollowsTheProfilesRule() {
        // Resolved: #1, #2, #3, #5 (#4 open). Zendesk one-touch, replies < 2: #1 (0), #3 (1), #5 (1) → 3 of 4.
        // Intercom closed once, reopens = 0: #1, #5 → 2 of 4.
        assertThat(rate(rates(KpiMetric.FCR, KpiProfile.ZENDESK), "all", "zendesk")
                        .hits())
                .isEqualTo(3);
        RateRow intercom = rate(rates(KpiMetric.FCR, KpiProfile.INTERCOM), "all", "intercom");
        assertThat(intercom.hits()).isEqualTo(2);
        assertThat(intercom.n()).isEqualTo(4);
    }

    @Test
    void reopenRateCountsTicketsReopenedAtLeastOnce() {
        // reopens 0, 1, 1, 0, 0 → 2 of 5.
        RateRow reopened = rate(rates(KpiMetric.REOPEN, KpiProfile.ZENDESK), "all", "reopened");
        assertThat(reopened.hits()).isEqualTo(2);
        assertThat(reopened.n()).isEqualTo(5);
    }

    @Test
    void repeatContactsDependOnTheWindow() {
        // Requester A: #1 14.03 17:30 then #2 17.03 10:00, 64.5 h later. B: 20.03 and 30.12, months apart.
        // 7 days: #2 repeats → ticket-based 1 of 5, customer-based 1 of 3 (A, B, C). 48 h: none.
        RateResult week =
                (RateResult) TicketKpis.compute(FIVE, KpiRequest.of(KpiMetric.REPEAT, KpiProfile.ZENDESK, RU));
        assertThat(rate(week, "all", "ticket-based").hits()).isEqualTo(1);
        assertThat(rate(week, "all", "ticket-based").n()).isEqualTo(5);
        assertThat(rate(week, "all", "customer-based").hits()).isEqualTo(1);
        assertThat(rate(week, "all", "customer-based").n()).isEqualTo(3);
        RateResult twoDays = (RateResult) TicketKpis.compute(
                FIVE, KpiRequest.of(KpiMetric.REPEAT, KpiProfile.ZENDESK, RU).window(Duration.ofHours(48)));
        assertThat(rate(twoDays, "all", "ticket-based").hits()).isZero();
        RateResult boundary = (RateResult) TicketKpis.compute(
                FIVE, KpiRequest.of(KpiMetric.REPEAT, KpiProfile.ZENDESK, RU).window(Duration.ofMinutes(64 * 60 + 30)));
        assertThat(rate(boundary, "all", "ticket-based").hits())
                .as("a gap equal to the window repeats")
                .isEqualTo(1);
    }

    @Test
    void backlogCountsTicketsOpenAtTheEndOfEachDay() {
        BacklogResult result =
                (BacklogResult) TicketKpis.compute(FIVE, KpiRequest.of(KpiMetric.BACKLOG, KpiProfile.ZENDESK, RU));
        // End of 14.03: #1. 17.03: #1 solved at noon, #2 open. 18.03: #2 solved, #4 open. 20.03: #4, #5.
        // 21.03: #5 closed → #4. 30.12: #4, #3. 12.01.2026: #3 solved → #4.
        assertThat(open(result, "2025-03-14")).isEqualTo(1);
        assertThat(open(result, "2025-03-17")).isEqualTo(1);
        assertThat(open(result, "2025-03-18")).isEqualTo(1);
        assertThat(open(result, "2025-03-20")).isEqualTo(2);
        assertThat(open(result, "2025-03-21")).isEqualTo(1);
        assertThat(open(result, "2025-12-30")).isEqualTo(2);
        assertThat(open(result, "2026-01-12")).isEqualTo(1);
        assertThat(result.points().getFirst().periodEnd()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(result.points().getLast().periodEnd()).isEqualTo(LocalDate.of(2026, 1, 12));
        BacklogResult weekly = (BacklogResult) TicketKpis.compute(
                FIVE, KpiRequest.of(KpiMetric.BACKLOG, KpiProfile.ZENDESK, RU).period(BacklogPeriod.WEEK));
        // Sunday 16.03: #1. Sunday 23.03: #4 only (#2 solved 18.03, #5 closed 21.03).
        assertThat(open(weekly, "2025-03-16")).isEqualTo(1);
        assertThat(open(weekly, "2025-03-23")).isEqualTo(1);
        assertThat(weekly.points().getLast().periodEnd()).isEqualTo(LocalDate.of(2026, 1, 18));
    }

    @Test
    void statedDurationsAreUsedAsExportedWhenThereAreNoTimes() {
        TicketTable stated = Tickets.table(
                """
                id | first_reply_minutes | first_reply_business_minutes
                1  | 10                  | 10
                2  | 50                  | 20
                3  |                     |
                """);
        DurationResult result = durations(stated, KpiMetric.FRT, KpiProfile.ZENDESK);
        assertStats(row(result, "all", "stated"), 2, 30, 30, 46);
        assertStats(row(result, "all", "stated business"), 2, 15, 15, 19);
        assertThat(result.rows()).noneMatch(r -> r.clock().equals("business"));
        assertThat(result.header().definition())
                .anyMatch(line -> line.contains("business time on our calendar is not recomputed"));
    }

    @Test
    void whatADatasetLacksIsSaidInOneLine() {
        TicketTable noCreation = Tickets.table(
                """
                id | first_reply_at      | solved_at           | status
                1  | 2023-06-01T12:15:36 | 2023-06-01T18:05:38 | Closed
                """);
        assertThatThrownBy(() -> TicketKpis.compute(noCreation, KpiRequest.of(KpiMetric.FRT, KpiProfile.ZENDESK, RU)))
                .isInstanceOf(KpiException.class)
                .hasMessage("cannot compute first reply time for dataset fixture: it has no times in created_at and no"
                        + " stated first_reply_minutes; --profile custom --start COL --end COL can time it between two"
                        + " other time columns");
        assertThatThrownBy(() -> TicketKpis.compute(noCreation, KpiRequest.of(KpiMetric.FCR, KpiProfile.ZENDESK, RU)))
                .hasMessageContaining("has no replies column");
        assertThatThrownBy(() -> TicketKpis.compute(noCreation, KpiRequest.of(KpiMetric.SLA, KpiProfile.ZENDESK, RU)))
                .hasMessageStartingWith("--metric sla needs targets");
        assertThatThrownBy(() ->
                        KpiRequest.of(KpiMetric.FRT, KpiProfile.ZENDESK, RU).clock("first_reply_at", null))
                .hasMessageContaining("--profile custom");
    }

    @Test
    void aCustomClockTimesBetweenAnyTwoColumnsAndLeavesOutTicketsThatEndBeforeTheyStart() {
        TicketTable table = Tickets.table(
                """
                id | first_reply_at      | solved_at
                1  | 2023-06-01T12:00:00 | 2023-06-01T18:00:00
                2  | 2023-06-01T12:00:00 | 2023-06-01T01:00:00
                """);
        DurationResult result = (DurationResult) TicketKpis.compute(
                table,
                KpiRequest.of(KpiMetric.RESOLUTION, KpiProfile.CUSTOM, RU).clock("first_reply_at", "solved_at"));
        // #1: 12:00 → 18:00 on Thursday 1 June 2023 = 360 minutes on both clocks; #2 ends before it starts.
        assertStats(row(result, "all", "calendar"), 1, 360, 360, 360);
        assertStats(row(result, "all", "business"), 1, 360, 360, 360);
        assertThat(result.header().notes())
                .contains("1 ticket end before they start (solved_at earlier than first_reply_at), left out")
                .anyMatch(note -> note.startsWith("1 tickets lie outside 2024–2026"));
        assertThat(result.header().definition()).contains("times without an offset are read in Europe/Moscow");
    }

    private static DurationResult durations(KpiMetric metric, KpiProfile profile) {
        return durations(FIVE, metric, profile);
    }

    private static DurationResult durations(TicketTable table, KpiMetric metric, KpiProfile profile) {
        return (DurationResult) TicketKpis.compute(table, KpiRequest.of(metric, profile, RU));
    }

    private static RateResult rates(KpiMetric metric, KpiProfile profile) {
        return (RateResult) TicketKpis.compute(FIVE, KpiRequest.of(metric, profile, RU));
    }

    private static DurationRow row(DurationResult result, String group, String clock) {
        return result.rows().stream()
                .filter(r -> r.group().equals(group) && r.clock().equals(clock))
                .findFirst()
                .orElseThrow();
    }

    private static RateRow rate(RateResult result, String group, String variant) {
        return result.rows().stream()
                .filter(r -> r.group().equals(group) && r.variant().equals(variant))
                .findFirst()
                .orElseThrow();
    }

    private static long open(BacklogResult result, String day) {
        List<BacklogPoint> points = result.points().stream()
                .filter(p -> p.group().equals("all") && p.periodEnd().equals(LocalDate.parse(day)))
                .toList();
        assertThat(points).hasSize(1);
        return points.getFirst().open();
    }

    private static void assertStats(DurationRow row, long n, double mean, double median, double p90) {
        assertThat(row.stats().n()).isEqualTo(n);
        assertThat(row.stats().mean()).isCloseTo(mean, within(MINUTE));
        assertThat(row.stats().median()).isCloseTo(median, within(MINUTE));
        assertThat(row.stats().p90()).isCloseTo(p90, within(MINUTE));
    }
}
