package org.sublattice.plugin.clex.fit;

import java.util.Arrays;

/**
 * Automatic relevance determination, the sparse Bayesian regression of Tipping (J. Mach. Learn.
 * Res. 1, 211 (2001)) with MacKay's fixed-point updates: each coefficient j has its own prior
 * precision αⱼ; with Σ = (βXᵀX + diag α)⁻¹ and m = βΣXᵀy, γⱼ = 1 − αⱼΣⱼⱼ, αⱼ ← γⱼ/mⱼ²,
 * β ← (n − Σγ)/‖y − Xm‖². Coefficients whose αⱼ exceeds {@link #PRUNE} (relative to the scale
 * of the data) are irrelevant and set to zero. Stops when no log αⱼ changes by more than
 * {@link #TOLERANCE}.
 */
public final class Ard implements Estimator {
    /** αⱼ·(mean square of y) above which coefficient j is pruned. */
    public static final double PRUNE = 1e12;
    /** Largest change of log αⱼ in a converged iteration. */
    public static final double TOLERANCE = 1e-8;
    private static final int MAX_ITERATIONS = 5_000;

    @Override
    public double[][] solve(double[][] x, double[] y) {
        int n = x.length;
        int p = x[0].length;
        if (p == 0) {
            return new double[1][0];
        }
        double yy = Dense.dot(y, y) / n;
        double scale = yy > 0 ? yy : 1;
        double[] alpha = new double[p];
        Arrays.fill(alpha, 1 / scale);
        double beta = 100 / scale;
        boolean[] active = new boolean[p];
        Arrays.fill(active, true);
        double[][] gram = Dense.gram(x);
        double[] xty = Dense.transposeTimes(x, y);
        double[] mean = new double[p];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            int[] idx = indices(active);
            if (idx.length == 0) {
                break;
            }
            double[][] a = new double[idx.length][idx.length];
            for (int r = 0; r < idx.length; r++) {
                for (int c = 0; c < idx.length; c++) {
                    a[r][c] = beta * gram[idx[r]][idx[c]];
                }
                a[r][r] += alpha[idx[r]];
            }
            double[][] sigma = Dense.spdInverse(a);
            Arrays.fill(mean, 0);
            for (int r = 0; r < idx.length; r++) {
                double s = 0;
                for (int c = 0; c < idx.length; c++) {
                    s += sigma[r][c] * xty[idx[c]];
                }
                mean[idx[r]] = beta * s;
            }
            double gammaSum = 0;
            double change = 0;
            for (int r = 0; r < idx.length; r++) {
                int j = idx[r];
                double gamma = 1 - alpha[j] * sigma[r][r];
                gammaSum += gamma;
                double next = gamma / Math.max(mean[j] * mean[j], Double.MIN_NORMAL);
                change = Math.max(change, Math.abs(Math.log(next / alpha[j])));
                alpha[j] = next;
                if (next * scale > PRUNE) {
                    active[j] = false;
                    mean[j] = 0;
                }
            }
            double[] fit = Dense.times(x, mean);
            double rr = 0;
            for (int i = 0; i < n; i++) {
                rr += (y[i] - fit[i]) * (y[i] - fit[i]);
            }
            double nextBeta = rr > 0 && n > gammaSum ? (n - gammaSum) / rr : beta * 10;
            change = Math.max(change, Math.abs(Math.log(nextBeta / beta)));
            beta = Math.min(nextBeta, 1e12 / scale);
            if (change < TOLERANCE) {
                break;
            }
        }
        for (int j = 0; j < p; j++) {
            if (!active[j]) {
                mean[j] = 0;
            }
        }
        return new double[][] {mean};
    }

    private static int[] indices(boolean[] active) {
        int count = 0;
        for (boolean a : active) {
            count += a ? 1 : 0;
        }
        int[] idx = new int[count];
        int k = 0;
        for (int j = 0; j < active.length; j++) {
            if (active[j]) {
                idx[k++] = j;
            }
        }
        return idx;
    }
}
