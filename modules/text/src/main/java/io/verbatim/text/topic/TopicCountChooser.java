package io.verbatim.text.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses how many topics a set of texts holds, by stability and then coherence. Stability: for each candidate count,
 * two clusterings of different random three-quarter samples of the texts (and different seeds) label every text, and
 * their agreement (NMI) says whether that many topics are really there or an accident of the sample. Coherence: the
 * NPMI of the top stems of the first clustering's topics ({@link Coherence}), whether each topic's words really go
 * together in the texts. Among the counts whose stability is within {@value #TOLERANCE} of the most stable one, the
 * most coherent wins (on a tie, the larger: finer topics are more useful to an analyst, who can merge two topics in a
 * click but cannot see inside a mixed one). Counts run from 2 up to one topic per 50 texts (at least 10 for a small
 * set, never more than 200). At most {@value #MAX_POINTS} texts are used.
 */
public final class TopicCountChooser {

    /** How much less stable than the best a chosen count may be. */
    public static final double TOLERANCE = 0.02;

    /** k-means starts per clustering; the tightest is kept. */
    static final int RESTARTS = 3;

    private static final int[] GRID = {2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150, 200};

    private static final int MAX_POINTS = 4000;

    /** Pairs of clusterings whose agreement is averaged: one pair can agree on a poor count by luck. */
    private static final int PAIRS = 2;

    private TopicCountChooser() {}

    /**
     * One candidate count.
     *
     * @param k the number of topics
     * @param stability NMI between the clusterings of two samples, over all texts
     * @param coherence mean NPMI of the topics' top stems
     */
    public record Candidate(int k, double stability, double coherence) {}

    /**
     * The chosen count and every candidate tried.
     *
     * @param k the chosen number of topics
     * @param candidates the counts tried, ascending
     */
    public record Choice(int k, List<Candidate> candidates) {

        public Choice {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * Chooses the number of topics for {@code texts} texts from a sample of them: unit vectors {@code points} and the
     * same texts' content stems {@code stems}.
     */
    public static Choice choose(float[][] points, List<List<String>> stems, int texts, long seed) {
        if (points.length < 4) {
            return new Choice(1, List.of());
        }
        List<Candidate> candidates = score(points, stems, maxTopics(texts, points.length), seed);
        double best =
                candidates.stream().mapToDouble(Candidate::stability).max().orElse(0);
        Candidate chosen = null;
        for (Candidate c : candidates) {
            if (c.stability() >= best - TOLERANCE && (chosen == null || c.coherence() >= chosen.coherence())) {
                chosen = c;
            }
        }
        return new Choice(chosen == null ? 1 : chosen.k(), candidates);
    }

    /** The largest count worth trying for a set of texts. */
    static int maxTopics(int texts, int points) {
        int limit = Math.max(texts / 50, Math.min(texts / 5, 10));
        return Math.max(2, Math.min(limit, points / 2));
    }

    private static List<Candidate> score(float[][] points, List<List<String>> stems, int maxK, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] chosen = subsample(points.length, MAX_POINTS, random);
        int n = chosen.length;
        float[][] sample = new float[n][];
        List<List<String>> sampleStems = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sample[i] = points[chosen[i]];
            sampleStems.add(stems.get(chosen[i]));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int k : GRID) {
            if (k > maxK) {
                break;
            }
            double stability = 0;
            int[] first = null;
            for (int pair = 0; pair < PAIRS; pair++) {
                int[] l1 = labels(sample, subsample(n, n * 3 / 4, random), k, random.nextLong());
                int[] l2 = labels(sample, subsample(n, n * 3 / 4, random), k, random.nextLong());
                stability += ClusterScores.nmi(l1, l2) / PAIRS;
                first = first == null ? l1 : first;
            }
            double coherence = Coherence.npmi(sampleStems, Coherence.topStems(sampleStems, first, Coherence.TOP));
            candidates.add(new Candidate(k, stability, coherence));
        }
        return candidates;
    }

    /** Every sample point labelled by its nearest centroid of a clustering of some of the points. */
    private static int[] labels(float[][] sample, int[] fitOn, int k, long seed) {
        var clustering = SphericalKMeans.bestOf(pick(sample, fitOn), k, seed, RESTARTS);
        int[] labels = new int[sample.length];
        for (int i = 0; i < sample.length; i++) {
            labels[i] = SphericalKMeans.nearest(sample[i], clustering.centroids());
        }
        return labels;
    }

    private static float[][] pick(float[][] points, int[] indexes) {
        float[][] out = new float[indexes.length][];
        for (int i = 0; i < indexes.length; i++) {
            out[i] = points[indexes[i]];
        }
        return out;
    }

    /** {@code size} distinct indexes below {@code n} at random (all of them, in order, when n is not larger). */
    private static int[] subsample(int n, int size, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n <= size) {
            return order;
        }
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return java.util.Arrays.copyOf(order, size);
    }
}
