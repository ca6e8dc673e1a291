package io.verbatim.analytics.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarTextTest {

    @Test
    void readsHoursExceptionsAndCommentsFromText() {
        BusinessCalendar calendar = CalendarText.parse(
                "team.calendar",
                """
                # a support desk with a lunch break and a Saturday morning
                name  Support desk
                zone  Asia/Yekaterinburg
                hours mon-thu,fri 08:00-12:00, 13:00-17:00   # spaces after commas are fine
                hours sat 10:00-14:00
                off   2025-05-01..2025-05-02
                work  2025-05-03 09:00-12:00
                work  2025-05-04
                short 2025-05-07 30m
                """);
        assertThat(calendar.name()).isEqualTo("Support desk");
        assertThat(calendar.zone().getId()).isEqualTo("Asia/Yekaterinburg");
        assertThat(calendar.weekday(DayOfWeek.FRIDAY).minutes()).isEqualTo(480);
        assertThat(calendar.weekday(DayOfWeek.SATURDAY).minutes()).isEqualTo(240);
        assertThat(calendar.weekday(DayOfWeek.SUNDAY).isOff()).isTrue();
        assertThat(calendar.hoursOn(LocalDate.of(2025, 5, 2)).isOff()).isTrue();
        assertThat(calendar.hoursOn(LocalDate.of(2025, 5, 3)).toString()).isEqualTo("09:00-12:00");
        // A working Sunday without spans takes Monday's hours.
        assertThat(calendar.hoursOn(LocalDate.of(2025, 5, 4)).toString()).isEqualTo("08:00-12:00,13:00-17:00");
        assertThat(calendar.hoursOn(LocalDate.of(2025, 5, 7)).toString()).isEqualTo("08:00-12:00,13:00-16:30");
        // No years line: the years of the dated lines.
        assertThat(calendar.covers(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void aShortDayLongerThanTheLastSpanEatsIntoTheSpanBeforeIt() {
        DayHours day = new DayHours(java.util.List.of(new WorkingSpan(540, 780), new WorkingSpan(840, 900)));
        assertThat(day.shortenedBy(90).toString()).isEqualTo("09:00-12:30");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            hours mon-fri 09:00-18:00                               | my.calendar: the calendar has no 'zone' line
            zone Europe/Moskva                                      | line 1: unknown time zone 'Europe/Moskva'
            zone UTC\\nhours mon-fry 09:00-18:00                    | line 2: 'fry' is not a weekday
            zone UTC\\nhours mon 18:00-09:00                        | line 2: '18:00-09:00': a working span runs
            zone UTC\\nhours mon 09:00-13:00,12:00-18:00            | line 2: working spans 09:00-13:00 and 12:00-18:00 overlap
            zone UTC\\nholiday 2025-01-01                           | line 2: unknown statement 'holiday'
            zone UTC\\noff 2025-01-01\\nwork 2025-01-01             | line 3: 2025-01-01 is already named on line 2
            zone UTC\\noff 2025-02-30                               | line 2: '2025-02-30' is not a date
            zone UTC\\nhours mon-fri 09:00-18:00\\nshort 2025-01-04 | line 3: short day 2025-01-04 is not a working day
            zone UTC\\nyears 2025\\noff 2024-12-31                  | line 3: 2024-12-31 lies outside 'years 2025-2025'
            zone UTC\\nhours mon 9-18                               | line 2: '9' is not a time of day
            zone UTC\\nhours mon 09:00-18:00\\nshort 2025-01-06 1x  | line 3: '1x' is not a duration
            """)
    void mistakesAreRefusedWithTheLineAndWhatToWrite(String text, String message) {
        assertThatThrownBy(() -> CalendarText.parse("my.calendar", text.replace("\\n", "\n")))
                .isInstanceOf(CalendarException.class)
                .hasMessageStartingWith("calendar my.calendar")
                .hasMessageContaining(message);
    }
}
