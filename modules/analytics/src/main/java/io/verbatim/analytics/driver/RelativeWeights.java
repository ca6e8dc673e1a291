package io.verbatim.analytics.driver;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Johnson's (2000) relative weights from a correlation matrix.
 *
 * <p>With R<sub>xx</sub> = QΛQ' (eigen-decomposition of the drivers' correlations), Λ* = QΛ<sup>½</sup>Q' holds the
 * correlations between the drivers and their closest orthogonal stand-ins Z, and β = Λ*<sup>−1</sup>r<sub>xy</sub>
 * regresses the outcome on Z. Driver j's raw weight is ε<sub>j</sub> = Σ<sub>k</sub> Λ*<sub>jk</sub>² β<sub>k</sub>²;
 * the weights are non-negative and add up to R² = Σβ<sub>k</sub>², so each is the share of outcome variance the
 * driver accounts for, even when drivers are correlated (where regression coefficients misrank them).
 *
 * @param rSquared R² of the regression of the outcome on all drivers
 * @param raw ε per driver, in the drivers' order
 */
public record RelativeWeights(double rSquared, double[] raw) {

    /** Eigenvalues below this (relative to the number of drivers) mean a driver is a combination of others. */
    private static final double SINGULAR = 1e-10;

    public RelativeWeights {
        raw = raw.clone();
    }

    @Override
    public double[] raw() {
        return raw.clone();
    }

    /** ε<sub>j</sub> / R² × 100: the driver's percentage of the explained variance. */
    public double percentOfRSquared(int driver) {
        return rSquared > 0 ? raw[driver] / rSquared * 100 : Double.NaN;
    }

    /**
     * @param predictors the drivers' correlation matrix (symmetric, ones on the diagonal)
     * @param withOutcome each driver's correlation with the outcome
     * @throws DriverException when the matrix is singular (a driver duplicates others)
     */
    public static RelativeWeights fromCorrelations(double[][] predictors, double[] withOutcome) {
        int p = withOutcome.length;
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(predictors, true));
        double[] lambda = eigen.getRealEigenvalues();
        RealMatrix q = eigen.getV();
        for (double value : lambda) {
            if (value < SINGULAR * p) {
                throw new DriverException("the drivers are perfectly collinear (one is a combination of the others);"
                        + " drop a duplicated or derived driver");
            }
        }
        // Λ* = Q·diag(√λ)·Q' and its inverse Q·diag(1/√λ)·Q'.
        double[][] root = new double[p][p];
        double[][] inverseRoot = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double sum = 0;
                double inverse = 0;
                for (int k = 0; k < p; k++) {
                    double qq = q.getEntry(i, k) * q.getEntry(j, k);
                    sum += qq * Math.sqrt(lambda[k]);
                    inverse += qq / Math.sqrt(lambda[k]);
                }
                root[i][j] = sum;
                inverseRoot[i][j] = inverse;
            }
        }
        double[] beta = new double[p];
        double rSquared = 0;
        for (int k = 0; k < p; k++) {
            for (int j = 0; j < p; j++) {
                beta[k] += inverseRoot[k][j] * withOutcome[j];
            }
            rSquared += beta[k] * beta[k];
        }
        double[] raw = new double[p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                raw[j] += root[j][k] * root[j][k] * beta[k] * beta[k];
            }
        }
        return new RelativeWeights(rSquared, raw);
    }
}
