package org.sublattice.api.crystal;

import java.util.Comparator;
import java.util.List;

/**
 * A neighbour relation in a prim: basis site {@code to} in the cell translated by (i, j, k) seen
 * from basis site {@code from} in the origin cell, at Cartesian distance {@code distance} (Å).
 */
public record Neighbour(int from, int to, int i, int j, int k, double distance) {
    /** Distances closer than this (Å) belong to the same shell. */
    public static final double SHELL_TOLERANCE = 1e-4;

    static final Comparator<Neighbour> BY_DISTANCE = Comparator.comparingDouble(Neighbour::distance)
            .thenComparingInt(Neighbour::from).thenComparingInt(Neighbour::to)
            .thenComparingInt(Neighbour::i).thenComparingInt(Neighbour::j).thenComparingInt(Neighbour::k);

    public Neighbour {
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("basis indices must be >= 0, got " + from + ", " + to);
        }
    }

    /** Sorted distinct distances of the given neighbours, merged within {@link #SHELL_TOLERANCE}. */
    public static double[] distinctDistances(List<Neighbour> neighbours) {
        double[] d = neighbours.stream().mapToDouble(Neighbour::distance).sorted().toArray();
        int n = 0;
        for (int i = 0; i < d.length; i++) {
            if (n == 0 || d[i] - d[n - 1] > SHELL_TOLERANCE) {
                d[n++] = d[i];
            }
        }
        double[] out = new double[n];
        System.arraycopy(d, 0, out, 0, n);
        return out;
    }
}
