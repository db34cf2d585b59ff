package org.sublattice.plugin.eam;

/**
 * A function tabulated on a uniform grid and interpolated exactly as LAMMPS's {@code pair_style
 * eam} family does, so that energies agree with LAMMPS to rounding: a piecewise cubic whose knot
 * derivatives are the five-point central differences (f[m−2] − f[m+2] + 8(f[m+1] − f[m−1]))/12
 * (one-sided near the ends), the cubic on each interval fixed by the values and derivatives at
 * its ends; arguments beyond the last knot evaluate the last interval at its end (t clamped to 1).
 * The grid point m (1-based) sits at x = (m−1)·Δ. Immutable.
 */
final class LammpsTable {
    private final int n;
    private final double delta;
    private final double inverseDelta;
    /** Per knot m (1..n): c0..c6 at [7m .. 7m+6]: derivative coefficients c0..c2, value coefficients c3..c6. */
    private final double[] c;

    /**
     * @param values the n ≥ 5 tabulated values, values[0] at x = 0
     * @param delta grid spacing
     */
    LammpsTable(double[] values, double delta) {
        n = values.length;
        if (n < 5) {
            throw new IllegalArgumentException("a table needs at least 5 points, got " + n);
        }
        if (!(delta > 0)) {
            throw new IllegalArgumentException("grid spacing must be > 0, got " + delta);
        }
        this.delta = delta;
        this.inverseDelta = 1.0 / delta;
        c = new double[(n + 1) * 7];
        for (int m = 1; m <= n; m++) {
            c[7 * m + 6] = values[m - 1];
        }
        set(1, 5, f(2) - f(1));
        set(2, 5, 0.5 * (f(3) - f(1)));
        set(n - 1, 5, 0.5 * (f(n) - f(n - 2)));
        set(n, 5, f(n) - f(n - 1));
        for (int m = 3; m <= n - 2; m++) {
            set(m, 5, ((f(m - 2) - f(m + 2)) + 8.0 * (f(m + 1) - f(m - 1))) / 12.0);
        }
        for (int m = 1; m <= n - 1; m++) {
            set(m, 4, 3.0 * (f(m + 1) - f(m)) - 2.0 * get(m, 5) - get(m + 1, 5));
            set(m, 3, get(m, 5) + get(m + 1, 5) - 2.0 * (f(m + 1) - f(m)));
        }
        set(n, 4, 0.0);
        set(n, 3, 0.0);
        for (int m = 1; m <= n; m++) {
            set(m, 2, get(m, 5) / delta);
            set(m, 1, 2.0 * get(m, 4) / delta);
            set(m, 0, 3.0 * get(m, 3) / delta);
        }
    }

    private double f(int m) {
        return c[7 * m + 6];
    }

    private double get(int m, int k) {
        return c[7 * m + k];
    }

    private void set(int m, int k, double v) {
        c[7 * m + k] = v;
    }

    int size() {
        return n;
    }

    double delta() {
        return delta;
    }

    /** Largest tabulated argument, (n−1)·Δ. */
    double max() {
        return (n - 1) * delta;
    }

    /** Knot index for x (as LAMMPS: m = ⌊x/Δ + 1⌋ capped at n−1, at least {@code lowest}). */
    private int knot(double p, int lowest) {
        int m = (int) p;
        return Math.max(lowest, Math.min(m, n - 1));
    }

    /** Value at x ≥ 0 (radial functions: no lower clamp, as LAMMPS). */
    double value(double x) {
        double p = x * inverseDelta + 1.0;
        int m = knot(p, Integer.MIN_VALUE);
        p = Math.min(p - m, 1.0);
        int o = 7 * m;
        return ((c[o + 3] * p + c[o + 4]) * p + c[o + 5]) * p + c[o + 6];
    }

    /** d/dx at x ≥ 0. */
    double derivative(double x) {
        double p = x * inverseDelta + 1.0;
        int m = knot(p, Integer.MIN_VALUE);
        p = Math.min(p - m, 1.0);
        int o = 7 * m;
        return (c[o] * p + c[o + 1]) * p + c[o + 2];
    }

    /** Value for the embedding table: knot index at least 1, as LAMMPS does for ρ. */
    double embeddingValue(double x) {
        double p = x * inverseDelta + 1.0;
        int m = knot(p, 1);
        p = Math.min(p - m, 1.0);
        int o = 7 * m;
        return ((c[o + 3] * p + c[o + 4]) * p + c[o + 5]) * p + c[o + 6];
    }

    /** Derivative for the embedding table. */
    double embeddingDerivative(double x) {
        double p = x * inverseDelta + 1.0;
        int m = knot(p, 1);
        p = Math.min(p - m, 1.0);
        int o = 7 * m;
        return (c[o] * p + c[o + 1]) * p + c[o + 2];
    }
}
