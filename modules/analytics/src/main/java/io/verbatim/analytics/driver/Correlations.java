package io.verbatim.analytics.driver;

/**
 * Pearson correlations among the drivers and with the outcome over a set of rows (a bootstrap sample repeats rows).
 * Centred sums in two passes, which stay exact for integer codes where Σx² − n·mean² would cancel.
 *
 * @param predictors the drivers' correlation matrix
 * @param withOutcome each driver's correlation with the outcome
 */
record Correlations(double[][] predictors, double[] withOutcome) {

    /**
     * @param columns columns[0] is the outcome, columns[1..] the drivers, complete rows only
     * @param rows the rows to use, with repeats allowed
     * @return null when a column has no spread in these rows (its correlations are undefined)
     */
    static Correlations of(double[][] columns, int[] rows) {
        int m = columns.length;
        double[] means = new double[m];
        for (int v = 0; v < m; v++) {
            double sum = 0;
            for (int row : rows) {
                sum += columns[v][row];
            }
            means[v] = sum / rows.length;
        }
        double[][] cross = new double[m][m];
        double[] centred = new double[m];
        for (int row : rows) {
            for (int v = 0; v < m; v++) {
                centred[v] = columns[v][row] - means[v];
            }
            for (int a = 0; a < m; a++) {
                for (int b = a; b < m; b++) {
                    cross[a][b] += centred[a] * centred[b];
                }
            }
        }
        for (int v = 0; v < m; v++) {
            if (!(cross[v][v] > 0)) {
                return null;
            }
        }
        int p = m - 1;
        double[][] predictors = new double[p][p];
        double[] withOutcome = new double[p];
        for (int a = 0; a < p; a++) {
            withOutcome[a] = correlation(cross, 0, a + 1);
            predictors[a][a] = 1;
            for (int b = a + 1; b < p; b++) {
                predictors[a][b] = correlation(cross, a + 1, b + 1);
                predictors[b][a] = predictors[a][b];
            }
        }
        return new Correlations(predictors, withOutcome);
    }

    private static double correlation(double[][] cross, int a, int b) {
        return cross[a][b] / Math.sqrt(cross[a][a] * cross[b][b]);
    }
}
