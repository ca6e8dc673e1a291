package io.verbatim.analytics.weight;

/**
 * Kish's effective sample size of a weighted sample: n_eff = (Σw)²/Σw², the size of an unweighted sample with the
 * same precision; the weighting efficiency n_eff/n says how much information the weights cost (1 = none). Rows with
 * weight 0 are not counted.
 *
 * @param n rows with a positive weight
 * @param effectiveN (Σw)²/Σw²
 */
public record EffectiveSample(long n, double effectiveN) {

    public static EffectiveSample of(double[] weights) {
        long n = 0;
        double total = 0;
        double squares = 0;
        for (double w : weights) {
            if (w > 0) {
                n++;
                total += w;
                squares += w * w;
            }
        }
        return new EffectiveSample(n, n == 0 ? 0 : total * total / squares);
    }

    /** n_eff / n, between 0 and 1; NaN for an empty sample. */
    public double efficiency() {
        return n == 0 ? Double.NaN : effectiveN / n;
    }
}
