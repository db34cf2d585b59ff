package org.sublattice.plugin.clex.fit;

import java.util.SplittableRandom;

/** Synthetic regression problems for the estimator tests. */
final class Data {
    final double[][] x;
    final double[] y;
    final double[] beta;

    private Data(double[][] x, double[] y, double[] beta) {
        this.x = x;
        this.y = y;
        this.beta = beta;
    }

    /** y = 0.3 + X·β + noise, X uniform in [−1, 1]. */
    static Data linear(int n, double[] beta, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][beta.length];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 0.3;
            for (int j = 0; j < beta.length; j++) {
                x[i][j] = r.nextDouble(-1, 1);
                y[i] += x[i][j] * beta[j];
            }
            y[i] += noise * r.nextGaussian();
        }
        return new Data(x, y, beta.clone());
    }

    static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }
}
