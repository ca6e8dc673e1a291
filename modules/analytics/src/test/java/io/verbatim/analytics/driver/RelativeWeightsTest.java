package io.verbatim.analytics.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Johnson's relative weights against a published worked example and the method's identities. */
class RelativeWeightsTest {

    /**
     * The Motor Trend car data (Henderson and Velleman 1981; R's {@code datasets::mtcars}, 32 cars): mpg, cyl, disp,
     * hp, wt per car, in R's row order.
     */
    static final double[][] MTCARS = {
        {21, 6, 160, 110, 2.62},
        {21, 6, 160, 110, 2.875},
        {22.8, 4, 108, 93, 2.32},
        {21.4, 6, 258, 110, 3.215},
        {18.7, 8, 360, 175, 3.44},
        {18.1, 6, 225, 105, 3.46},
        {14.3, 8, 360, 245, 3.57},
        {24.4, 4, 146.7, 62, 3.19},
        {22.8, 4, 140.8, 95, 3.15},
        {19.2, 6, 167.6, 123, 3.44},
        {17.8, 6, 167.6, 123, 3.44},
        {16.4, 8, 275.8, 180, 4.07},
        {17.3, 8, 275.8, 180, 3.73},
        {15.2, 8, 275.8, 180, 3.78},
        {10.4, 8, 472, 205, 5.25},
        {10.4, 8, 460, 215, 5.424},
        {14.7, 8, 440, 230, 5.345},
        {32.4, 4, 78.7, 66, 2.2},
        {30.4, 4, 75.7, 52, 1.615},
        {33.9, 4, 71.1, 65, 1.835},
        {21.5, 4, 120.1, 97, 2.465},
        {15.5, 8, 318, 150, 3.52},
        {15.2, 8, 304, 150, 3.435},
        {13.3, 8, 350, 245, 3.84},
        {19.2, 8, 400, 175, 3.845},
        {27.3, 4, 79, 66, 1.935},
        {26, 4, 120.3, 91, 2.14},
        {30.4, 4, 95.1, 113, 1.513},
        {15.8, 8, 351, 264, 3.17},
        {19.7, 6, 145, 175, 2.77},
        {15, 8, 301, 335, 3.57},
        {21.4, 4, 121, 109, 2.78}
    };

    @Test
    void reproducesThePublishedMtcarsExampleOfTheRwaPackage() {
        // Published: rwa package, article "Regression methods" (https://martinctc.github.io/rwa/articles/
        // regression-methods.html), rwa_multiregress(mtcars, "mpg", c("cyl", "disp", "hp", "wt")):
        //   cyl 0.2096904 (24.70914%), disp 0.1883043 (22.18908%), hp 0.1799590 (21.20570%), wt 0.2706812 (31.89607%).
        // The printed weights add up to 0.8486349, which is R² (summary(lm(mpg ~ cyl + disp + hp + wt)) prints 0.8486)
        // up to the rounding of four 7-decimal figures, 4 × 0.5e-7.
        DriverReport report = new KeyDriverAnalysis(0, 1).analyse("mpg", column(0), drivers());

        assertThat(weight(report, "cyl").weight()).isCloseTo(0.2096904, within(1e-7));
        assertThat(weight(report, "disp").weight()).isCloseTo(0.1883043, within(1e-7));
        assertThat(weight(report, "hp").weight()).isCloseTo(0.1799590, within(1e-7));
        assertThat(weight(report, "wt").weight()).isCloseTo(0.2706812, within(1e-7));
        assertThat(weight(report, "cyl").percentOfRSquared()).isCloseTo(24.70914, within(1e-5));
        assertThat(weight(report, "wt").percentOfRSquared()).isCloseTo(31.89607, within(1e-5));
        assertThat(report.rSquared()).isCloseTo(0.8486349, within(2e-7));
        assertThat(report.drivers()).extracting(DriverWeight::name).containsExactly("wt", "cyl", "disp", "hp");
        assertThat(report.drivers()).allSatisfy(d -> assertThat(d.correlation()).isNegative());
    }

    @Test
    void theWeightsAddUpToTheRSquaredOfAnOrdinaryRegression() {
        // R² computed here independently: solve the normal equations R_xx·b = r_xy by Gaussian elimination, R² =
        // b·r_xy.
        int[] all = new int[MTCARS.length];
        Arrays.setAll(all, i -> i);
        double[][] columns = new double[5][];
        for (int v = 0; v < 5; v++) {
            columns[v] = column(v);
        }
        Correlations correlations = Correlations.of(columns, all);
        double[] b = solve(correlations.predictors(), correlations.withOutcome());
        double rSquared = 0;
        for (int j = 0; j < b.length; j++) {
            rSquared += b[j] * correlations.withOutcome()[j];
        }

        RelativeWeights weights =
                RelativeWeights.fromCorrelations(correlations.predictors(), correlations.withOutcome());

        assertThat(Arrays.stream(weights.raw()).sum()).isCloseTo(rSquared, within(1e-12));
        assertThat(weights.rSquared()).isCloseTo(rSquared, within(1e-12));
    }

    @Test
    void uncorrelatedDriversEachGetTheirSquaredCorrelation() {
        double[][] identity = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

        RelativeWeights weights = RelativeWeights.fromCorrelations(identity, new double[] {0.3, -0.4, 0.1});

        assertThat(weights.raw()).containsExactly(new double[] {0.09, 0.16, 0.01}, within(1e-12));
        assertThat(weights.rSquared()).isCloseTo(0.26, within(1e-12));
    }

    @Test
    void twoCorrelatedDriversMatchTheClosedForm() {
        // r12 = .5, r1y = .6, r2y = .4. The eigenvectors of [[1, ρ], [ρ, 1]] are (1, ±1)/√2 with λ = 1 ± ρ, so
        // Λ* = [[a, b], [b, a]] with a = (√1.5 + √.5)/2 = .965926, b = (√1.5 − √.5)/2 = .258819, a² − b² = √.75.
        // β = Λ*⁻¹r: β1 = (.6a − .4b)/√.75 = .549670, β2 = (.4a − .6b)/√.75 = .266827.
        // ε1 = a²β1² + b²β2² = .286667, ε2 = b²β1² + a²β2² = .086667; R² = (.36 + .16 − 2·.6·.4·.5)/(1 − .25) =
        // .373333.
        RelativeWeights weights =
                RelativeWeights.fromCorrelations(new double[][] {{1, 0.5}, {0.5, 1}}, new double[] {0.6, 0.4});

        assertThat(weights.raw()).containsExactly(new double[] {0.286667, 0.086667}, within(1e-6));
        assertThat(weights.rSquared()).isCloseTo(0.373333, within(1e-6));
        assertThat(weights.percentOfRSquared(0)).isCloseTo(76.786, within(0.001));
    }

    @Test
    void refusesDuplicatedDrivers() {
        double[][] duplicated = {{1, 1}, {1, 1}};

        assertThatThrownBy(() -> RelativeWeights.fromCorrelations(duplicated, new double[] {0.5, 0.5}))
                .isInstanceOf(DriverException.class)
                .hasMessageContaining("collinear");
    }

    private static List<Driver> drivers() {
        return List.of(
                new Driver("cyl", column(1)),
                new Driver("disp", column(2)),
                new Driver("hp", column(3)),
                new Driver("wt", column(4)));
    }

    static double[] column(int index) {
        return Arrays.stream(MTCARS).mapToDouble(row -> row[index]).toArray();
    }

    private static DriverWeight weight(DriverReport report, String name) {
        return report.drivers().stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Gaussian elimination with partial pivoting, for a small dense system. */
    private static double[] solve(double[][] matrix, double[] rhs) {
        int n = rhs.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix[i], 0, a[i], 0, n);
            a[i][n] = rhs[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k <= n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = a[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * x[k];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }
}
