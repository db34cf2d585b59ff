package org.sublattice.plugin.clex.fit;

/**
 * The lasso (Tibshirani, J. R. Stat. Soc. B 58, 267 (1996)) by cyclic coordinate descent with
 * warm starts along a decreasing path of α (Friedman, Hastie and Tibshirani, J. Stat. Softw.
 * 33(1) (2010)): β minimising (1/2n)‖y − Xβ‖² + α‖β‖₁. Each coordinate update is the soft
 * threshold S(xⱼᵀr/n + aⱼβⱼ, α)/aⱼ with aⱼ = ‖xⱼ‖²/n, the residual r kept up to date. A sweep
 * ends the descent when the largest aⱼ(Δβⱼ)² is below {@link #TOLERANCE} times ‖y‖²/n.
 */
public final class Lasso implements Estimator {
    /** Convergence of the coordinate descent, relative to the mean square of y. */
    public static final double TOLERANCE = 1e-12;
    /** Sweeps per α before giving up on convergence (the last iterate is used). */
    public static final int MAX_SWEEPS = 100_000;

    private final double[] alphas;

    /** @param alphas regularisation strengths (eV per primitive cell), decreasing for warm starts, each ≥ 0 */
    public Lasso(double... alphas) {
        for (double a : alphas) {
            if (!(a >= 0)) {
                throw new IllegalArgumentException("lasso alpha must be >= 0, got " + a);
            }
        }
        this.alphas = alphas.clone();
    }

    /**
     * The smallest α at which every coefficient is zero, max |xⱼᵀy|/n; paths usually start there.
     */
    public static double alphaMax(double[][] x, double[] y) {
        double[] g = Dense.transposeTimes(x, y);
        double max = 0;
        for (double v : g) {
            max = Math.max(max, Math.abs(v));
        }
        return max / x.length;
    }

    /** {@code count} values from {@code max} down to {@code max·ratio}, evenly spaced in log. */
    public static double[] logPath(double max, double ratio, int count) {
        double[] a = new double[count];
        for (int k = 0; k < count; k++) {
            a[k] = max * Math.pow(ratio, count == 1 ? 0 : (double) k / (count - 1));
        }
        return a;
    }

    @Override
    public double[][] solve(double[][] x, double[] y) {
        int n = x.length;
        int p = x[0].length;
        double[] scale = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                scale[j] += row[j] * row[j] / n;
            }
        }
        double yy = Dense.dot(y, y) / n;
        double[] beta = new double[p];
        double[] r = y.clone();
        double[][] out = new double[alphas.length][];
        for (int k = 0; k < alphas.length; k++) {
            double alpha = alphas[k];
            for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                double change = 0;
                for (int j = 0; j < p; j++) {
                    if (scale[j] == 0) {
                        continue;
                    }
                    double rho = 0;
                    for (int i = 0; i < n; i++) {
                        rho += x[i][j] * r[i];
                    }
                    rho = rho / n + scale[j] * beta[j];
                    double next = Math.signum(rho) * Math.max(Math.abs(rho) - alpha, 0) / scale[j];
                    double d = next - beta[j];
                    if (d != 0) {
                        for (int i = 0; i < n; i++) {
                            r[i] -= d * x[i][j];
                        }
                        beta[j] = next;
                        change = Math.max(change, scale[j] * d * d);
                    }
                }
                if (change <= TOLERANCE * yy) {
                    break;
                }
            }
            out[k] = beta.clone();
        }
        return out;
    }

    @Override
    public int pathLength() {
        return alphas.length;
    }

    @Override
    public double setting(int k) {
        return alphas[k];
    }
}
