package io.verbatim.analytics.stat;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A two-sided 95% confidence interval. The factories are the only interval formulas Verbatim uses, so every score on
 * screen gets its interval from one tested place (docs/decisions/0010-statistics.md).
 *
 * @param low lower end, NaN when the interval cannot be computed
 * @param high upper end, NaN when the interval cannot be computed
 */
public record ConfidenceInterval(double low, double high) {

    /** Two-sided 95% normal quantile, 1.959964…; taken from the distribution rather than the rounded 1.96. */
    public static final double Z_95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    private static final ConfidenceInterval UNDEFINED = new ConfidenceInterval(Double.NaN, Double.NaN);

    public static ConfidenceInterval undefined() {
        return UNDEFINED;
    }

    /** estimate ± z·SE: right for large samples whose estimate is not near a bound. */
    public static ConfidenceInterval wald(double estimate, double standardError) {
        double margin = Z_95 * standardError;
        return new ConfidenceInterval(estimate - margin, estimate + margin);
    }

    /**
     * Wilson score interval for a proportion, as a fraction. Chosen over Wald because Wald collapses to a zero-width
     * interval at 0% or 100% and undercovers for small n; Wilson stays inside [0, 1] and keeps close to 95% coverage.
     */
    public static ConfidenceInterval wilson(long successes, long n) {
        return n <= 0 ? UNDEFINED : wilson((double) successes / n, (double) n);
    }

    /**
     * Wilson interval for a share {@code p} observed on {@code n} answers, where n may be fractional: a weighted
     * sample passes its Kish effective sample size (docs/decisions/0026-comparisons-weighting-drivers.md).
     */
    public static ConfidenceInterval wilson(double p, double n) {
        if (!(n > 0)) {
            return UNDEFINED;
        }
        double z2 = Z_95 * Z_95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z_95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new ConfidenceInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** mean ± t(0.975, n−1)·SE, the Student t interval for a mean; undefined below two observations. */
    public static ConfidenceInterval studentT(double mean, double standardError, long n) {
        return studentT(mean, standardError, (double) n);
    }

    /** The t interval with df = n − 1 for a fractional n, the effective sample size of a weighted mean. */
    public static ConfidenceInterval studentT(double mean, double standardError, double n) {
        if (!(n > 1) || Double.isNaN(standardError)) {
            return UNDEFINED;
        }
        double t = TDistribution.of(n - 1.0).inverseCumulativeProbability(0.975);
        return new ConfidenceInterval(mean - t * standardError, mean + t * standardError);
    }

    /** This interval restricted to [min, max]; a score cannot leave its own range. */
    public ConfidenceInterval clip(double min, double max) {
        return new ConfidenceInterval(Math.max(min, low), Math.min(max, high));
    }

    /** The smallest interval holding this one and {@code value}. */
    public ConfidenceInterval including(double value) {
        return new ConfidenceInterval(Math.min(low, value), Math.max(high, value));
    }

    public ConfidenceInterval scaled(double factor) {
        return new ConfidenceInterval(low * factor, high * factor);
    }
}
