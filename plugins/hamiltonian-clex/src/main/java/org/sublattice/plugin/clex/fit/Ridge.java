package org.sublattice.plugin.clex.fit;

/**
 * Ridge regression (Hoerl and Kennard, Technometrics 12, 55 (1970)): β minimising
 * (1/2n)‖y − Xβ‖² + (α/2)‖β‖², i.e. β = V·diag(σ/(σ² + nα))·Uᵀy from one singular value
 * decomposition for every α of the path.
 */
public final class Ridge implements Estimator {
    private final double[] alphas;

    /** @param alphas regularisation strengths (eV per primitive cell), each ≥ 0 */
    public Ridge(double... alphas) {
        for (double a : alphas) {
            if (!(a >= 0)) {
                throw new IllegalArgumentException("ridge alpha must be >= 0, got " + a);
            }
        }
        this.alphas = alphas.clone();
    }

    @Override
    public double[][] solve(double[][] x, double[] y) {
        int n = x.length;
        double[][] out = new double[alphas.length][];
        if (x[0].length == 0) {
            return new double[alphas.length][0];
        }
        Svd svd = Svd.of(x);
        double cut = svd.rankThreshold();
        for (int k = 0; k < alphas.length; k++) {
            double na = n * alphas[k];
            out[k] = svd.apply(y, s -> s > cut ? s / (s * s + na) : 0);
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
