package org.sublattice.plugin.clex.fit;

/**
 * Ordinary least squares: the minimum-norm β minimising ‖y − Xβ‖², from the singular value
 * decomposition with singular values below the numerical-rank threshold dropped (Golub and Van
 * Loan, Matrix Computations, §5.5), so that rank-deficient data (more clusters than independent
 * structures) still give a defined answer.
 */
public final class LeastSquares implements Estimator {
    @Override
    public double[][] solve(double[][] x, double[] y) {
        if (x[0].length == 0) {
            return new double[1][0];
        }
        Svd svd = Svd.of(x);
        double cut = svd.rankThreshold();
        return new double[][] {svd.apply(y, s -> s > cut ? 1 / s : 0)};
    }
}
