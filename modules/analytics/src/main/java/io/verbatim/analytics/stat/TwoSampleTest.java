package io.verbatim.analytics.stat;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The result of a two-sided test of "the two groups have the same score". The factories take summary statistics only
 * (estimate, standard error, n), so a test can be run from a score table without the raw answers.
 *
 * @param statistic z or t
 * @param pValue two-sided p-value
 * @param degreesOfFreedom Welch–Satterthwaite df for a t-test, infinity for a z-test
 */
public record TwoSampleTest(double statistic, double pValue, double degreesOfFreedom) {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    /**
     * Wald z = (e₁ − e₂) / √(SE₁² + SE₂²): the "Pythagorean" combination of two independent standard errors, used for
     * NPS (METRICS.md; R {@code NPS::nps.test}).
     */
    public static TwoSampleTest waldZ(double first, double firstError, double second, double secondError) {
        return z(first - second, Math.sqrt(firstError * firstError + secondError * secondError));
    }

    /**
     * Two-proportion z-test with the pooled proportion under the null hypothesis (the textbook test and what
     * Qualtrics' "top/bottom box" significance test does).
     */
    public static TwoSampleTest pooledProportions(
            long firstSuccesses, long firstN, long secondSuccesses, long secondN) {
        return pooledShares((double) firstSuccesses / firstN, firstN, (double) secondSuccesses / secondN, secondN);
    }

    /**
     * The pooled two-proportion z-test from shares and (possibly fractional) bases: a weighted sample passes its
     * weighted share and Kish effective sample size, so the pooled share is weighted by effective n.
     */
    public static TwoSampleTest pooledShares(double firstShare, double firstN, double secondShare, double secondN) {
        double pooled = (firstShare * firstN + secondShare * secondN) / (firstN + secondN);
        double error = Math.sqrt(pooled * (1 - pooled) * (1.0 / firstN + 1.0 / secondN));
        return z(firstShare - secondShare, error);
    }

    /**
     * Welch's t-test for two means with unequal variances; df by Welch–Satterthwaite from the standard errors,
     * df = (SE₁² + SE₂²)² / (SE₁⁴/(n₁−1) + SE₂⁴/(n₂−1)).
     */
    public static TwoSampleTest welch(
            double firstMean, double firstError, double firstN, double secondMean, double secondError, double secondN) {
        double v1 = firstError * firstError;
        double v2 = secondError * secondError;
        double combined = v1 + v2;
        double difference = firstMean - secondMean;
        if (combined == 0) {
            return degenerate(difference);
        }
        double df = combined * combined / (v1 * v1 / (firstN - 1) + v2 * v2 / (secondN - 1));
        double t = difference / Math.sqrt(combined);
        return new TwoSampleTest(t, 2 * TDistribution.of(df).survivalProbability(Math.abs(t)), df);
    }

    public boolean significant() {
        return pValue < 0.05;
    }

    private static TwoSampleTest z(double difference, double error) {
        if (error == 0) {
            return degenerate(difference);
        }
        double z = difference / error;
        return new TwoSampleTest(z, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)), Double.POSITIVE_INFINITY);
    }

    /**
     * Both groups without any spread (every answer identical): equal values are no evidence of a difference, and
     * different values cannot come from one distribution with zero variance.
     */
    private static TwoSampleTest degenerate(double difference) {
        if (difference == 0) {
            return new TwoSampleTest(0, 1, Double.POSITIVE_INFINITY);
        }
        return new TwoSampleTest(Math.copySign(Double.POSITIVE_INFINITY, difference), 0, Double.POSITIVE_INFINITY);
    }
}
