package org.sublattice.plugin.clex.fit;

/**
 * A linear regression method for y ≈ X·β on data that {@link LinearFit} has centred (weighted
 * column and target means removed, so the intercept is not penalised) and scaled row by row with
 * √w (weights of mean 1). A method may solve for a path of settings at once (regularisation
 * strengths), warm-starting each from the last.
 */
public interface Estimator {

    /** Coefficients for each setting of the path, in path order; at least one row of length p. */
    double[][] solve(double[][] x, double[] y);

    /** Number of settings {@link #solve} returns. */
    default int pathLength() {
        return 1;
    }

    /** The setting of path entry k, e.g. the regularisation strength; NaN for methods without one. */
    default double setting(int k) {
        return Double.NaN;
    }
}
