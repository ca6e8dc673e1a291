package io.verbatim.ingest.survey.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoFastPathTest {

    @ParameterizedTest(name = "''{0}'' → ''{1}''")
    @CsvSource(
            nullValues = "regex",
            textBlock =
                    """
            2020-02-19,              2020-02-19
            2020-02-19 18:16:42,     2020-02-19T18:16:42
            2020-02-19T18:16:42,     2020-02-19T18:16:42
            2020-02-19 18:16,        2020-02-19T18:16:00
            2024-02-29,              2024-02-29
            2023-02-29,              ''
            2020-13-01,              ''
            2020-02-19 24:00:00,     ''
            2020-02-19 18:60,        ''
            2020-02-19T18:16:42Z,    regex
            2020-2-19,               regex
            2020-02-19  18:16,       regex
            19.02.2020,              regex
            """)
    void readsTheCommonShapesAndLeavesTheRestToTheRegexPath(String cell, String expected) {
        assertThat(IsoFastPath.toIso(cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' reads the same either way")
    @CsvSource(
            textBlock =
                    """
            2020-02-19 18:16:42
            2020-02-19 18:16
            2020-02-19
            2023-02-29
            """)
    void agreesWithTheIsoPatternsOwnReading(String cell) {
        String fast = IsoFastPath.toIso(cell);
        assertThat(DatePattern.ISO.toIso(cell).orElse("")).isEqualTo(fast);
    }
}
