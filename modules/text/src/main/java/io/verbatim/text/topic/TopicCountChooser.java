package io.verbatim.text.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses how many topics a set of texts holds, by stability: for each candidate count, two clusterings of different
 * random halves of the texts (and different seeds) label every text, and their agreement (NMI) says whether that many
 * topics are really there or are an accident of the sample. A count the data supports gives the same grouping from
 * either half. The choice is the largest count whose stability is within {@value #TOLERANCE} of the most stable
 * one: finer topics that are as reproducible as coarser ones are more useful to an analyst, who can merge two topics in
 * a click but cannot see inside a mixed one. Counts run from 2 up to one topic per 50 texts (at least 10 for a small
 * set, and never more than 200).
 */
public final class TopicCountChooser {

    private static final int[] GRID = {2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150, 200};

    private static final int MAX_POINTS = 4000;

    /** k-means starts per clustering; the tightest is kept. */
    static final int RESTARTS = 3;

    private TopicCountChooser() {}

    /** How much less stable than the best a chosen count may be. */
    public static final double TOLERANCE = 0.02;

    /** One candidate count and how stable its topics were. */
    public record Candidate(int k, double stability) {}

    /**
     * The chosen count and every candidate tried.
     *
     * @param k the chosen number of topics
     * @param candidates the counts tried and their stability, ascending by count
     */
    public record Choice(int k, List<Candidate> candidates) {

        public Choice {
            candidates = List.copyOf(candidates);
        }
    }

    /** Chooses the number of topics for {@code texts} texts whose sample is embedded as {@code points}. */
    public static Choice choose(float[][] points, int texts, long seed) {
        if (points.length < 4) {
            return new Choice(1, List.of());
        }
        List<Candidate> candidates = score(points, maxTopics(texts, points.length), seed);
        double best =
                candidates.stream().mapToDouble(Candidate::stability).max().orElse(0);
        int k = 1;
        for (Candidate c : candidates) {
            if (c.stability() >= best - TOLERANCE) {
                k = c.k();
            }
        }
        return new Choice(k, candidates);
    }

    /** The largest count worth trying for a set of texts. */
    static int maxTopics(int texts, int points) {
        int limit = Math.max(texts / 50, Math.min(texts / 5, 10));
        return Math.max(2, Math.min(limit, points / 2));
    }

    /** The candidates tried, in order, for texts embedded as unit vectors. */
    static List<Candidate> score(float[][] points, int maxK, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] sample = subsample(points, MAX_POINTS, random);
        int n = sample.length;
        List<Candidate> candidates = new ArrayList<>();
        for (int k : GRID) {
            if (k > maxK) {
                break;
            }
            float[][] half1 = subsample(sample, n * 3 / 4, random);
            float[][] half2 = subsample(sample, n * 3 / 4, random);
            var c1 = SphericalKMeans.bestOf(half1, k, random.nextLong(), RESTARTS);
            var c2 = SphericalKMeans.bestOf(half2, k, random.nextLong(), RESTARTS);
            int[] l1 = new int[n];
            int[] l2 = new int[n];
            for (int i = 0; i < n; i++) {
                l1[i] = SphericalKMeans.nearest(sample[i], c1.centroids());
                l2[i] = SphericalKMeans.nearest(sample[i], c2.centroids());
            }
            candidates.add(new Candidate(k, ClusterScores.nmi(l1, l2)));
        }
        return candidates;
    }

    private static float[][] subsample(float[][] points, int size, SplittableRandom random) {
        if (points.length <= size) {
            return points;
        }
        int[] order = new int[points.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        float[][] out = new float[size][];
        for (int i = 0; i < size; i++) {
            out[i] = points[order[i]];
        }
        return out;
    }
}
