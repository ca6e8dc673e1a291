package io.verbatim.text.topic;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Sharpens a clustering of texts with a few rounds of hard expectation-maximisation of a multinomial naive-Bayes
 * mixture over the texts' own terms: each cluster becomes a smoothed distribution over terms, each text moves to the
 * cluster that makes its terms most likely. k-means in the latent space groups texts by broad meaning; this pass lets
 * the exact distinguishing words ("pending" against "declined") decide the borderline texts. The last fitted mixture
 * also places texts that were not in the sample. Clusters keep their numbers; a cluster may end up empty.
 */
public final class BayesRefiner {

    private static final double SMOOTHING = 0.1;

    private final double[][] logProb;
    private final double[] logPrior;

    private BayesRefiner(double[][] logProb, double[] logPrior) {
        this.logProb = logProb;
        this.logPrior = logPrior;
    }

    /** A refined copy of {@code assignment} after at most {@code rounds} rounds over {@code terms} terms. */
    public static int[] refine(List<SparseVector> docs, int[] assignment, int k, int terms, int rounds) {
        int[] current = assignment.clone();
        for (int round = 0; round < rounds; round++) {
            BayesRefiner model = fit(docs, current, k, terms);
            int[] next = new int[current.length];
            IntStream.range(0, docs.size()).parallel().forEach(i -> next[i] = model.classify(docs.get(i)));
            boolean same = java.util.Arrays.equals(current, next);
            current = next;
            if (same) {
                break;
            }
        }
        return current;
    }

    /** The mixture of clusters {@code 0..k-1} as labelled by {@code assignment}. */
    public static BayesRefiner fit(List<SparseVector> docs, int[] assignment, int k, int terms) {
        double[][] logProb = new double[k][terms];
        double[] logPrior = new double[k];
        double[] clusterMass = new double[k];
        int[] sizes = new int[k];
        for (int i = 0; i < docs.size(); i++) {
            int c = assignment[i];
            sizes[c]++;
            SparseVector doc = docs.get(i);
            for (int t = 0; t < doc.size(); t++) {
                logProb[c][doc.indexes()[t]] += doc.weights()[t];
                clusterMass[c] += doc.weights()[t];
            }
        }
        for (int c = 0; c < k; c++) {
            double denominator = Math.log(clusterMass[c] + SMOOTHING * terms);
            double[] row = logProb[c];
            for (int t = 0; t < terms; t++) {
                row[t] = Math.log(row[t] + SMOOTHING) - denominator;
            }
            logPrior[c] = sizes[c] == 0 ? Double.NEGATIVE_INFINITY : Math.log(sizes[c] / (double) docs.size());
        }
        return new BayesRefiner(logProb, logPrior);
    }

    /** The cluster that makes a text's terms most likely. */
    public int classify(SparseVector doc) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < logProb.length; c++) {
            double score = logPrior[c];
            if (score == Double.NEGATIVE_INFINITY) {
                continue;
            }
            double[] row = logProb[c];
            for (int t = 0; t < doc.size(); t++) {
                score += doc.weights()[t] * row[doc.indexes()[t]];
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }
}
