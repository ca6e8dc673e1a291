package io.verbatim.analytics.driver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ranks drivers of an outcome by Johnson's relative weights, with seeded bootstrap percentile intervals.
 *
 * <p>Rows with a missing outcome or driver are left out (listwise deletion), so every weight comes from the same
 * respondents and the weights add up to one R². Each resample draws that many rows with replacement, recomputes the
 * correlations and the weights; the interval is the 2.5th and 97.5th percentile of each driver's weight. The default
 * of {@value #DEFAULT_RESAMPLES} resamples leaves 12 resamples beyond each end of the interval, enough for stable
 * percentiles at a laptop-friendly cost; the seed is fixed so the same data always prints the same intervals.
 */
public final class KeyDriverAnalysis {

    public static final int DEFAULT_RESAMPLES = 500;
    public static final long DEFAULT_SEED = 20_000_101L;

    private final int resamples;
    private final long seed;

    public KeyDriverAnalysis(int resamples, long seed) {
        if (resamples < 0) {
            throw new DriverException("the number of bootstrap resamples cannot be negative");
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * @param outcomeName the outcome's name
     * @param outcome one value per row, NaN where missing
     * @param drivers at least one driver, each with one value per row
     * @throws DriverException when the model cannot be fitted, with what to do about it
     */
    public DriverReport analyse(String outcomeName, double[] outcome, List<Driver> drivers) {
        if (drivers.isEmpty()) {
            throw new DriverException("no drivers to rank; name at least one driver column");
        }
        double[][] columns = completeRows(outcome, drivers);
        int n = columns[0].length;
        int p = drivers.size();
        if (n < p + 2) {
            throw new DriverException(n + " complete rows cannot rank " + p + " drivers (at least " + (p + 2)
                    + " are needed); use fewer drivers or rows with fewer blanks");
        }
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        Correlations correlations = Correlations.of(columns, all);
        if (correlations == null) {
            throw new DriverException("the outcome or a driver has the same value in every complete row ("
                    + constantColumn(outcomeName, drivers, columns) + "); it cannot explain or be explained");
        }
        RelativeWeights weights =
                RelativeWeights.fromCorrelations(correlations.predictors(), correlations.withOutcome());
        double[][] samples = bootstrap(columns, p);
        int usedResamples = samples[0].length;
        List<DriverWeight> result = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double[] sample = samples[j];
            Arrays.sort(sample);
            result.add(new DriverWeight(
                    drivers.get(j).name(),
                    weights.raw()[j],
                    weights.percentOfRSquared(j),
                    percentile(sample, 0.025),
                    percentile(sample, 0.975),
                    correlations.withOutcome()[j]));
        }
        result.sort(Comparator.comparingDouble(DriverWeight::weight).reversed());
        return new DriverReport(
                outcomeName, outcome.length, n, weights.rSquared(), result, resamples, usedResamples, seed);
    }

    /** samples[j][b]: driver j's weight in resample b, for the resamples that could be fitted. */
    private double[][] bootstrap(double[][] columns, int p) {
        int n = columns[0].length;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] samples = new double[p][resamples];
        int used = 0;
        int[] rows = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                rows[i] = random.nextInt(n);
            }
            Correlations resample = Correlations.of(columns, rows);
            if (resample == null) {
                continue;
            }
            try {
                double[] raw = RelativeWeights.fromCorrelations(resample.predictors(), resample.withOutcome())
                        .raw();
                for (int j = 0; j < p; j++) {
                    samples[j][used] = raw[j];
                }
                used++;
            } catch (DriverException e) {
                // a resample that happens to make two drivers collinear says nothing about the weights; skip it
            }
        }
        for (int j = 0; j < p; j++) {
            samples[j] = Arrays.copyOf(samples[j], used);
        }
        return samples;
    }

    /** columns[0] = outcome, columns[1..p] = drivers, over the rows where none is missing. */
    private static double[][] completeRows(double[] outcome, List<Driver> drivers) {
        for (Driver driver : drivers) {
            if (driver.rows() != outcome.length) {
                throw new DriverException("driver " + driver.name() + " has " + driver.rows() + " rows, the outcome "
                        + outcome.length + "; drivers and outcome must come from the same rows");
            }
        }
        int complete = 0;
        boolean[] keep = new boolean[outcome.length];
        for (int row = 0; row < outcome.length; row++) {
            boolean ok = Double.isFinite(outcome[row]);
            for (int j = 0; ok && j < drivers.size(); j++) {
                ok = Double.isFinite(drivers.get(j).value(row));
            }
            keep[row] = ok;
            complete += ok ? 1 : 0;
        }
        double[][] columns = new double[drivers.size() + 1][complete];
        int at = 0;
        for (int row = 0; row < outcome.length; row++) {
            if (keep[row]) {
                columns[0][at] = outcome[row];
                for (int j = 0; j < drivers.size(); j++) {
                    columns[j + 1][at] = drivers.get(j).value(row);
                }
                at++;
            }
        }
        return columns;
    }

    private static String constantColumn(String outcomeName, List<Driver> drivers, double[][] columns) {
        for (int v = 0; v < columns.length; v++) {
            double[] column = columns[v];
            if (Arrays.stream(column).allMatch(x -> x == column[0])) {
                return v == 0
                        ? "outcome " + outcomeName
                        : "driver " + drivers.get(v - 1).name();
            }
        }
        return "a column";
    }

    /** The type-7 (linear interpolation) percentile of sorted values; NaN when there are none. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
