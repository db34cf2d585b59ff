package org.sublattice.plugin.clex.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lower convex hull of points (x, E) of one composition variable, by Andrew's monotone chain
 * (Inf. Process. Lett. 9, 216 (1979)): its vertices are the ground states, the hull energy at any
 * x is the linear interpolation between neighbouring vertices, and a point's hull distance is
 * its height above it (≥ 0; 0 for vertices and points on a hull facet). Points within
 * {@link #TOLERANCE} of the hull count as on it. Immutable.
 */
public final class ConvexHull {
    /** Energies (eV per site) within this of the hull are on it. */
    public static final double TOLERANCE = 1e-9;

    private final double[] x;
    private final double[] e;
    private final int[] vertices;

    /** @param x compositions; @param e energies; equal length, at least one point, finite */
    public ConvexHull(double[] x, double[] e) {
        if (x.length != e.length || x.length == 0) {
            throw new IllegalArgumentException("a hull needs equally many compositions and energies, at least one");
        }
        this.x = x.clone();
        this.e = e.clone();
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(e[i])) {
                throw new IllegalArgumentException("point " + i + " (" + x[i] + ", " + e[i] + ") is not finite");
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(e[a], e[b]));
        List<Integer> lower = new ArrayList<>();
        for (int i : order) {
            if (!lower.isEmpty() && x[lower.get(lower.size() - 1)] == x[i]) {
                continue; // a higher energy at the same composition
            }
            while (lower.size() >= 2 && cross(lower.get(lower.size() - 2), lower.get(lower.size() - 1), i) <= 0) {
                lower.remove(lower.size() - 1);
            }
            lower.add(i);
        }
        this.vertices = lower.stream().mapToInt(Integer::intValue).toArray();
    }

    /** (b − a) × (c − a): positive for a left (convex-from-below) turn. */
    private double cross(int a, int b, int c) {
        return (x[b] - x[a]) * (e[c] - e[a]) - (e[b] - e[a]) * (x[c] - x[a]);
    }

    /** Indices of the hull vertices, by increasing x. */
    public int[] vertices() {
        return vertices.clone();
    }

    /** The hull energy at composition {@code at}, within the range of the points; NaN outside. */
    public double energyAt(double at) {
        if (at < x[vertices[0]] || at > x[vertices[vertices.length - 1]]) {
            return Double.NaN;
        }
        for (int k = 0; k + 1 < vertices.length; k++) {
            double x0 = x[vertices[k]];
            double x1 = x[vertices[k + 1]];
            if (at >= x0 && at <= x1) {
                return e[vertices[k]] + (e[vertices[k + 1]] - e[vertices[k]]) * (at - x0) / (x1 - x0);
            }
        }
        return e[vertices[0]];
    }

    /** Height of point i above the hull (0 on it). */
    public double distance(int i) {
        double d = e[i] - energyAt(x[i]);
        return d < TOLERANCE ? 0 : d;
    }

    /** Whether point i lies on the hull (a vertex, or on a facet). */
    public boolean onHull(int i) {
        return distance(i) == 0;
    }
}
