package io.verbatim.analytics.driver;

import static io.verbatim.analytics.driver.RelativeWeightsTest.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listwise deletion, bootstrap intervals and the refusals of a key-driver run. */
class KeyDriverAnalysisTest {

    private static final List<Driver> MTCARS_DRIVERS = List.of(
            new Driver("cyl", column(1)),
            new Driver("disp", column(2)),
            new Driver("hp", column(3)),
            new Driver("wt", column(4)));

    @Test
    void theSameSeedGivesTheSameIntervalsAndEachIntervalHoldsItsEstimate() {
        KeyDriverAnalysis analysis = new KeyDriverAnalysis(200, 7);

        DriverReport first = analysis.analyse("mpg", column(0), MTCARS_DRIVERS);
        DriverReport second = analysis.analyse("mpg", column(0), MTCARS_DRIVERS);

        assertThat(first).isEqualTo(second);
        assertThat(first.usedResamples()).isEqualTo(200);
        for (DriverWeight driver : first.drivers()) {
            assertThat(driver.ciLow()).isLessThan(driver.weight());
            assertThat(driver.ciHigh()).isGreaterThan(driver.weight());
            assertThat(driver.ciLow()).isNotNegative();
        }
    }

    @Test
    void rowsWithAnyBlankAreLeftOutOfTheModel() {
        double[] outcome = column(0);
        double[] cylinders = column(1);
        outcome[3] = Double.NaN;
        cylinders[7] = Double.NaN;
        List<Driver> drivers = List.of(new Driver("cyl", cylinders), new Driver("wt", column(4)));

        DriverReport report = new KeyDriverAnalysis(0, 1).analyse("mpg", outcome, drivers);

        assertThat(report.rows()).isEqualTo(32);
        assertThat(report.used()).isEqualTo(30);
        assertThat(report.definition()).contains("n = 30 of 32");
    }

    @Test
    void aTopicIndicatorIsADriverLikeAnyOther() {
        // "Heavy" (wt > 3.5) as a 0/1 indicator beside cyl: the two weights still add up to the model's R².
        double[] weights = column(4);
        boolean[] heavy = new boolean[weights.length];
        for (int i = 0; i < weights.length; i++) {
            heavy[i] = weights[i] > 3.5;
        }
        List<Driver> drivers = List.of(new Driver("cyl", column(1)), Driver.indicator("heavy", heavy));

        DriverReport report = new KeyDriverAnalysis(0, 1).analyse("mpg", column(0), drivers);

        double sum = report.drivers().stream().mapToDouble(DriverWeight::weight).sum();
        assertThat(sum).isCloseTo(report.rSquared(), within(1e-12));
        assertThat(report.drivers()).extracting(DriverWeight::name).contains("heavy");
    }

    @Test
    void aConstantDriverIsRefusedByName() {
        double[] constant = new double[32];
        Arrays.fill(constant, 5);
        List<Driver> drivers = List.of(new Driver("cyl", column(1)), new Driver("same", constant));

        assertThatThrownBy(() -> new KeyDriverAnalysis(0, 1).analyse("mpg", column(0), drivers))
                .isInstanceOf(DriverException.class)
                .hasMessageContaining("driver same");
    }

    @Test
    void tooFewCompleteRowsAreRefused() {
        double[] outcome = {1, 2, 3};
        List<Driver> drivers =
                List.of(new Driver("a", new double[] {1, 3, 2}), new Driver("b", new double[] {2, 1, 3}));

        assertThatThrownBy(() -> new KeyDriverAnalysis(0, 1).analyse("y", outcome, drivers))
                .isInstanceOf(DriverException.class)
                .hasMessageContaining("3 complete rows cannot rank 2 drivers");
    }

    @Test
    void percentilesInterpolateBetweenNeighbours() {
        // Type 7: h = (5 − 1) × .25 = 1 → the 2nd value; h = 4 × .1 = .4 → 10 + .4 × (20 − 10) = 14.
        double[] sorted = {10, 20, 30, 40, 50};

        assertThat(KeyDriverAnalysis.percentile(sorted, 0.25)).isEqualTo(20.0);
        assertThat(KeyDriverAnalysis.percentile(sorted, 0.1)).isCloseTo(14.0, within(1e-12));
    }
}
