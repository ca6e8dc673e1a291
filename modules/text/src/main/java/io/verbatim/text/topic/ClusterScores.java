package io.verbatim.text.topic;

import java.util.HashMap;
import java.util.Map;

/**
 * How well one grouping of texts matches another: normalised mutual information ({@code I(A;B)} divided by the
 * arithmetic mean of the two entropies, scikit-learn's default, 1 for identical groupings and near 0 for unrelated ones)
 * and purity (the share of texts in their cluster's most common true class). Used to score topic discovery against
 * labelled intents and to measure the stability of a topic count.
 */
public final class ClusterScores {

    private ClusterScores() {}

    /** Normalised mutual information of two labelings of the same items (1 when both put everything in one group). */
    public static double nmi(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("labelings differ in length");
        }
        int n = a.length;
        if (n == 0) {
            return 1.0;
        }
        Map<Long, Integer> joint = new HashMap<>();
        Map<Integer, Integer> countA = new HashMap<>();
        Map<Integer, Integer> countB = new HashMap<>();
        for (int i = 0; i < n; i++) {
            joint.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1, Integer::sum);
            countA.merge(a[i], 1, Integer::sum);
            countB.merge(b[i], 1, Integer::sum);
        }
        double hA = entropy(countA, n);
        double hB = entropy(countB, n);
        double mutual = 0;
        for (Map.Entry<Long, Integer> e : joint.entrySet()) {
            int x = (int) (e.getKey() >> 32);
            int y = (int) (long) e.getKey();
            double pxy = e.getValue() / (double) n;
            mutual += pxy * Math.log(pxy * n * n / ((double) countA.get(x) * countB.get(y)));
        }
        double mean = (hA + hB) / 2;
        if (mean <= 0) {
            return 1.0;
        }
        return Math.max(0, Math.min(1, mutual / mean));
    }

    /** The share of items whose cluster's most common class is their own class. */
    public static double purity(int[] clusters, int[] classes) {
        Map<Integer, Map<Integer, Integer>> table = new HashMap<>();
        for (int i = 0; i < clusters.length; i++) {
            table.computeIfAbsent(clusters[i], c -> new HashMap<>()).merge(classes[i], 1, Integer::sum);
        }
        long majority = 0;
        for (Map<Integer, Integer> row : table.values()) {
            majority += row.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
        return clusters.length == 0 ? 1.0 : majority / (double) clusters.length;
    }

    private static double entropy(Map<Integer, Integer> counts, int n) {
        double h = 0;
        for (int count : counts.values()) {
            double p = count / (double) n;
            h -= p * Math.log(p);
        }
        return h;
    }
}
