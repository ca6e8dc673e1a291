package io.verbatim.analytics.ticket;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * n, mean, median and 90th percentile of ticket durations, in minutes. Percentiles interpolate linearly between order
 * statistics (Hyndman and Fan type 7, as Excel's PERCENTILE.INC and NumPy's default): p = x[h] + (h − ⌊h⌋)·(x[h+1] −
 * x[h]) with h = (n − 1)·q on the sorted values counted from 0. Statistics of an empty group are NaN.
 *
 * @param n tickets measured
 * @param mean arithmetic mean, minutes
 * @param median the 50th percentile, minutes
 * @param p90 the 90th percentile, minutes
 */
public record DurationStats(long n, double mean, double median, double p90) {

    /** How every percentile here is defined; printed with every figure. */
    public static final String PERCENTILE_RULE =
            "median and p90 interpolate between sorted values (type 7, as Excel PERCENTILE.INC)";

    public static DurationStats of(double[] minutes) {
        if (minutes.length == 0) {
            return new DurationStats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(minutes);
        return new DurationStats(
                minutes.length,
                Arrays.stream(minutes).sum() / minutes.length,
                percentile.evaluate(50),
                percentile.evaluate(90));
    }
}
