package org.sublattice.crystal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;

/** Operations on clusters given as lists of integral site coordinates. */
public final class Clusters {
    private Clusters() {
    }

    /** Lexicographic order of clusters of equal size, site by site. */
    public static final Comparator<List<SiteCoord>> ORDER = (a, b) -> {
        int c = Integer.compare(a.size(), b.size());
        for (int i = 0; c == 0 && i < a.size(); i++) {
            c = a.get(i).compareTo(b.get(i));
        }
        return c;
    };

    /**
     * Canonical form under translations: sites sorted, then translated so the first site lies in
     * the origin cell. Two clusters are translation-equivalent iff their canonical forms are equal.
     */
    public static List<SiteCoord> canonical(List<SiteCoord> cluster) {
        if (cluster.isEmpty()) {
            return List.of();
        }
        List<SiteCoord> s = new ArrayList<>(cluster);
        s.sort(null);
        SiteCoord first = s.get(0);
        List<SiteCoord> out = new ArrayList<>(s.size());
        for (SiteCoord c : s) {
            out.add(c.translate(-first.i(), -first.j(), -first.k()));
        }
        return List.copyOf(out);
    }

    /** Largest pairwise distance (Å); 0 for fewer than two sites. */
    public static double maxLength(Prim prim, List<SiteCoord> cluster) {
        double max = 0;
        for (int a = 0; a < cluster.size(); a++) {
            for (int b = a + 1; b < cluster.size(); b++) {
                max = Math.max(max, distance(prim, cluster.get(a), cluster.get(b)));
            }
        }
        return max;
    }

    /** Smallest pairwise distance (Å); 0 for fewer than two sites. */
    public static double minLength(Prim prim, List<SiteCoord> cluster) {
        double min = Double.MAX_VALUE;
        for (int a = 0; a < cluster.size(); a++) {
            for (int b = a + 1; b < cluster.size(); b++) {
                min = Math.min(min, distance(prim, cluster.get(a), cluster.get(b)));
            }
        }
        return cluster.size() < 2 ? 0 : min;
    }

    /** Cartesian distance between two sites (Å). */
    public static double distance(Prim prim, SiteCoord a, SiteCoord b) {
        return prim.position(a.b(), a.i(), a.j(), a.k()).minus(prim.position(b.b(), b.i(), b.j(), b.k())).norm();
    }
}
