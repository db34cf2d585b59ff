package org.sublattice.crystal;

import java.util.ArrayList;
import java.util.Arrays;
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
 * The cluster orbits and cluster functions of a prim up to given maximum cluster diameters per
 * cluster size (CASM's {@code periodic_max_length} branch specs).
 *
 * <p>Orbits are generated branch by branch: every cluster of size n contains a cluster of size
 * n−1 equivalent to an orbit prototype, so extending each prototype of branch n−1 by every site
 * within the cutoff and closing the new clusters under the factor group finds every orbit of
 * branch n. Only sites with more than one allowed occupant take part. Orbits are ordered by size,
 * maximum length, minimum length and prototype, which makes their indices stable.
 *
 * <p>A cluster function decorates each site of a cluster with one of its site's M−1 non-constant
 * basis functions; decorated clusters are grouped into function orbits under the factor group.
 * Function 0 is the empty cluster. Immutable and thread-safe.
 */
public final class ClusterSpace {
    /** Two cluster lengths closer than this (Å) count as equal for ordering and cutoffs. */
    public static final double LENGTH_TOLERANCE = 1e-5;

    /** A site of a decorated cluster: which site, and which of its basis functions (1 … M−1). */
    public record DecoratedSite(SiteCoord site, int function) implements Comparable<DecoratedSite> {
        @Override
        public int compareTo(DecoratedSite o) {
            int c = site.compareTo(o.site);
            return c != 0 ? c : Integer.compare(function, o.function);
        }
    }

    /**
     * An orbit of clusters.
     *
     * @param index stable index, 0 = empty cluster
     * @param prototype canonical prototype cluster
     * @param multiplicity distinct clusters per primitive cell
     * @param maxLength largest pairwise distance, Å
     * @param minLength smallest pairwise distance, Å
     * @param clusters every canonical cluster of the orbit
     */
    public record Orbit(int index, List<SiteCoord> prototype, int multiplicity, double maxLength, double minLength,
            List<List<SiteCoord>> clusters) {
        public int size() {
            return prototype.size();
        }
    }

    /**
     * A cluster function orbit: the decorated clusters equivalent to a prototype decoration.
     *
     * @param index stable index, 0 = empty cluster (constant)
     * @param orbit index of the cluster orbit it decorates
     * @param prototype canonical decorated prototype
     * @param multiplicity distinct decorated clusters per primitive cell
     * @param members every canonical decorated cluster
     */
    public record Function(int index, int orbit, List<DecoratedSite> prototype, int multiplicity,
            List<List<DecoratedSite>> members) {
        public int size() {
            return prototype.size();
        }
    }

    private final Prim prim;
    private final FactorGroup group;
    private final double[] maxLength;
    private final List<Orbit> orbits;
    private final List<Function> functions;

    /**
     * @param group the prim's factor group
     * @param maxLength maximum cluster diameter (Å) for clusters of size n at index n; entries 0
     *     and 1 are ignored (the empty cluster and all points are always included); sizes beyond
     *     the array are excluded
     */
    public ClusterSpace(FactorGroup group, double[] maxLength) {
        this.group = Checks.notNull(group, "group");
        this.prim = group.prim();
        this.maxLength = Checks.notNull(maxLength, "maxLength").clone();
        for (int n = 2; n < maxLength.length; n++) {
            if (!(maxLength[n] > 0)) {
                throw new IllegalArgumentException("max length of " + n + "-site clusters must be > 0 Å, got " + maxLength[n]);
            }
        }
        this.orbits = generateOrbits();
        this.functions = generateFunctions();
    }

    public FactorGroup group() {
        return group;
    }

    public Prim prim() {
        return prim;
    }

    public List<Orbit> orbits() {
        return orbits;
    }

    public List<Function> functions() {
        return functions;
    }

    /** The branch specs this space was built with. */
    public double[] maxLengths() {
        return maxLength.clone();
    }

    private List<Orbit> generateOrbits() {
        List<List<SiteCoord>> prototypes = new ArrayList<>();
        List<List<List<SiteCoord>>> members = new ArrayList<>();
        prototypes.add(List.of());
        members.add(List.of(List.of()));
        Set<List<SiteCoord>> seen = new HashSet<>();
        List<List<SiteCoord>> previous = new ArrayList<>();
        for (int b = 0; b < prim.size(); b++) {
            if (!prim.basis().get(b).isActive()) {
                continue;
            }
            List<SiteCoord> c = List.of(new SiteCoord(b, 0, 0, 0));
            if (!seen.contains(c)) {
                List<List<SiteCoord>> orbit = close(c);
                seen.addAll(orbit);
                prototypes.add(orbit.get(0));
                members.add(orbit);
                previous.add(orbit.get(0));
            }
        }
        double cutoff = 0;
        for (int n = 2; n < maxLength.length; n++) {
            cutoff = Math.max(cutoff, maxLength[n]);
        }
        List<List<Neighbour>> neighboursOf = new ArrayList<>();
        List<Neighbour> all = cutoff > 0 ? prim.neighbours(cutoff + LENGTH_TOLERANCE) : List.of();
        for (int b = 0; b < prim.size(); b++) {
            int bb = b;
            neighboursOf.add(all.stream().filter(x -> x.from() == bb && prim.basis().get(x.to()).isActive()).toList());
        }
        for (int n = 2; n < maxLength.length; n++) {
            List<List<SiteCoord>> next = new ArrayList<>();
            double limit = maxLength[n] + LENGTH_TOLERANCE;
            for (List<SiteCoord> proto : previous) {
                Set<SiteCoord> candidates = new LinkedHashSet<>();
                for (SiteCoord p : proto) {
                    for (Neighbour nb : neighboursOf.get(p.b())) {
                        if (nb.distance() <= limit) {
                            candidates.add(new SiteCoord(nb.to(), p.i() + nb.i(), p.j() + nb.j(), p.k() + nb.k()));
                        }
                    }
                }
                for (SiteCoord s : candidates) {
                    if (proto.contains(s)) {
                        continue;
                    }
                    List<SiteCoord> c = new ArrayList<>(proto);
                    c.add(s);
                    if (Clusters.maxLength(prim, c) > limit) {
                        continue;
                    }
                    List<SiteCoord> canon = Clusters.canonical(c);
                    if (seen.contains(canon)) {
                        continue;
                    }
                    List<List<SiteCoord>> orbit = close(canon);
                    seen.addAll(orbit);
                    prototypes.add(orbit.get(0));
                    members.add(orbit);
                    next.add(orbit.get(0));
                }
            }
            previous = next;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < prototypes.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> cmp = Comparator.comparingInt((Integer i) -> prototypes.get(i).size())
                .thenComparingDouble(i -> round(Clusters.maxLength(prim, prototypes.get(i))))
                .thenComparingDouble(i -> round(Clusters.minLength(prim, prototypes.get(i))))
                .thenComparing(prototypes::get, Clusters.ORDER);
        order.sort(cmp);
        List<Orbit> out = new ArrayList<>();
        for (int i : order) {
            List<SiteCoord> p = prototypes.get(i);
            out.add(new Orbit(out.size(), p, members.get(i).size(), Clusters.maxLength(prim, p), Clusters.minLength(prim, p),
                    members.get(i)));
        }
        return List.copyOf(out);
    }

    private static double round(double x) {
        return Math.rint(x / LENGTH_TOLERANCE) * LENGTH_TOLERANCE;
    }

    /** All canonical images of a cluster under the factor group, sorted, prototype = first. */
    private List<List<SiteCoord>> close(List<SiteCoord> cluster) {
        Set<List<SiteCoord>> images = new HashSet<>();
        for (int op = 0; op < group.size(); op++) {
            List<SiteCoord> img = new ArrayList<>(cluster.size());
            for (SiteCoord s : cluster) {
                img.add(group.apply(op, s));
            }
            images.add(Clusters.canonical(img));
        }
        List<List<SiteCoord>> sorted = new ArrayList<>(images);
        sorted.sort(Clusters.ORDER);
        return List.copyOf(sorted);
    }

    private List<Function> generateFunctions() {
        List<Function> out = new ArrayList<>();
        for (Orbit orbit : orbits) {
            List<SiteCoord> proto = orbit.prototype();
            int[] counts = new int[proto.size()];
            for (int j = 0; j < counts.length; j++) {
                counts[j] = prim.basis().get(proto.get(j).b()).occupants().size() - 1;
            }
            Set<List<DecoratedSite>> seen = new HashSet<>();
            int[] k = new int[proto.size()];
            Arrays.fill(k, 1);
            while (true) {
                List<DecoratedSite> d = new ArrayList<>();
                for (int j = 0; j < k.length; j++) {
                    d.add(new DecoratedSite(proto.get(j), k[j]));
                }
                List<DecoratedSite> canon = canonicalDecorated(d);
                if (!seen.contains(canon)) {
                    List<List<DecoratedSite>> members = closeDecorated(canon);
                    seen.addAll(members);
                    out.add(new Function(out.size(), orbit.index(), members.get(0), members.size(), members));
                }
                int j = k.length - 1;
                while (j >= 0 && ++k[j] > counts[j]) {
                    k[j] = 1;
                    j--;
                }
                if (j < 0) {
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private List<List<DecoratedSite>> closeDecorated(List<DecoratedSite> d) {
        Set<List<DecoratedSite>> images = new HashSet<>();
        for (int op = 0; op < group.size(); op++) {
            List<DecoratedSite> img = new ArrayList<>(d.size());
            for (DecoratedSite s : d) {
                img.add(new DecoratedSite(group.apply(op, s.site()), s.function()));
            }
            images.add(canonicalDecorated(img));
        }
        List<List<DecoratedSite>> sorted = new ArrayList<>(images);
        sorted.sort(DECORATED_ORDER);
        return List.copyOf(sorted);
    }

    /** Canonical form of a decorated cluster under translations. */
    public static List<DecoratedSite> canonicalDecorated(List<DecoratedSite> d) {
        if (d.isEmpty()) {
            return List.of();
        }
        List<DecoratedSite> s = new ArrayList<>(d);
        s.sort(null);
        SiteCoord first = s.get(0).site();
        List<DecoratedSite> out = new ArrayList<>(s.size());
        for (DecoratedSite x : s) {
            out.add(new DecoratedSite(x.site().translate(-first.i(), -first.j(), -first.k()), x.function()));
        }
        return List.copyOf(out);
    }

    private static final Comparator<List<DecoratedSite>> DECORATED_ORDER = (a, b) -> {
        int c = Integer.compare(a.size(), b.size());
        for (int i = 0; c == 0 && i < a.size(); i++) {
            c = a.get(i).compareTo(b.get(i));
        }
        return c;
    };
}
