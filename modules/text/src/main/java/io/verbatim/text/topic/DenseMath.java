package io.verbatim.text.topic;

/**
 * The few dense linear-algebra steps the randomized SVD needs, on row-major {@code double[rows][columns]} arrays:
 * Gram-Schmidt orthonormalisation of columns, a Gram matrix, and a Jacobi eigen-decomposition of a small symmetric
 * matrix. Small enough to write here rather than pull a linear-algebra library into the text module.
 */
final class DenseMath {

    private static final int MAX_SWEEPS = 60;

    private DenseMath() {}

    /** Eigenvalues in descending order, and the eigenvectors as the matching columns of {@code vectors}. */
    record Eigen(double[] values, double[][] vectors) {}

    /** Makes the columns of {@code m} orthonormal (modified Gram-Schmidt, twice); a dependent column becomes zero. */
    static void orthonormaliseColumns(double[][] m) {
        if (m.length == 0) {
            return;
        }
        int rows = m.length;
        int cols = m[0].length;
        double[][] c = new double[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[j][i] = m[i][j];
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < cols; j++) {
                for (int p = 0; p < j; p++) {
                    double dot = dot(c[j], c[p]);
                    axpy(-dot, c[p], c[j]);
                }
                double norm = Math.sqrt(dot(c[j], c[j]));
                double scale = norm > 1e-10 ? 1.0 / norm : 0.0;
                for (int i = 0; i < rows; i++) {
                    c[j][i] *= scale;
                }
            }
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = c[j][i];
            }
        }
    }

    /** {@code m^T m} for a row-major {@code m} with {@code width} columns. */
    static double[][] gram(double[][] m, int width) {
        double[][] g = new double[width][width];
        for (double[] row : m) {
            for (int a = 0; a < width; a++) {
                double ra = row[a];
                if (ra == 0) {
                    continue;
                }
                for (int b = a; b < width; b++) {
                    g[a][b] += ra * row[b];
                }
            }
        }
        for (int a = 0; a < width; a++) {
            for (int b = 0; b < a; b++) {
                g[a][b] = g[b][a];
            }
        }
        return g;
    }

    /** Cyclic Jacobi rotations until the off-diagonal vanishes; fine for the hundred-odd rows of a sketch. */
    static Eigen symmetricEigen(double[][] symmetric) {
        int n = symmetric.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = symmetric[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > 1e-22 * (1 + trace2(a)); sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, v, p, q);
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int k = 0; k < n; k++) {
            values[k] = a[order[k]][order[k]];
            for (int i = 0; i < n; i++) {
                vectors[i][k] = v[i][order[k]];
            }
        }
        return new Eigen(values, vectors);
    }

    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double apq = a[p][q];
        if (Math.abs(apq) < 1e-300) {
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    private static double offDiagonal(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != j) {
                    sum += a[i][j] * a[i][j];
                }
            }
        }
        return sum;
    }

    private static double trace2(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i][i] * a[i][i];
        }
        return sum;
    }

    /** Scales a vector to unit length in place; a zero vector stays zero. */
    static void normalise(float[] x) {
        double norm = 0;
        for (float f : x) {
            norm += f * f;
        }
        if (norm > 0) {
            float scale = (float) (1.0 / Math.sqrt(norm));
            for (int i = 0; i < x.length; i++) {
                x[i] *= scale;
            }
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += alpha * x[i];
        }
    }
}
