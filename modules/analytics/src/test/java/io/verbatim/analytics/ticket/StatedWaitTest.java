package io.verbatim.analytics.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.analytics.calendar.BusinessCalendar;
import io.verbatim.analytics.calendar.ShippedCalendars;
import org.junit.jupiter.api.Test;

/**
 * Requester wait, agent wait and on-hold time are the minutes Zendesk states, summarised as they are. Golden values on
 * five tickets, by hand (type 7 percentiles: with sorted x0..x(n−1), h = (n − 1)·q, p = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 −
 * x⌊h⌋)):
 *
 * <pre>
 * requester wait, calendar: 30, 90, 600, —, 1200 → sorted 30, 90, 600, 1200 (n 4)
 *   mean 1920/4 = 480; median (h 1.5) 90 + .5·510 = 345; p90 (h 2.7) 600 + .7·600 = 1020
 * requester wait, business: 30, 60, 120, —, 480 → mean 690/4 = 172.5; median 60 + .5·60 = 90; p90 120 + .7·360 = 372
 * by group: a = #1, #2: calendar 30, 90 → mean 60, median 60, p90 (h .9) 30 + .9·60 = 84
 *           b = #3, #4, #5: calendar 600, 1200 → mean 900, median 900, p90 600 + .9·600 = 1140
 *                           business 120, 480 → mean 300, median 300, p90 120 + .9·360 = 444
 * </pre>
 */
class StatedWaitTest {

    private static final BusinessCalendar RU = ShippedCalendars.named("ru").orElseThrow();
    private static final double MINUTE = 1e-6;

    private static final TicketTable FIVE = Tickets.table(
            """
            id | team | requester_wait_minutes | requester_wait_business_minutes | on_hold_minutes
            1  | a    | 30                     | 30                              | 0
            2  | a    | 90                     | 60                              | 0
            3  | b    | 600                    | 120                             | 45
            4  | b    |                        |                                 |
            5  | b    | 1200                   | 480                             | 0
            """);

    @Test
    void requesterWaitIsSummarisedOnBothOfZendesksClocksWithBlanksLeftOutAndCounted() {
        DurationResult result = compute(FIVE, KpiRequest.of(KpiMetric.REQUESTER_WAIT, KpiProfile.ZENDESK, RU));

        assertStats(row(result, "all", "stated calendar"), 4, 480, 345, 1020);
        assertStats(row(result, "all", "stated business"), 4, 172.5, 90, 372);
        assertThat(result.rows()).extracting(DurationRow::clock).containsOnly("stated calendar", "stated business");
        assertThat(result.header().notes())
                .containsExactly(
                        "1 ticket without a stated requester_wait_minutes left out (no metric set, or Zendesk has not"
                                + " recorded it yet)",
                        "1 ticket without a stated requester_wait_business_minutes left out (no metric set, or"
                                + " Zendesk has not recorded it yet)");
        assertThat(result.header().definition())
                .contains(
                        "stated by the tool (Zendesk ticket metrics), not recomputed; business = Zendesk's own schedule",
                        DurationStats.PERCENTILE_RULE)
                .anyMatch(line -> line.startsWith(
                        "requester wait time per ticket = the time the ticket spent in New," + " Open and On-hold"));
    }

    @Test
    void aBreakdownSummarisesEachGroupOnItsOwn() {
        DurationResult result = compute(
                FIVE,
                KpiRequest.of(KpiMetric.REQUESTER_WAIT, KpiProfile.ZENDESK, RU).by("team"));

        assertStats(row(result, "a", "stated calendar"), 2, 60, 60, 84);
        assertStats(row(result, "b", "stated calendar"), 2, 900, 900, 1140);
        assertStats(row(result, "b", "stated business"), 2, 300, 300, 444);
        assertStats(row(result, "all", "stated calendar"), 4, 480, 345, 1020);
    }

    @Test
    void aDatasetImportedBeforeBusinessMinutesWereKeptShowsTheCalendarClockAndSaysHowToGetTheOther() {
        // On hold, calendar: 0, 0, 45, 0 → sorted 0, 0, 0, 45: mean 11.25, median 0, p90 (h 2.7) 0 + .7·45 = 31.5.
        DurationResult result = compute(FIVE, KpiRequest.of(KpiMetric.ON_HOLD, KpiProfile.ZENDESK, RU));

        assertThat(result.rows()).extracting(DurationRow::clock).containsOnly("stated calendar");
        assertStats(row(result, "all", "stated calendar"), 4, 11.25, 0, 31.5);
        assertThat(result.header().notes())
                .anyMatch(note -> note.startsWith("the dataset has no on_hold_business_minutes")
                        && note.contains("re-import the Zendesk JSON"));
    }

    @Test
    void aDatasetWithoutTheStatedMinutesIsRefusedWithTheExportThatCarriesThem() {
        TicketTable csv = Tickets.table(
                """
                id | created_at             | solved_at
                1  | 2025-03-17T10:00+03:00 | 2025-03-18T10:00+03:00
                """);

        assertThatThrownBy(() -> TicketKpis.compute(csv, KpiRequest.of(KpiMetric.AGENT_WAIT, KpiProfile.ZENDESK, RU)))
                .isInstanceOf(KpiException.class)
                .hasMessage("dataset fixture has no agent wait time (agent_wait_minutes): only the Zendesk ticket"
                        + " metrics JSON carries it; import tickets.json with ticket_metrics.json beside it, or"
                        + " ticket_metrics.json alone");
    }

    @Test
    void aCustomClockAndUnreadableMinutesAreRefused() {
        KpiRequest custom =
                KpiRequest.of(KpiMetric.REQUESTER_WAIT, KpiProfile.CUSTOM, RU).clock("created_at", "solved_at");
        assertThatThrownBy(() -> TicketKpis.compute(FIVE, custom))
                .isInstanceOf(KpiException.class)
                .hasMessageStartingWith("--start and --end do not apply to requester wait time");
        TicketTable negative =
                Tickets.table("""
                id | agent_wait_minutes
                1  | -5
                """);
        assertThatThrownBy(
                        () -> TicketKpis.compute(negative, KpiRequest.of(KpiMetric.AGENT_WAIT, KpiProfile.ZENDESK, RU)))
                .hasMessage("dataset fixture, row 1, column agent_wait_minutes: '-5' is not a number of minutes");
    }

    @Test
    void theWaitsAreNamedOnTheCommandLineAndMarkedAsStated() {
        assertThat(KpiMetric.fromWire("Requester-Wait")).isEqualTo(KpiMetric.REQUESTER_WAIT);
        assertThat(KpiMetric.fromWire("agent-wait")).isEqualTo(KpiMetric.AGENT_WAIT);
        assertThat(KpiMetric.fromWire("on-hold")).isEqualTo(KpiMetric.ON_HOLD);
        assertThat(KpiMetric.ON_HOLD.stated()).isTrue();
        assertThat(KpiMetric.FRT.stated()).isFalse();
    }

    private static DurationResult compute(TicketTable table, KpiRequest request) {
        return (DurationResult) TicketKpis.compute(table, request);
    }

    private static DurationRow row(DurationResult result, String group, String clock) {
        return result.rows().stream()
                .filter(r -> r.group().equals(group) && r.clock().equals(clock))
                .findFirst()
                .orElseThrow();
    }

    private static void assertStats(DurationRow row, long n, double mean, double median, double p90) {
        assertThat(row.stats().n()).isEqualTo(n);
        assertThat(row.stats().mean()).isCloseTo(mean, within(MINUTE));
        assertThat(row.stats().median()).isCloseTo(median, within(MINUTE));
        assertThat(row.stats().p90()).isCloseTo(p90, within(MINUTE));
    }
}
