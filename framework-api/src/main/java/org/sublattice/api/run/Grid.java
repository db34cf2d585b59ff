package org.sublattice.api.run;

import java.util.Arrays;
import org.sublattice.api.Checks;

/**
 * An ordered, non-empty list of values of one swept quantity. In YAML a grid is a number, a list
 * of numbers, or {@code {from, to, step}} / {@code {from, to, points}} (both ends included).
 * Immutable.
 */
public final class Grid {
    /** Relative slack so that {@code to} is included despite rounding of {@code step}. */
    public static final double END_TOLERANCE = 1e-9;
    /** Largest number of points a range may produce. */
    public static final int MAX_POINTS = 1_000_000;

    private final double[] values;

    private Grid(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a grid needs at least one value");
        }
        for (double v : values) {
            Checks.finite(v, "grid value");
        }
        this.values = values;
    }

    /** The given values, in order. */
    public static Grid of(double... values) {
        return new Grid(values.clone());
    }

    /** from, from+step, … up to and including {@code to} (step may be negative). */
    public static Grid range(double from, double to, double step) {
        if (step == 0 || !Double.isFinite(step)) {
            throw new IllegalArgumentException("grid step must be non-zero and finite, got " + step);
        }
        if ((to - from) / step < -END_TOLERANCE) {
            throw new IllegalArgumentException("grid step " + step + " never reaches " + to + " from " + from);
        }
        double n = Math.floor((to - from) / step + END_TOLERANCE * Math.max(1, Math.abs((to - from) / step)));
        if (n + 1 > MAX_POINTS) {
            throw new IllegalArgumentException("grid from " + from + " to " + to + " step " + step + " has "
                    + (long) (n + 1) + " points, more than " + MAX_POINTS);
        }
        double[] v = new double[(int) n + 1];
        for (int i = 0; i < v.length; i++) {
            v[i] = tidy(from + i * step, step);
        }
        return new Grid(v);
    }

    /** {@code points} values evenly spaced from {@code from} to {@code to} inclusive. */
    public static Grid linspace(double from, double to, int points) {
        if (points < 1 || points > MAX_POINTS) {
            throw new IllegalArgumentException("grid points must be 1.." + MAX_POINTS + ", got " + points);
        }
        double[] v = new double[points];
        for (int i = 0; i < points; i++) {
            v[i] = points == 1 ? from : from + (to - from) * i / (points - 1);
        }
        return new Grid(v);
    }

    /** Removes the rounding noise of from + i·step (0.05000000000000002 → 0.05) far below the step. */
    private static double tidy(double v, double step) {
        double quantum = Math.abs(step) * 1e-9;
        // Scale by an exact power of ten and divide back: division is correctly rounded, so
        // 0.1 comes back as the double nearest 0.1.
        double inverse = Math.pow(10, -Math.floor(Math.log10(quantum)));
        return Math.rint(v * inverse) / inverse;
    }

    public int size() {
        return values.length;
    }

    public double get(int i) {
        return values[i];
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grid g && Arrays.equals(g.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
