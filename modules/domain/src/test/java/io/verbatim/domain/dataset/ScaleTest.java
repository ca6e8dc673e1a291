package io.verbatim.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleTest {

    private final Scale nps = Scale.of(0, 10);
    private final Scale csat = new Scale(1, 5, Map.of("Extremely satisfied", 5, "Somewhat dissatisfied", 2));

    @ParameterizedTest(name = "NPS cell ''{0}'' has code {1}")
    @CsvSource(
            nullValues = "none",
            textBlock =
                    """
            0,                       0
            10,                      10
            ' 9 ',                   9
            9.0,                     9
            '10 - Extremely likely', 10
            '0 (Not at all likely)', 0
            '',                      none
            '   ',                   none
            N/A,                     none
            -1,                      none
            11,                      none
            7.5,                     none
            12abc,                   none
            """)
    void mapsRawCellsToCodesAndDropsBlanksAndOutOfScaleAnswers(String raw, Integer expected) {
        OptionalInt code = nps.codeOf(raw);
        if (expected == null) {
            assertThat(code).isEmpty();
        } else {
            assertThat(code).hasValue(expected);
        }
    }

    @ParameterizedTest(name = "CSAT label ''{0}'' has code {1}")
    @CsvSource(
            textBlock =
                    """
            Extremely satisfied,    5
            extremely   SATISFIED,  5
            Somewhat dissatisfied,  2
            4,                      4
            """)
    void readsLabelsIgnoringCaseAndSpacing(String raw, int expected) {
        assertThat(csat.codeOf(raw)).hasValue(expected);
    }

    @ParameterizedTest(name = "''{0}'' is not a CSAT code")
    @CsvSource(
            textBlock = """
            Neither satisfied nor dissatisfied
            0
            6
            """)
    void refusesUnknownLabelsAndOutOfScaleCodes(String raw) {
        assertThat(csat.codeOf(raw)).isEmpty();
    }
}
