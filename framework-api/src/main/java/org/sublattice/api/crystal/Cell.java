package org.sublattice.api.crystal;

import org.sublattice.api.Checks;

/**
 * Three lattice vectors (rows a, b, c, Cartesian Å) spanning a right- or left-handed cell of
 * non-zero volume. Immutable.
 */
public record Cell(Vec3 a, Vec3 b, Vec3 c) {
    /** Cells thinner than this volume (Å³) are rejected as degenerate. */
    public static final double MIN_VOLUME = 1e-6;

    public Cell {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        Checks.notNull(c, "c");
        double v = a.dot(b.cross(c));
        if (Math.abs(v) < MIN_VOLUME) {
            throw new IllegalArgumentException("lattice vectors " + a + ", " + b + ", " + c
                    + " span a degenerate cell (volume " + v + " Å³)");
        }
    }

    /** Cubic cell of edge {@code a}. */
    public static Cell cubic(double a) {
        return new Cell(new Vec3(a, 0, 0), new Vec3(0, a, 0), new Vec3(0, 0, a));
    }

    /** The i-th lattice vector (0, 1, 2). */
    public Vec3 vector(int i) {
        return switch (i) {
            case 0 -> a;
            case 1 -> b;
            case 2 -> c;
            default -> throw new IndexOutOfBoundsException("lattice vector " + i);
        };
    }

    /** Signed volume a·(b×c) in Å³. */
    public double volume() {
        return a.dot(b.cross(c));
    }

    /** Cartesian position of fractional coordinates {@code f}. */
    public Vec3 toCartesian(Vec3 f) {
        return a.times(f.x()).plus(b.times(f.y())).plus(c.times(f.z()));
    }

    /** Fractional coordinates of Cartesian position {@code r}. */
    public Vec3 toFractional(Vec3 r) {
        double v = volume();
        Vec3 ra = b.cross(c).times(1 / v);
        Vec3 rb = c.cross(a).times(1 / v);
        Vec3 rc = a.cross(b).times(1 / v);
        return new Vec3(r.dot(ra), r.dot(rb), r.dot(rc));
    }
}
