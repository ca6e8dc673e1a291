package io.verbatim.text.sentiment;

import java.util.Arrays;

/**
 * A multinomial logistic regression over hashed features: for each of the three classes a weight per bucket and a
 * bias, plus per-class offsets tuned after training on a development split (they move the neutral band so that the
 * macro-F1 is best). Weights are stored bucket-major ({@code weights[bucket * 3 + class]}) so one feature reads three
 * neighbouring floats.
 *
 * <p>Immutable once built (the arrays are never handed out); safe to share between threads.
 */
public final class LinearModel {

    /** Number of classes, in {@link SentimentLabel} order. */
    public static final int CLASSES = 3;

    private final ModelSpec spec;
    private final float[] weights;
    private final double[] bias;
    private final double[] offsets;

    /**
     * @param spec what the features are (bucket bits, char n-grams, language)
     * @param weights {@code 2^bits * 3} weights, copied
     * @param bias three learned biases, copied
     * @param offsets three tuned offsets, copied
     */
    public LinearModel(ModelSpec spec, float[] weights, double[] bias, double[] offsets) {
        if (weights.length != spec.buckets() * CLASSES || bias.length != CLASSES || offsets.length != CLASSES) {
            throw new IllegalArgumentException("weights do not match " + spec);
        }
        this.spec = spec;
        this.weights = weights.clone();
        this.bias = bias.clone();
        this.offsets = offsets.clone();
    }

    public ModelSpec spec() {
        return spec;
    }

    /** Writes the three class probabilities of a feature vector into {@code out}. */
    public void probabilities(FeatureVector features, double[] out) {
        logits(features, out);
        softmax(out);
    }

    /** Writes the three raw scores (before softmax, offsets included) into {@code out}. */
    public void logits(FeatureVector features, double[] out) {
        double negative = bias[0] + offsets[0];
        double neutral = bias[1] + offsets[1];
        double positive = bias[2] + offsets[2];
        for (int i = 0; i < features.size(); i++) {
            int base = features.index(i) * CLASSES;
            float value = features.value(i);
            negative += value * weights[base];
            neutral += value * weights[base + 1];
            positive += value * weights[base + 2];
        }
        out[0] = negative;
        out[1] = neutral;
        out[2] = positive;
    }

    /** The same model with other offsets. */
    public LinearModel withOffsets(double[] newOffsets) {
        return new LinearModel(spec, weights, bias, newOffsets);
    }

    /** A copy of the weights, for saving or for training further. */
    public float[] weightsCopy() {
        return weights.clone();
    }

    public double[] biasCopy() {
        return bias.clone();
    }

    public double[] offsetsCopy() {
        return offsets.clone();
    }

    /** In-place softmax of three scores. */
    static void softmax(double[] scores) {
        double max = Math.max(scores[0], Math.max(scores[1], scores[2]));
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < CLASSES; c++) {
            scores[c] /= sum;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinearModel that
                && spec.equals(that.spec)
                && Arrays.equals(weights, that.weights)
                && Arrays.equals(bias, that.bias)
                && Arrays.equals(offsets, that.offsets);
    }

    @Override
    public int hashCode() {
        return spec.hashCode() * 31 + Arrays.hashCode(weights);
    }
}
