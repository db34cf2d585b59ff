package org.sublattice.api.crystal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sublattice.api.Checks;

/**
 * A primitive (or conventional) cell with its basis sites: the parent crystal a cluster expansion
 * and a Monte Carlo supercell are built on. Immutable; validates that no two sites overlap.
 *
 * @param name human-readable name, e.g. {@code B32 LiAl}
 * @param cell lattice vectors
 * @param basis basis sites, at least one
 */
public record Prim(String name, Cell cell, List<Site> basis) {
    /** Two sites closer than this (Å), periodic images included, overlap. */
    public static final double OVERLAP_TOLERANCE = 1e-3;

    public Prim {
        Checks.notNull(name, "name");
        Checks.notNull(cell, "cell");
        basis = List.copyOf(Checks.noNulls(basis, "basis"));
        if (basis.isEmpty()) {
            throw new IllegalArgumentException("prim '" + name + "' has no basis sites");
        }
        for (int i = 0; i < basis.size(); i++) {
            for (int j = i + 1; j < basis.size(); j++) {
                double d = periodicDistance(cell, basis.get(i).position(), basis.get(j).position());
                if (d < OVERLAP_TOLERANCE) {
                    throw new IllegalArgumentException("sites " + i + " " + basis.get(i).position() + " and " + j
                            + " " + basis.get(j).position() + " of prim '" + name + "' overlap (distance " + d + " Å)");
                }
            }
        }
    }

    /** Number of basis sites. */
    public int size() {
        return basis.size();
    }

    /** Distinct sublattice labels in basis order. */
    public List<String> sublattices() {
        Set<String> labels = new LinkedHashSet<>();
        for (Site s : basis) {
            labels.add(s.sublattice());
        }
        return List.copyOf(labels);
    }

    /** Every species that can occur on some site, in first-seen order. */
    public List<String> species() {
        Set<String> all = new LinkedHashSet<>();
        for (Site s : basis) {
            all.addAll(s.occupants());
        }
        return List.copyOf(all);
    }

    /** Cartesian position of basis site {@code b} translated by lattice vector (i, j, k). */
    public Vec3 position(int b, int i, int j, int k) {
        Vec3 f = basis.get(b).position();
        return cell.toCartesian(new Vec3(f.x() + i, f.y() + j, f.z() + k));
    }

    /**
     * Every neighbour (site b2 in cell (i,j,k) of site b in cell 0) at distance in (0, cutoff],
     * sorted by distance.
     */
    public List<Neighbour> neighbours(double cutoff) {
        Checks.positive(cutoff, "cutoff");
        int[] range = translationRange(cutoff);
        List<Neighbour> out = new ArrayList<>();
        for (int b = 0; b < basis.size(); b++) {
            Vec3 r0 = position(b, 0, 0, 0);
            for (int b2 = 0; b2 < basis.size(); b2++) {
                for (int i = -range[0]; i <= range[0]; i++) {
                    for (int j = -range[1]; j <= range[1]; j++) {
                        for (int k = -range[2]; k <= range[2]; k++) {
                            double d = position(b2, i, j, k).minus(r0).norm();
                            if (d > OVERLAP_TOLERANCE && d <= cutoff + Neighbour.SHELL_TOLERANCE) {
                                out.add(new Neighbour(b, b2, i, j, k, d));
                            }
                        }
                    }
                }
            }
        }
        out.sort(Neighbour.BY_DISTANCE);
        return List.copyOf(out);
    }

    /**
     * Distinct neighbour distances (shell radii) up to {@code count} shells, over all basis sites.
     */
    public double[] shellDistances(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("shell count must be >= 1, got " + count);
        }
        double cutoff = Math.cbrt(Math.abs(cell.volume()) / basis.size());
        while (true) {
            List<Neighbour> ns = neighbours(cutoff);
            double[] shells = Neighbour.distinctDistances(ns);
            if (shells.length > count) {
                double[] out = new double[count];
                System.arraycopy(shells, 0, out, 0, count);
                return out;
            }
            cutoff *= 1.5;
        }
    }

    private int[] translationRange(double cutoff) {
        // Number of cells needed along each axis: cutoff divided by the spacing of lattice planes.
        double v = Math.abs(cell.volume());
        int[] r = new int[3];
        for (int a = 0; a < 3; a++) {
            Vec3 other = cell.vector((a + 1) % 3).cross(cell.vector((a + 2) % 3));
            double spacing = v / other.norm();
            r[a] = (int) Math.ceil(cutoff / spacing) + 1;
        }
        return r;
    }

    static double periodicDistance(Cell cell, Vec3 f1, Vec3 f2) {
        double best = Double.MAX_VALUE;
        Vec3 d = f2.minus(f1);
        Vec3 w = new Vec3(d.x() - Math.rint(d.x()), d.y() - Math.rint(d.y()), d.z() - Math.rint(d.z()));
        for (int i = -1; i <= 1; i++) {
            for (int j = -1; j <= 1; j++) {
                for (int k = -1; k <= 1; k++) {
                    double n = cell.toCartesian(new Vec3(w.x() + i, w.y() + j, w.z() + k)).norm();
                    best = Math.min(best, n);
                }
            }
        }
        return best;
    }
}
