package io.verbatim.ingest.survey.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.ValueType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePatternTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2020-02-19 18:16:42              | 2020-02-19T18:16:42
            2020-02-19T18:16:42Z             | 2020-02-19T18:16:42Z
            2020-02-19                       | 2020-02-19
            8/22/22 15:44                    | 2022-08-22T15:44:00
            05.03.2024 10:15:00              | 2024-03-05T10:15:00
            05.03.2024 10:15                 | 2024-03-05T10:15:00
            05.03.2024                       | 2024-03-05
            2024/03/05 10:15:00 AM GMT+3     | 2024-03-05T10:15:00+03:00
            2024/03/05 12:05:00 AM GMT-05:30 | 2024-03-05T00:05:00-05:30
            """)
    void aColumnOfOneShapeBecomesDatetimeInIso(String cell, String iso) {
        ColumnProfile profile = new ColumnProfile();
        profile.accept(cell);
        assertThat(profile.type()).isEqualTo(ValueType.DATETIME);
        assertThat(profile.datePattern().orElseThrow().toIso(cell)).hasValue(iso);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            03/05/2024 ; 12/31/2024 | 2024-03-05
            03/05/2024 ; 31/12/2024 | 2024-05-03
            """)
    void theDataDecidesBetweenMonthFirstAndDayFirst(String cells, String firstIso) {
        ColumnProfile profile = new ColumnProfile();
        for (String cell : cells.split(";")) {
            profile.accept(cell);
        }
        assertThat(profile.datePattern().orElseThrow().toIso("03/05/2024")).hasValue(firstIso);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            1 ; 2.5 ; -3 ; 1e3 | NUMBER
            1 ; two            | TEXT
            2024-02-30         | TEXT
            2020-02-19 ; 05.03.2024 | TEXT
            13/13/2024         | TEXT
            """)
    void typesFollowEveryNonBlankCell(String cells, ValueType type) {
        ColumnProfile profile = new ColumnProfile();
        for (String cell : cells.split(";")) {
            profile.accept(cell);
        }
        profile.accept("  ");
        assertThat(profile.type()).isEqualTo(type);
    }
}
