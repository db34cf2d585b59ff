package org.sublattice.crystal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;

/**
 * Symmetry-distinct hops (ordered site pairs "from → to") between sites that can change occupant,
 * up to a number of neighbour shells, each with all its equivalents. Equivalents are listed with
 * the starting site in the origin cell, so a hop from any site s is an equivalent translated to s.
 */
public final class Hops {
    private Hops() {
    }

    /**
     * A hop orbit.
     *
     * @param index stable index (ordered by distance, then prototype)
     * @param prototype the canonical prototype, [from, to]
     * @param distance hop length, Å
     * @param shell neighbour shell of the hop distance (1 = nearest)
     * @param fromSublattice sublattice label of the start site
     * @param toSublattice sublattice label of the end site
     * @param equivalents every hop of the orbit with its start site in the origin cell
     */
    public record HopOrbit(int index, List<SiteCoord> prototype, double distance, int shell, String fromSublattice,
            String toSublattice, List<List<SiteCoord>> equivalents) {
    }

    /** Distinct hops up to {@code shells} neighbour shells (shells counted over the whole prim). */
    public static List<HopOrbit> prototypes(FactorGroup group, int shells) {
        Checks.notNull(group, "group");
        Prim prim = group.prim();
        double[] radii = prim.shellDistances(shells);
        List<Neighbour> ns = prim.neighbours(radii[shells - 1] + Neighbour.SHELL_TOLERANCE);
        Set<List<SiteCoord>> seen = new HashSet<>();
        List<HopOrbit> out = new ArrayList<>();
        for (Neighbour n : ns) {
            if (!prim.basis().get(n.from()).isActive() || !prim.basis().get(n.to()).isActive()) {
                continue;
            }
            List<SiteCoord> hop = List.of(new SiteCoord(n.from(), 0, 0, 0), new SiteCoord(n.to(), n.i(), n.j(), n.k()));
            if (seen.contains(hop)) {
                continue;
            }
            Set<List<SiteCoord>> orbit = new HashSet<>();
            for (int op = 0; op < group.size(); op++) {
                SiteCoord a = group.apply(op, hop.get(0));
                SiteCoord b = group.apply(op, hop.get(1));
                orbit.add(List.of(new SiteCoord(a.b(), 0, 0, 0), b.translate(-a.i(), -a.j(), -a.k())));
            }
            seen.addAll(orbit);
            List<List<SiteCoord>> sorted = new ArrayList<>(orbit);
            sorted.sort(Clusters.ORDER);
            int shell = 1;
            while (shell < radii.length && n.distance() > radii[shell - 1] + Neighbour.SHELL_TOLERANCE) {
                shell++;
            }
            out.add(new HopOrbit(0, sorted.get(0), n.distance(), shell, prim.basis().get(n.from()).sublattice(),
                    prim.basis().get(n.to()).sublattice(), List.copyOf(sorted)));
        }
        out.sort(java.util.Comparator.comparingDouble(HopOrbit::distance).thenComparing(HopOrbit::prototype, Clusters.ORDER));
        List<HopOrbit> indexed = new ArrayList<>();
        for (HopOrbit h : out) {
            indexed.add(new HopOrbit(indexed.size(), h.prototype(), h.distance(), h.shell(), h.fromSublattice(), h.toSublattice(),
                    h.equivalents()));
        }
        return List.copyOf(indexed);
    }
}
