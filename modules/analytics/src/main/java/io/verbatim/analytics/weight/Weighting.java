package io.verbatim.analytics.weight;

/**
 * Weights for every row of a dataset and how they were made.
 *
 * @param weights one weight per row, scaled to mean 1 over the rows with a positive weight; 0 leaves a row out
 * @param iterations raking passes over all margins, summed over every re-raking
 * @param trimRounds how many times weights outside the bounds were cut and the sample re-raked (0 without trimming)
 * @param maxMarginError the largest |weighted share − target| over every category of every margin, as a fraction
 * @param sample Kish's effective sample size of the weights
 * @param definition one line saying how the weights were made, printed with every weighted figure
 */
public record Weighting(
        double[] weights,
        int iterations,
        int trimRounds,
        double maxMarginError,
        EffectiveSample sample,
        String definition) {

    public Weighting {
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    public double minWeight() {
        double min = Double.POSITIVE_INFINITY;
        for (double w : weights) {
            if (w > 0) {
                min = Math.min(min, w);
            }
        }
        return min;
    }

    public double maxWeight() {
        double max = 0;
        for (double w : weights) {
            max = Math.max(max, w);
        }
        return max;
    }
}
