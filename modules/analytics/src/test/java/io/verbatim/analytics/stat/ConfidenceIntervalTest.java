package io.verbatim.analytics.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfidenceIntervalTest {

    @Test
    void usesTheExactNormalQuantileRatherThanTheRoundedOne() {
        assertThat(ConfidenceInterval.Z_95).isCloseTo(1.959964, within(1e-6));
    }

    @ParameterizedTest(name = "Wilson for {0} of {1}: {2} … {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # x | n  | low      | high     | arithmetic (z² = 3.841459)
            3   | 8  | 0.136844 | 0.694258 | d = 1.480182; centre = (0.375 + 0.240091)/d = 0.415551; half = 0.278707
            10  | 10 | 0.722467 | 1.0      | centre = (1 + 0.192073)/1.384146 = 0.861233; half = 0.138767
            0   | 0  | NaN      | NaN      | no answers: no interval
            """)
    void computesWilsonIntervalsByHand(long successes, long n, double low, double high, String why) {
        ConfidenceInterval interval = ConfidenceInterval.wilson(successes, n);

        if (Double.isNaN(low)) {
            assertThat(interval.low()).as(why).isNaN();
            assertThat(interval.high()).as(why).isNaN();
        } else {
            assertThat(interval.low()).as(why).isCloseTo(low, within(1e-6));
            assertThat(interval.high()).as(why).isCloseTo(high, within(1e-6));
        }
    }

    @ParameterizedTest(name = "t interval with n = {0} uses t = {1}")
    @CsvSource(
            textBlock =
                    """
            2,  12.706
            5,   2.776
            11,  2.228
            31,  2.042
            """)
    void takesTheStudentTQuantileOfTheTextbookTable(long n, double tableValue) {
        ConfidenceInterval interval = ConfidenceInterval.studentT(0, 1, n);

        assertThat(interval.high()).isCloseTo(tableValue, within(0.001));
        assertThat(interval.low()).isCloseTo(-tableValue, within(0.001));
    }

    @Test
    void hasNoTIntervalBelowTwoObservations() {
        assertThat(ConfidenceInterval.studentT(4, Double.NaN, 1).low()).isNaN();
    }
}
