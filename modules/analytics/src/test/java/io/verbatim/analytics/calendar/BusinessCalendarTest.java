package io.verbatim.analytics.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Golden business durations, each worked out by hand in its comment from the calendar's hours and dates. The shipped
 * Russian calendar runs 09:00–18:00 Moscow time (UTC+3, no daylight saving since 2014) on its working days.
 */
class BusinessCalendarTest {

    private static final BusinessCalendar RU = ShippedCalendars.named("ru").orElseThrow();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void fridayEveningToMondayMorningIsOneBusinessHour() {
        // Fri 14 Mar 2025 17:30 → 18:00 = 30 min; Sat, Sun off; Mon 17 Mar 09:00 → 09:30 = 30 min. Total 1 h.
        assertThat(RU.between(t("2025-03-14T17:30+03:00"), t("2025-03-17T09:30+03:00")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theNewYearHolidaysOf2025CountNothing() {
        // Fri 27 Dec 2024 17:00–18:00 = 1 h; Sat 28 Dec 2024 is a working Saturday, 09–18 = 9 h; Sun 29 off;
        // 30 and 31 Dec moved days off; 1–8 Jan 2025 holidays; Thu 9 Jan 09:00–10:00 = 1 h. Total 11 h.
        assertThat(RU.between(t("2024-12-27T17:00+03:00"), t("2025-01-09T10:00+03:00")))
                .isEqualTo(Duration.ofHours(11));
        // A ticket living only inside 1–8 January 2025 has no business time at all.
        assertThat(RU.between(t("2025-01-01T10:00+03:00"), t("2025-01-08T23:00+03:00")))
                .isZero();
    }

    @Test
    void aTransferredWorkingSaturdayCountsAndItsDayOffDoesNot() {
        // Fri 31 Oct 2025 17:00–18:00 = 1 h; Sat 1 Nov worked, pre-holiday so 09:00–17:00 = 8 h; Sun 2 off;
        // Mon 3 Nov the moved day off; Tue 4 Nov National Unity Day; Wed 5 Nov 09:00–10:00 = 1 h. Total 10 h.
        assertThat(RU.between(t("2025-10-31T17:00+03:00"), t("2025-11-05T10:00+03:00")))
                .isEqualTo(Duration.ofHours(10));
        // Sat 27 Apr 2024 worked in full (9 h); 28 Sun, 29 and 30 Apr moved days off, 1 May holiday. Total 9 h.
        assertThat(RU.between(t("2024-04-26T18:00+03:00"), t("2024-05-02T09:00+03:00")))
                .isEqualTo(Duration.ofHours(9));
    }

    @Test
    void ticketTimesInAnotherZoneAreReadOnTheCalendarsClock() {
        BusinessCalendar berlin =
                ShippedCalendars.named("weekdays").orElseThrow().inZone(BERLIN);
        // 18:30 Moscow = 15:30 UTC = 16:30 Berlin (CET, UTC+1) on Fri 14 Mar 2025: 16:30–17:00 = 30 min;
        // 08:45 UTC on Mon 17 Mar = 09:45 Berlin: 09:00–09:45 = 45 min. Total 75 min.
        assertThat(berlin.between(t("2025-03-14T18:30+03:00"), t("2025-03-17T08:45Z")))
                .isEqualTo(Duration.ofMinutes(75));
    }

    @Test
    void daylightSavingChangesAreCountedAsTheClockRan() {
        BusinessCalendar berlin =
                ShippedCalendars.named("weekdays").orElseThrow().inZone(BERLIN);
        // Clocks go forward on Sun 30 Mar 2025. Fri 28 16:00 CET → 17:00 = 1 h; Mon 31 09:00 CEST → 10:00 = 1 h.
        assertThat(berlin.between(t("2025-03-28T16:00+01:00"), t("2025-03-31T10:00+02:00")))
                .isEqualTo(Duration.ofHours(2));
        // Around the clock, Sat 29 12:00 CET → Mon 31 12:00 CEST is 48 wall-clock hours but 47 elapsed hours.
        BusinessCalendar always = ShippedCalendars.named("24x7").orElseThrow().inZone(BERLIN);
        assertThat(always.between(t("2025-03-29T12:00+01:00"), t("2025-03-31T12:00+02:00")))
                .isEqualTo(Duration.ofHours(47));
    }

    @Test
    void aWholeYearOnAnEightHourDayEqualsTheOfficialWorkingTimeNorm() {
        BusinessCalendar eightHours = CalendarText.parse(
                "ru-8h",
                ShippedCalendars.text("ru")
                        .replace("hours mon-fri 09:00-18:00", "hours mon-fri 09:00-13:00,14:00-18:00"));
        // The 40-hour-week norms published with the production calendars: 2024 = 248 days, 1979 h
        // (248 × 8 − 5 short days); 2025 = 247 days, 1972 h (247 × 8 − 4 short days).
        assertThat(eightHours.between(t("2024-01-01T00:00+03:00"), t("2025-01-01T00:00+03:00")))
                .isEqualTo(Duration.ofHours(1979));
        assertThat(eightHours.between(t("2025-01-01T00:00+03:00"), t("2026-01-01T00:00+03:00")))
                .isEqualTo(Duration.ofHours(1972));
        assertThat(workingDays(2024)).isEqualTo(248);
        assertThat(workingDays(2025)).isEqualTo(247);
        assertThat(workingDays(2026)).isEqualTo(247);
    }

    @Test
    void knownDatesOf2025AreWorkingOrOffAsTheDecreeSays() {
        // Holidays on a weekend were moved to 8 May and 13 June, so the Mondays after them stay working days.
        assertThat(RU.hoursOn(LocalDate.of(2025, 2, 24)).minutes()).isEqualTo(540);
        assertThat(RU.hoursOn(LocalDate.of(2025, 3, 10)).minutes()).isEqualTo(540);
        assertThat(RU.hoursOn(LocalDate.of(2025, 5, 8)).isOff()).isTrue();
        assertThat(RU.hoursOn(LocalDate.of(2025, 6, 13)).isOff()).isTrue();
        assertThat(RU.hoursOn(LocalDate.of(2025, 12, 27)).isOff())
                .as("Saturday 27 Dec 2025 is no working day")
                .isTrue();
        assertThat(RU.hoursOn(LocalDate.of(2025, 12, 31)).isOff()).isTrue();
        assertThat(RU.hoursOn(LocalDate.of(2025, 3, 7)).toString()).isEqualTo("09:00-17:00");
    }

    @Test
    void aSpanOfYearsIsSummedWithoutWalkingItAndCoverageIsKnown() {
        // 2024 + 2025 on 09:00–18:00: (248 × 9 − 5) + (247 × 9 − 4) = 2227 + 2219 = 4446 h.
        assertThat(RU.between(t("2024-01-01T00:00+03:00"), t("2026-01-01T00:00+03:00")))
                .isEqualTo(Duration.ofHours(4446));
        assertThat(RU.covers(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(RU.covers(LocalDate.of(2023, 6, 1))).isFalse();
        assertThat(RU.describe())
                .isEqualTo("Russian production calendar (Europe/Moscow; Mon–Fri 09:00-18:00; holidays and transfers"
                        + " 2024–2026)");
    }

    @Test
    void anEndBeforeTheStartIsNoBusinessTime() {
        assertThat(RU.between(t("2025-03-17T12:00+03:00"), t("2025-03-17T10:00+03:00")))
                .isZero();
    }

    private static long workingDays(int year) {
        return LocalDate.of(year, 1, 1)
                .datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(d -> !RU.hoursOn(d).isOff())
                .count();
    }

    private static Instant t(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
