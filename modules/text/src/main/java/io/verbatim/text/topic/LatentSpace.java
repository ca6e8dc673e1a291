package io.verbatim.text.topic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Latent semantic analysis: the texts' TF-IDF vectors projected on the top singular directions of the term-document
 * matrix, found by a randomized SVD (Halko, Martinsson and Tropp 2011: a Gaussian sketch, two power iterations, then an
 * exact eigen-decomposition of the small sketch). Short customer texts share few words ("lost card" and "card went
 * missing" share one); in the latent space words that occur in the same contexts pull their texts together, which
 * k-means then groups better than raw sparse vectors. A text outside the sample it was fitted on projects the same way.
 */
public final class LatentSpace {

    private static final int OVERSAMPLING = 10;
    private static final int POWER_ITERATIONS = 2;

    /** Term index by latent dimension: a text's coordinate on a dimension is the weighted sum of its terms' rows. */
    private final float[][] projection;

    private final int dimensions;

    private LatentSpace(float[][] projection, int dimensions) {
        this.projection = projection;
        this.dimensions = dimensions;
    }

    /** Fits a space of at most {@code dimensions} dimensions to unit-length TF-IDF vectors over {@code terms} terms. */
    public static LatentSpace fit(List<SparseVector> docs, int terms, int dimensions, long seed) {
        int n = docs.size();
        int width = Math.max(1, Math.min(dimensions + OVERSAMPLING, Math.min(n, terms)));
        int kept = Math.max(1, Math.min(dimensions, width));
        SplittableRandom random = new SplittableRandom(seed);
        double[][] omega = new double[terms][width];
        for (double[] row : omega) {
            for (int c = 0; c < width; c++) {
                row[c] = gaussian(random);
            }
        }
        double[][] y = times(docs, omega, width);
        DenseMath.orthonormaliseColumns(y);
        for (int q = 0; q < POWER_ITERATIONS; q++) {
            double[][] z = transposeTimes(docs, y, terms, width);
            DenseMath.orthonormaliseColumns(z);
            y = times(docs, z, width);
            DenseMath.orthonormaliseColumns(y);
        }
        // B = Q^T A, kept transposed (terms x width); its Gram matrix B B^T is small and symmetric.
        double[][] bt = transposeTimes(docs, y, terms, width);
        double[][] gram = DenseMath.gram(bt, width);
        DenseMath.Eigen eigen = DenseMath.symmetricEigen(gram);
        float[][] projection = new float[terms][kept];
        for (int d = 0; d < kept; d++) {
            double lambda = eigen.values()[d];
            if (lambda <= 1e-12) {
                continue;
            }
            double scale = 1.0 / Math.sqrt(lambda);
            for (int t = 0; t < terms; t++) {
                double sum = 0;
                double[] row = bt[t];
                for (int c = 0; c < width; c++) {
                    sum += row[c] * eigen.vectors()[c][d];
                }
                projection[t][d] = (float) (sum * scale);
            }
        }
        return new LatentSpace(projection, kept);
    }

    /** How many dimensions a projected text has. */
    public int dimensions() {
        return dimensions;
    }

    /** A text's coordinates in the space, scaled to unit length (all zeros for a text with no known term). */
    public float[] embed(SparseVector doc) {
        float[] out = new float[dimensions];
        int[] idx = doc.indexes();
        float[] w = doc.weights();
        for (int i = 0; i < idx.length; i++) {
            float[] row = projection[idx[i]];
            float weight = w[i];
            for (int d = 0; d < dimensions; d++) {
                out[d] += weight * row[d];
            }
        }
        DenseMath.normalise(out);
        return out;
    }

    private static double[][] times(List<SparseVector> docs, double[][] right, int width) {
        double[][] out = new double[docs.size()][width];
        for (int i = 0; i < docs.size(); i++) {
            SparseVector doc = docs.get(i);
            double[] row = out[i];
            for (int k = 0; k < doc.size(); k++) {
                double weight = doc.weights()[k];
                double[] r = right[doc.indexes()[k]];
                for (int c = 0; c < width; c++) {
                    row[c] += weight * r[c];
                }
            }
        }
        return out;
    }

    private static double[][] transposeTimes(List<SparseVector> docs, double[][] left, int terms, int width) {
        double[][] out = new double[terms][width];
        for (int i = 0; i < docs.size(); i++) {
            SparseVector doc = docs.get(i);
            double[] l = left[i];
            for (int k = 0; k < doc.size(); k++) {
                double weight = doc.weights()[k];
                double[] row = out[doc.indexes()[k]];
                for (int c = 0; c < width; c++) {
                    row[c] += weight * l[c];
                }
            }
        }
        return out;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
