package org.sublattice.plugin.clex.fit;

import java.util.List;

/**
 * Weighted linear models y ≈ b₀ + X·β with an unpenalised intercept b₀: weights are scaled to
 * mean 1, columns and target are centred with the weighted means, rows are multiplied by √w, the
 * estimator solves for β, and b₀ = ȳ − x̄·β. Minimising Σwᵢ(yᵢ − b₀ − xᵢβ)² (+ penalty) this way
 * is exact for any estimator whose penalty does not involve b₀.
 */
public final class LinearFit {
    private LinearFit() {
    }

    /**
     * A fitted model.
     *
     * @param intercept b₀
     * @param coefficients β
     * @param setting the estimator's setting (e.g. α), NaN if none
     */
    public record Model(double intercept, double[] coefficients, double setting) {
        public Model {
            coefficients = coefficients.clone();
        }

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }

        /** b₀ + x·β. */
        public double predict(double[] x) {
            double s = intercept;
            for (int j = 0; j < coefficients.length; j++) {
                s += x[j] * coefficients[j];
            }
            return s;
        }
    }

    /**
     * Data as estimators see them.
     *
     * @param x centred columns, rows scaled by √w (weights of mean 1)
     * @param y centred target, scaled likewise
     * @param xbar weighted column means
     * @param ybar weighted target mean
     */
    public record Centred(double[][] x, double[] y, double[] xbar, double ybar) {
    }

    /** Centres and weights the rows {@code rows}. */
    public static Centred centre(double[][] x, double[] y, double[] w, int[] rows) {
        int n = rows.length;
        int p = x[0].length;
        double wsum = 0;
        for (int r : rows) {
            if (!(w[r] >= 0) || !Double.isFinite(w[r])) {
                throw new IllegalArgumentException("weight of row " + r + " must be finite and >= 0, got " + w[r]);
            }
            wsum += w[r];
        }
        if (!(wsum > 0)) {
            throw new IllegalArgumentException("the weights of the fitted rows add up to zero");
        }
        double[] xbar = new double[p];
        double ybar = 0;
        for (int r : rows) {
            double wr = w[r] / wsum;
            ybar += wr * y[r];
            for (int j = 0; j < p; j++) {
                xbar[j] += wr * x[r][j];
            }
        }
        double[][] xc = new double[n][p];
        double[] yc = new double[n];
        for (int i = 0; i < n; i++) {
            int r = rows[i];
            double s = Math.sqrt(w[r] * n / wsum);
            yc[i] = s * (y[r] - ybar);
            for (int j = 0; j < p; j++) {
                xc[i][j] = s * (x[r][j] - xbar[j]);
            }
        }
        return new Centred(xc, yc, xbar, ybar);
    }

    /** Fits the rows {@code rows} of the data (every path setting of the estimator). */
    public static List<Model> fit(Estimator estimator, double[][] x, double[] y, double[] w, int[] rows) {
        Centred c = centre(x, y, w, rows);
        double[] xbar = c.xbar();
        double ybar = c.ybar();
        double[][] betas = estimator.solve(c.x(), c.y());
        List<Model> out = new java.util.ArrayList<>();
        for (int k = 0; k < betas.length; k++) {
            double b0 = ybar - Dense.dot(xbar, betas[k]);
            out.add(new Model(b0, betas[k], estimator.setting(k)));
        }
        return out;
    }

    /** Fits all rows. */
    public static List<Model> fit(Estimator estimator, double[][] x, double[] y, double[] w) {
        int[] all = new int[x.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return fit(estimator, x, y, w, all);
    }

    /** The columns {@code columns} of x. */
    public static double[][] columns(double[][] x, int[] columns) {
        double[][] out = new double[x.length][columns.length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < columns.length; k++) {
                out[i][k] = x[i][columns[k]];
            }
        }
        return out;
    }
}
