package org.sublattice.api.crystal;

/**
 * Integral coordinates of a site of the infinite crystal: basis site {@code b} in the prim cell
 * translated by (i, j, k) (CASM's [b, i, j, k]). Immutable; ordered by b, then i, j, k.
 */
public record SiteCoord(int b, int i, int j, int k) implements Comparable<SiteCoord> {
    public SiteCoord {
        if (b < 0) {
            throw new IllegalArgumentException("basis index must be >= 0, got " + b);
        }
    }

    /** This site translated by (di, dj, dk). */
    public SiteCoord translate(int di, int dj, int dk) {
        return new SiteCoord(b, i + di, j + dj, k + dk);
    }

    @Override
    public int compareTo(SiteCoord o) {
        int c = Integer.compare(b, o.b);
        if (c == 0) {
            c = Integer.compare(i, o.i);
        }
        if (c == 0) {
            c = Integer.compare(j, o.j);
        }
        return c != 0 ? c : Integer.compare(k, o.k);
    }

    @Override
    public String toString() {
        return "[" + b + ", " + i + ", " + j + ", " + k + "]";
    }
}
