package io.verbatim.text.topic;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * k-means on unit vectors with cosine similarity (spherical k-means, Dhillon and Modha 2001): each text joins the
 * centroid it points most nearly along, each centroid is its members' mean direction. Seeded by k-means++ (a first
 * centroid at random, each next one drawn with probability proportional to its squared distance {@code 1 - cos} from
 * the nearest chosen one), so runs are reproducible for a seed. An emptied cluster is re-seeded at the text worst served.
 */
public final class SphericalKMeans {

    private static final int MAX_ITERATIONS = 40;

    private SphericalKMeans() {}

    /**
     * The clusters and their unit centroids.
     *
     * @param assignment the cluster of each point
     * @param centroids unit mean direction of each cluster
     * @param similarity the mean cosine of the points with their centroid (higher is tighter)
     */
    public record Clustering(int[] assignment, float[][] centroids, double similarity) {

        /** How many clusters. */
        public int k() {
            return centroids.length;
        }
    }

    /** Clusters unit-length points into {@code k} groups (fewer points than k: one per point). */
    public static Clustering cluster(float[][] points, int k, long seed) {
        int n = points.length;
        int clusters = Math.max(1, Math.min(k, n));
        float[][] centroids = seeds(points, clusters, new SplittableRandom(seed));
        int[] assignment = new int[n];
        java.util.Arrays.fill(assignment, -1);
        double similarity = 0;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            float[] best = new float[n];
            int changed = assign(points, centroids, assignment, best);
            similarity = mean(best);
            if (changed <= n / 1000 && iteration > 0) {
                break;
            }
            centroids = update(points, assignment, clusters, best);
        }
        return new Clustering(assignment, centroids, similarity);
    }

    /**
     * The tightest of {@code restarts} clusterings from different seeds (the highest mean cosine to the centroids):
     * one unlucky k-means++ start can merge two true groups and cut another in half; several rarely all do.
     */
    public static Clustering bestOf(float[][] points, int k, long seed, int restarts) {
        java.util.SplittableRandom seeds = new java.util.SplittableRandom(seed);
        Clustering best = null;
        for (int r = 0; r < Math.max(1, restarts); r++) {
            Clustering c = cluster(points, k, seeds.nextLong());
            if (best == null || c.similarity() > best.similarity()) {
                best = c;
            }
        }
        return best;
    }

    /** The index of the centroid a unit vector is most similar to. */
    public static int nearest(float[] point, float[][] centroids) {
        int best = 0;
        float bestSim = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            float sim = DenseMath.dot(point, centroids[c]);
            if (sim > bestSim) {
                bestSim = sim;
                best = c;
            }
        }
        return best;
    }

    /** Mean unit direction of the given members (a zero vector when they have none). */
    public static float[] centroid(float[][] points, int[] members) {
        float[] sum = new float[points.length == 0 ? 0 : points[0].length];
        for (int m : members) {
            float[] p = points[m];
            for (int d = 0; d < sum.length; d++) {
                sum[d] += p[d];
            }
        }
        DenseMath.normalise(sum);
        return sum;
    }

    private static int assign(float[][] points, float[][] centroids, int[] assignment, float[] best) {
        int[] changes = new int[points.length];
        IntStream.range(0, points.length).parallel().forEach(i -> {
            int c = nearest(points[i], centroids);
            best[i] = DenseMath.dot(points[i], centroids[c]);
            if (assignment[i] != c) {
                changes[i] = 1;
                assignment[i] = c;
            }
        });
        int changed = 0;
        for (int c : changes) {
            changed += c;
        }
        return changed;
    }

    private static float[][] update(float[][] points, int[] assignment, int k, float[] best) {
        int dims = points[0].length;
        float[][] sums = new float[k][dims];
        int[] sizes = new int[k];
        for (int i = 0; i < points.length; i++) {
            int c = assignment[i];
            sizes[c]++;
            float[] s = sums[c];
            float[] p = points[i];
            for (int d = 0; d < dims; d++) {
                s[d] += p[d];
            }
        }
        for (int c = 0; c < k; c++) {
            if (sizes[c] == 0) {
                int worst = worstServed(best);
                sums[c] = points[worst].clone();
                best[worst] = Float.POSITIVE_INFINITY;
            }
            DenseMath.normalise(sums[c]);
        }
        return sums;
    }

    private static int worstServed(float[] best) {
        int worst = 0;
        for (int i = 1; i < best.length; i++) {
            if (best[i] < best[worst]) {
                worst = i;
            }
        }
        return worst;
    }

    private static float[][] seeds(float[][] points, int k, SplittableRandom random) {
        int n = points.length;
        float[][] centroids = new float[k][];
        centroids[0] = points[random.nextInt(n)].clone();
        double[] distance = new double[n];
        java.util.Arrays.fill(distance, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            float[] last = centroids[c - 1];
            double total = 0;
            for (int i = 0; i < n; i++) {
                double d = Math.max(0, 1.0 - DenseMath.dot(points[i], last));
                distance[i] = Math.min(distance[i], d * d);
                total += distance[i];
            }
            int chosen = random.nextInt(n);
            if (total > 0) {
                double target = random.nextDouble() * total;
                for (int i = 0; i < n; i++) {
                    target -= distance[i];
                    if (target <= 0) {
                        chosen = i;
                        break;
                    }
                }
            }
            centroids[c] = points[chosen].clone();
        }
        return centroids;
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }
}
