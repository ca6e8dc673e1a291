package io.verbatim.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden cases, each computed by hand in the comment beside it. */
class DurationTextTest {

    @ParameterizedTest(name = "\"{0}\" with bare unit {1} is {2} minutes")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # Freshdesk: decimal hours
            2.5          | HOURS        | 150
            # 0.31 h = 18.6 min
            0.31         | HOURS        | 18.6
            # decimal comma (Russian locale): 1.25 h = 75 min
            1,25         | HOURS        | 75
            16           | HOURS        | 960
            # Intercom: seconds; 155 s = 2 min 35 s = 2.58333 min
            155          | SECONDS      | 2.5833
            9000         | SECONDS      | 150
            # thousands separator: 9 000 s
            '9,000'      | SECONDS      | 150
            # Jira REST/eazyBI: milliseconds; 5 400 000 ms = 90 min
            5400000      | MILLISECONDS | 90
            # -1 500 000 ms = -25 min
            -1500000     | MILLISECONDS | -25
            42           | MINUTES      | 42
            # H:MM:SS: 2 h 30 min
            02:30:00     | HOURS        | 150
            # 26 h 5 min 10 s = 1565 + 10/60
            26:05:10     | SECONDS      | 1565.1667
            # 0 h 2 min 35 s
            00:02:35     | SECONDS      | 2.5833
            # H:MM
            2:30         | SECONDS      | 150
            -0:25:00     | HOURS        | -25
            # Jira SLA: 2 h 30 min
            2h 30m       | MILLISECONDS | 150
            # breached by 1 h 5 min
            -1h 5m       | MILLISECONDS | -65
            # 1 day 4 hours = 24 + 4 h = 28 h
            1d 4h        | MILLISECONDS | 1680
            -25m         | MILLISECONDS | -25
            2h           | MILLISECONDS | 120
            # Intercom: 2 h 3 min 4 s = 123 + 4/60
            2h 3m 4s     | SECONDS      | 123.0667
            2h3m4s       | SECONDS      | 123.0667
            45 sec       | HOURS        | 0.75
            1.5h         | SECONDS      | 90
            # 1 week 2 days = 9 days = 12 960 min
            1w 2d        | SECONDS      | 12960
            3 hours 10 minutes | SECONDS | 190
            # Russian units
            2 ч 30 мин   | SECONDS      | 150
            1 д 4 ч      | SECONDS      | 1680
            45 сек       | HOURS        | 0.75
            '1,5 ч'      | SECONDS      | 90
            3 дня 2 часа | SECONDS      | 4440
            10 мин. 30 сек. | SECONDS   | 10.5
            0            | HOURS        | 0
            0h 0m        | HOURS        | 0
            """)
    void readsEveryNotationIntoMinutes(String cell, DurationUnit bareUnit, String minutes) {
        assertThat(DurationText.minutes(cell, bareUnit)).contains(minutes);
    }

    @ParameterizedTest(name = "\"{0}\" is no duration")
    @ValueSource(strings = {"", "  ", "-", "n/a", "N/A", "—"})
    void aBlankOrNoneCellIsEmpty(String cell) {
        assertThat(DurationText.minutes(cell, DurationUnit.HOURS)).contains("");
    }

    @ParameterizedTest(name = "\"{0}\" is not a duration")
    @ValueSource(
            strings = {
                "soon",
                "2 hours ago",
                "2h 30",
                "h",
                "1h 1h",
                "2 parsecs",
                "1:75",
                "12:30:99",
                "2024-03-04 09:12",
                "1mo",
                "2h-30m",
                "3 дня назад",
                ".",
                "1.2.3",
                ":30",
                "1::30",
                "1:3",
                "1:30:5"
            })
    void garbageIsNotADuration(String cell) {
        assertThat(DurationText.minutes(cell, DurationUnit.SECONDS)).isEmpty();
        assertThat(DurationText.reads(cell)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is read")
    @ValueSource(strings = {"", "2.5", "-155", ".5", "5.", "02:30:00", "-0:25", "2h 30m", "1,25", "9,000", "45 сек"})
    void whatMinutesReadsIsRecognisedWithoutComputingIt(String cell) {
        assertThat(DurationText.reads(cell)).isTrue();
        assertThat(DurationText.minutes(cell, DurationUnit.HOURS)).isPresent();
    }

    @ParameterizedTest(name = "header \"{0}\" states {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            First response time (in hrs) | HOURS
            Resolution time (in hrs)     | HOURS
            Handle time (sec)            | SECONDS
            Wait time (min)              | MINUTES
            SLA elapsed ms               | MILLISECONDS
            Время ответа (ч)             | HOURS
            Время решения, мин           | MINUTES
            """)
    void aHeaderStatesItsUnitAtItsEnd(String header, DurationUnit unit) {
        assertThat(DurationUnit.ofHeader(header)).contains(unit);
    }

    @ParameterizedTest(name = "header \"{0}\" states no unit")
    @ValueSource(strings = {"Time to first response", "Time to close", "ms", "Status", "Hours"})
    void aHeaderWithoutAUnitStatesNone(String header) {
        assertThat(DurationUnit.ofHeader(header)).isEmpty();
    }
}
