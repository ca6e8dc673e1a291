package io.verbatim.text.sentiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link LinearModel} by stochastic gradient descent on the cross-entropy (multinomial logistic regression)
 * with AdaGrad step sizes and an L2 penalty on the weights a step touches. Classes are weighted by the inverse of
 * their frequency, so the rare class (neutral in reviews, positive in news) is not ignored: the target is macro-F1.
 *
 * <p>Deterministic: the example order of each epoch comes from a {@link Random} with the given seed, and training is
 * single-threaded, so the same data and seed give bit-identical weights.
 */
public final class SoftmaxTrainer {

    private final int epochs;
    private final double learningRate;
    private final double l2;
    private final long seed;

    /**
     * @param epochs passes over the data
     * @param learningRate AdaGrad's base step
     * @param l2 the L2 penalty per touched weight
     * @param seed the shuffling seed
     */
    public SoftmaxTrainer(int epochs, double learningRate, double l2, long seed) {
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.l2 = l2;
        this.seed = seed;
    }

    /** The same settings with another seed. */
    public SoftmaxTrainer withSeed(long newSeed) {
        return new SoftmaxTrainer(epochs, learningRate, l2, newSeed);
    }

    public long seed() {
        return seed;
    }

    /** Trains from zero weights. */
    public LinearModel train(ModelSpec spec, List<TrainingExample> examples) {
        float[] zero = new float[spec.buckets() * LinearModel.CLASSES];
        return train(spec, examples, zero, new double[LinearModel.CLASSES]);
    }

    /**
     * Trains starting from given weights and biases (a shipped model, to adapt it); the arrays are not modified.
     * Offsets of the result are zero.
     */
    public LinearModel train(ModelSpec spec, List<TrainingExample> examples, float[] startWeights, double[] startBias) {
        return train(spec, examples, startWeights, startBias, null);
    }

    /**
     * Adapts a model: training from given weights changes only the buckets in {@code trainable} and never the biases,
     * so an analyst's few corrections move the features they contain and leave the rest of the model as it was.
     *
     * @param trainable the buckets that may change, or null for all of them and the biases
     */
    public LinearModel train(
            ModelSpec spec,
            List<TrainingExample> examples,
            float[] startWeights,
            double[] startBias,
            BitSet trainable) {
        float[] weights = startWeights.clone();
        double[] bias = startBias.clone();
        float[] squares = new float[weights.length];
        double[] biasSquares = new double[LinearModel.CLASSES];
        double[] classWeight = balancedWeights(examples);
        List<TrainingExample> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        double[] p = new double[LinearModel.CLASSES];
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (TrainingExample example : order) {
                scores(example, weights, bias, p);
                LinearModel.softmax(p);
                double scale = example.weight() * classWeight[example.label().index()];
                for (int c = 0; c < LinearModel.CLASSES; c++) {
                    double g = (p[c] - (c == example.label().index() ? 1 : 0)) * scale;
                    if (trainable == null) {
                        biasSquares[c] += g * g;
                        bias[c] -= learningRate * g / Math.sqrt(biasSquares[c] + 1e-8);
                    }
                    for (int i = 0; i < example.indices().length; i++) {
                        if (trainable != null && !trainable.get(example.indices()[i])) {
                            continue;
                        }
                        int k = example.indices()[i] * LinearModel.CLASSES + c;
                        double grad = g * example.values()[i] + l2 * weights[k];
                        squares[k] += (float) (grad * grad);
                        weights[k] -= (float) (learningRate * grad / Math.sqrt(squares[k] + 1e-8));
                    }
                }
            }
        }
        for (int k = 0; k < weights.length; k++) {
            weights[k] = Float.float16ToFloat(Float.floatToFloat16(weights[k]));
        }
        return new LinearModel(spec, weights, bias, new double[LinearModel.CLASSES]);
    }

    private static void scores(TrainingExample example, float[] weights, double[] bias, double[] out) {
        out[0] = bias[0];
        out[1] = bias[1];
        out[2] = bias[2];
        for (int i = 0; i < example.indices().length; i++) {
            int base = example.indices()[i] * LinearModel.CLASSES;
            float value = example.values()[i];
            out[0] += value * weights[base];
            out[1] += value * weights[base + 1];
            out[2] += value * weights[base + 2];
        }
    }

    /** Weight of each class: total / (3 * count), so every present class carries the same total weight. */
    static double[] balancedWeights(List<TrainingExample> examples) {
        double[] count = new double[LinearModel.CLASSES];
        double total = 0;
        for (TrainingExample example : examples) {
            count[example.label().index()] += example.weight();
            total += example.weight();
        }
        int present = 0;
        for (double c : count) {
            present += c > 0 ? 1 : 0;
        }
        double[] weight = new double[LinearModel.CLASSES];
        for (int c = 0; c < LinearModel.CLASSES; c++) {
            weight[c] = count[c] > 0 ? total / (present * count[c]) : 0;
        }
        return weight;
    }
}
