package org.sublattice.plugin.clex.fit;

/**
 * Bayesian ridge regression by evidence maximisation (MacKay, Neural Comput. 4, 415 (1992);
 * Bishop, Pattern Recognition and Machine Learning, §3.5): Gaussian prior of precision α on every
 * coefficient, Gaussian noise of precision β; α and β are re-estimated from the posterior until
 * stable: with λᵢ = βσᵢ² (σ the singular values of X), m = β(βXᵀX + α)⁻¹Xᵀy,
 * γ = Σ λᵢ/(λᵢ + α), α ← γ/‖m‖², β ← (n − γ)/‖y − Xm‖². The posterior mean is returned; α/β is
 * the effective ridge strength.
 */
public final class BayesianRidge implements Estimator {
    /** Relative change of α and β below which the iteration stops. */
    public static final double TOLERANCE = 1e-10;
    private static final int MAX_ITERATIONS = 10_000;

    private double lastAlpha = Double.NaN;
    private double lastBeta = Double.NaN;

    @Override
    public double[][] solve(double[][] x, double[] y) {
        int n = x.length;
        int p = x[0].length;
        if (p == 0) {
            return new double[1][0];
        }
        Svd svd = Svd.of(x);
        double cut = svd.rankThreshold();
        double yy = Dense.dot(y, y);
        // Start from a noise of a tenth of the spread of y and a weak prior.
        double beta = yy > 0 ? 100 * n / yy : 1;
        double alpha = 1e-6 * beta;
        double[] m = new double[p];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double a = alpha;
            double b = beta;
            m = svd.apply(y, s -> s > cut ? b * s / (b * s * s + a) : 0);
            double gamma = 0;
            for (double s : svd.s()) {
                if (s > cut) {
                    gamma += b * s * s / (b * s * s + a);
                }
            }
            double mm = Dense.dot(m, m);
            double[] fit = Dense.times(x, m);
            double rr = 0;
            for (int i = 0; i < n; i++) {
                rr += (y[i] - fit[i]) * (y[i] - fit[i]);
            }
            double nextAlpha = mm > 0 ? gamma / mm : alpha;
            double nextBeta = rr > 0 && n > gamma ? (n - gamma) / rr : beta * 10;
            boolean done = Math.abs(nextAlpha - alpha) <= TOLERANCE * alpha && Math.abs(nextBeta - beta) <= TOLERANCE * beta;
            alpha = nextAlpha;
            beta = Math.min(nextBeta, 1e30);
            if (done) {
                break;
            }
        }
        lastAlpha = alpha;
        lastBeta = beta;
        return new double[][] {m};
    }

    /** The effective ridge strength α/(βn) of the last solve, in the units of {@link Ridge}. */
    public double effectiveAlpha(int n) {
        return lastAlpha / lastBeta / n;
    }
}
