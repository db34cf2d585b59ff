package org.sublattice.plugin.thermo;

/**
 * Cumulative integrals of tabulated data with a natural cubic spline through the points (Press et
 * al., Numerical Recipes, 3rd ed., §3.3): fourth-order accurate on smooth data, unlike the
 * trapezoid rule, which matters when a free energy is integrated over many points.
 */
final class Spline {
    private Spline() {
    }

    /**
     * ∫_{x0}^{x_i} y dx for every i, on strictly monotonic x (increasing or decreasing); with two
     * points the trapezoid.
     */
    static double[] cumulative(double[] x, double[] y) {
        int n = x.length;
        double[] out = new double[n];
        if (n < 2) {
            return out;
        }
        double[] m = secondDerivatives(x, y);
        for (int i = 1; i < n; i++) {
            double h = x[i] - x[i - 1];
            // exact integral of the cubic on [x_{i-1}, x_i]
            out[i] = out[i - 1] + h * (y[i - 1] + y[i]) / 2 - h * h * h * (m[i - 1] + m[i]) / 24;
        }
        return out;
    }

    private static double[] secondDerivatives(double[] x, double[] y) {
        int n = x.length;
        double[] m = new double[n];
        if (n < 3) {
            return m;
        }
        double[] u = new double[n];
        for (int i = 1; i < n - 1; i++) {
            double sig = (x[i] - x[i - 1]) / (x[i + 1] - x[i - 1]);
            double p = sig * m[i - 1] + 2;
            m[i] = (sig - 1) / p;
            double d = (y[i + 1] - y[i]) / (x[i + 1] - x[i]) - (y[i] - y[i - 1]) / (x[i] - x[i - 1]);
            u[i] = (6 * d / (x[i + 1] - x[i - 1]) - sig * u[i - 1]) / p;
        }
        m[n - 1] = 0;
        for (int k = n - 2; k >= 0; k--) {
            m[k] = m[k] * m[k + 1] + u[k];
        }
        return m;
    }
}
