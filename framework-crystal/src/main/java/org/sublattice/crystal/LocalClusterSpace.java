package org.sublattice.crystal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;

/**
 * Cluster orbits around a phenomenal cluster (a site, or the sites of a hop), for local cluster
 * expansions of properties attached to it (CASM's {@code local_max_length}): clusters of sites
 * within {@code cutoffRadius} of some phenomenal site, not containing phenomenal sites, with pairwise
 * distances up to the per-size maximum length, grouped into orbits under the phenomenal cluster's
 * invariant group (the factor-group operations, with their lattice translation, that map the
 * phenomenal sites onto themselves as a set). Clusters are anchored (no translation). Immutable.
 */
public final class LocalClusterSpace {
    /**
     * An orbit of local clusters.
     *
     * @param index stable index, 0 = the empty cluster (the constant term)
     * @param prototype the first cluster of the orbit (sorted sites)
     * @param members every cluster of the orbit, absolute coordinates
     * @param maxLength largest pairwise distance, Å
     * @param reach sum over the cluster's sites of their distances to every phenomenal site, Å
     *     (orders orbits of equal size and length from the closest outwards)
     */
    public record LocalOrbit(int index, List<SiteCoord> prototype, List<List<SiteCoord>> members, double maxLength, double reach) {
        public int size() {
            return prototype.size();
        }
    }

    private final List<SiteCoord> phenomenal;
    private final List<int[]> invariant;
    private final List<LocalOrbit> orbits;
    private final FactorGroup group;

    /**
     * @param group the prim's factor group
     * @param phenomenal the phenomenal sites (e.g. a hop's [from, to])
     * @param cutoffRadius how far (Å) from a phenomenal site a cluster site may be
     * @param maxLength max cluster diameter per size (index = size; 0 and 1 ignored)
     */
    public LocalClusterSpace(FactorGroup group, List<SiteCoord> phenomenal, double cutoffRadius, double[] maxLength) {
        this.group = Checks.notNull(group, "group");
        this.phenomenal = List.copyOf(Checks.noNulls(phenomenal, "phenomenal"));
        Checks.positive(cutoffRadius, "cutoffRadius");
        Prim prim = group.prim();
        this.invariant = invariantGroup();
        Set<SiteCoord> ph = new HashSet<>(this.phenomenal);
        Set<SiteCoord> candidates = new LinkedHashSet<>();
        for (Neighbour n : prim.neighbours(cutoffRadius + ClusterSpace.LENGTH_TOLERANCE)) {
            for (SiteCoord p : this.phenomenal) {
                if (n.from() == p.b()) {
                    SiteCoord c = new SiteCoord(n.to(), p.i() + n.i(), p.j() + n.j(), p.k() + n.k());
                    if (!ph.contains(c) && prim.basis().get(c.b()).isActive()) {
                        candidates.add(c);
                    }
                }
            }
        }
        List<SiteCoord> sites = new ArrayList<>(candidates);
        sites.sort(null);
        List<LocalOrbit> out = new ArrayList<>();
        out.add(new LocalOrbit(0, List.of(), List.of(List.of()), 0, 0));
        Set<List<SiteCoord>> seen = new HashSet<>();
        List<List<SiteCoord>> all = new ArrayList<>();
        for (SiteCoord s : sites) {
            all.add(List.of(s));
        }
        List<List<SiteCoord>> level = new ArrayList<>(all);
        addOrbits(level, seen, out, prim);
        for (int n = 2; n < maxLength.length; n++) {
            List<List<SiteCoord>> next = new ArrayList<>();
            for (List<SiteCoord> c : level) {
                SiteCoord last = c.get(c.size() - 1);
                for (SiteCoord s : sites) {
                    if (s.compareTo(last) <= 0) {
                        continue;
                    }
                    List<SiteCoord> bigger = new ArrayList<>(c);
                    bigger.add(s);
                    if (Clusters.maxLength(prim, bigger) <= maxLength[n] + ClusterSpace.LENGTH_TOLERANCE) {
                        next.add(List.copyOf(bigger));
                    }
                }
            }
            addOrbits(next, seen, out, prim);
            level = next;
        }
        List<LocalOrbit> sorted = new ArrayList<>(out.subList(1, out.size()));
        sorted.sort(Comparator.comparingInt(LocalOrbit::size).thenComparingDouble(o -> Math.rint(o.maxLength() * 1e5))
                .thenComparingDouble(o -> Math.rint(o.reach() * 1e5)).thenComparing(LocalOrbit::prototype, Clusters.ORDER));
        List<LocalOrbit> indexed = new ArrayList<>(List.of(out.get(0)));
        for (LocalOrbit o : sorted) {
            indexed.add(new LocalOrbit(indexed.size(), o.prototype(), o.members(), o.maxLength(), o.reach()));
        }
        this.orbits = List.copyOf(indexed);
    }

    private void addOrbits(List<List<SiteCoord>> clusters, Set<List<SiteCoord>> seen, List<LocalOrbit> out, Prim prim) {
        for (List<SiteCoord> c : clusters) {
            if (seen.contains(c)) {
                continue;
            }
            Set<List<SiteCoord>> members = new HashSet<>();
            for (int[] g : invariant) {
                List<SiteCoord> img = new ArrayList<>();
                for (SiteCoord s : c) {
                    img.add(group.apply(g[0], s).translate(g[1], g[2], g[3]));
                }
                img.sort(null);
                members.add(List.copyOf(img));
            }
            seen.addAll(members);
            List<List<SiteCoord>> m = new ArrayList<>(members);
            m.sort(Clusters.ORDER);
            double reach = 0;
            for (SiteCoord s : c) {
                for (SiteCoord p : phenomenal) {
                    reach += Clusters.distance(prim, s, p);
                }
            }
            out.add(new LocalOrbit(0, m.get(0), List.copyOf(m), Clusters.maxLength(prim, c), reach));
        }
    }

    /** Operations (index, translation) mapping the phenomenal sites onto themselves as a set. */
    private List<int[]> invariantGroup() {
        Set<SiteCoord> target = new HashSet<>(phenomenal);
        List<int[]> out = new ArrayList<>();
        for (int op = 0; op < group.size(); op++) {
            SiteCoord first = group.apply(op, phenomenal.get(0));
            for (SiteCoord t : phenomenal) {
                if (t.b() != first.b()) {
                    continue;
                }
                int di = t.i() - first.i();
                int dj = t.j() - first.j();
                int dk = t.k() - first.k();
                boolean ok = true;
                for (SiteCoord p : phenomenal) {
                    ok &= target.contains(group.apply(op, p).translate(di, dj, dk));
                }
                if (ok) {
                    out.add(new int[] {op, di, dj, dk});
                }
            }
        }
        return List.copyOf(out);
    }

    /** The invariant group as {operation index, di, dj, dk}: apply the operation, then translate. */
    public List<int[]> invariant() {
        return invariant;
    }

    public FactorGroup group() {
        return group;
    }

    public List<SiteCoord> phenomenal() {
        return phenomenal;
    }

    /** Order of the phenomenal cluster's invariant group. */
    public int invariantGroupOrder() {
        return invariant.size();
    }

    public List<LocalOrbit> orbits() {
        return orbits;
    }
}
