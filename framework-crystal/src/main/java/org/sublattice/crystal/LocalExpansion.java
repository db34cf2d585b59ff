package org.sublattice.crystal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sublattice.api.Checks;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.Supercell;

/**
 * A local cluster expansion of a property attached to a phenomenal cluster (a hop's kinetically
 * resolved barrier, an attempt frequency): value = Σ_f V_f Σ_{decorated clusters c of f} Π φ(s),
 * summed, not averaged, over the local function orbits around the phenomenal cluster. Functions
 * decorate each site of a local orbit's prototype with one of its M−1 site functions and are
 * grouped under the phenomenal cluster's invariant group; function 0 is the constant.
 *
 * <p>To evaluate at an event elsewhere in a crystal, {@link #place} maps the prototype's sites with
 * the factor-group operation and translation that carry the prototype phenomenal cluster onto the
 * event, and binds them to supercell indices; {@link Placement#value(byte[])} then allocates
 * nothing. Immutable and thread-safe.
 */
public final class LocalExpansion {
    private final LocalClusterSpace space;
    private final SiteBasis basis;
    /** Per function: its decorated member clusters. */
    private final List<List<List<ClusterSpace.DecoratedSite>>> functions = new ArrayList<>();
    private final double[] eci;

    /**
     * @param eci one coefficient per function (see {@link #functionCount()}), in the property's unit
     * @throws InvalidInputException if the number of coefficients differs from the number of functions
     */
    public LocalExpansion(LocalClusterSpace space, SiteBasis basis, double[] eci) {
        this.space = Checks.notNull(space, "space");
        this.basis = Checks.notNull(basis, "basis");
        for (LocalClusterSpace.LocalOrbit o : space.orbits()) {
            decorate(o);
        }
        if (eci.length != functions.size()) {
            throw new InvalidInputException("local expansion around " + space.phenomenal() + " has " + functions.size()
                    + " functions, got " + eci.length + " coefficients");
        }
        this.eci = eci.clone();
    }

    /** Number of local functions (coefficients). */
    public static int functionCount(LocalClusterSpace space) {
        int n = 0;
        for (LocalClusterSpace.LocalOrbit o : space.orbits()) {
            n += decorations(space, o).size();
        }
        return n;
    }

    private void decorate(LocalClusterSpace.LocalOrbit o) {
        functions.addAll(decorations(space, o));
    }

    private static List<List<List<ClusterSpace.DecoratedSite>>> decorations(LocalClusterSpace space, LocalClusterSpace.LocalOrbit o) {
        List<List<List<ClusterSpace.DecoratedSite>>> out = new ArrayList<>();
        if (o.size() == 0) {
            out.add(List.of(List.of()));
            return out;
        }
        var prim = space.group().prim();
        List<SiteCoord> proto = o.prototype();
        int[] counts = new int[proto.size()];
        for (int j = 0; j < counts.length; j++) {
            counts[j] = prim.basis().get(proto.get(j).b()).occupants().size() - 1;
        }
        Set<List<ClusterSpace.DecoratedSite>> seen = new HashSet<>();
        int[] k = new int[proto.size()];
        Arrays.fill(k, 1);
        while (true) {
            List<ClusterSpace.DecoratedSite> d = new ArrayList<>();
            for (int j = 0; j < k.length; j++) {
                d.add(new ClusterSpace.DecoratedSite(proto.get(j), k[j]));
            }
            d.sort(null);
            if (!seen.contains(d)) {
                Set<List<ClusterSpace.DecoratedSite>> images = new HashSet<>();
                for (int[] g : space.invariant()) {
                    List<ClusterSpace.DecoratedSite> img = new ArrayList<>();
                    for (ClusterSpace.DecoratedSite s : d) {
                        img.add(new ClusterSpace.DecoratedSite(space.group().apply(g[0], s.site()).translate(g[1], g[2], g[3]), s.function()));
                    }
                    img.sort(null);
                    images.add(List.copyOf(img));
                }
                seen.addAll(images);
                out.add(List.copyOf(images));
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
        return out;
    }

    public LocalClusterSpace space() {
        return space;
    }

    public int functionCount() {
        return functions.size();
    }

    /**
     * Binds the expansion to the event obtained by applying factor-group operation {@code op} and
     * then translation (di, dj, dk) to the prototype phenomenal cluster.
     */
    public Placement place(Supercell sc, int op, int di, int dj, int dk) {
        FactorGroup g = space.group();
        List<Integer> terms = new ArrayList<>();
        List<int[]> sites = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        double constant = 0;
        int maxOcc = 0;
        for (int b = 0; b < g.prim().size(); b++) {
            maxOcc = Math.max(maxOcc, basis.functions(b));
        }
        for (int f = 0; f < functions.size(); f++) {
            if (eci[f] == 0) {
                continue;
            }
            for (List<ClusterSpace.DecoratedSite> member : functions.get(f)) {
                if (member.isEmpty()) {
                    constant += eci[f];
                    continue;
                }
                int[] idx = new int[member.size()];
                int[] row = new int[member.size()];
                for (int q = 0; q < member.size(); q++) {
                    SiteCoord s = g.apply(op, member.get(q).site()).translate(di, dj, dk);
                    idx[q] = sc.index(s.b(), s.i(), s.j(), s.k());
                    row[q] = s.b() * maxOcc + member.get(q).function();
                }
                terms.add(f);
                sites.add(idx);
                rows.add(row);
            }
        }
        return new Placement(this, constant, terms, sites, rows, maxOcc);
    }

    /** Sites of the event this placement describes, in the order of the prototype phenomenal cluster. */
    public List<SiteCoord> eventSites(int op, int di, int dj, int dk) {
        List<SiteCoord> out = new ArrayList<>();
        for (SiteCoord p : space.phenomenal()) {
            out.add(space.group().apply(op, p).translate(di, dj, dk));
        }
        return out;
    }

    /** An expansion bound to one event in one supercell: flat arrays, no allocation per evaluation. */
    public static final class Placement {
        private final double constant;
        private final double[] coefficient;
        private final int[] start;
        private final int[] site;
        private final int[] row;
        private final double[] phi;
        private final int maxOcc;

        Placement(LocalExpansion e, double constant, List<Integer> terms, List<int[]> sites, List<int[]> rows, int maxOcc) {
            this.constant = constant;
            this.maxOcc = maxOcc;
            int n = terms.size();
            this.coefficient = new double[n];
            this.start = new int[n + 1];
            int total = sites.stream().mapToInt(a -> a.length).sum();
            this.site = new int[total];
            this.row = new int[total];
            int p = 0;
            for (int t = 0; t < n; t++) {
                coefficient[t] = e.eci[terms.get(t)];
                start[t] = p;
                for (int q = 0; q < sites.get(t).length; q++) {
                    site[p] = sites.get(t)[q];
                    row[p] = rows.get(t)[q];
                    p++;
                }
            }
            start[n] = p;
            int nb = e.space.group().prim().size();
            this.phi = new double[nb * maxOcc * maxOcc];
            for (int b = 0; b < nb; b++) {
                for (int k = 0; k < e.basis.functions(b); k++) {
                    for (int o = 0; o < e.basis.functions(b); o++) {
                        phi[(b * maxOcc + k) * maxOcc + o] = e.basis.value(b, k, o);
                    }
                }
            }
        }

        /** The expansion's value for the occupation. */
        public double value(byte[] occ) {
            double v = constant;
            for (int t = 0; t < coefficient.length; t++) {
                double prod = coefficient[t];
                for (int q = start[t]; q < start[t + 1] && prod != 0; q++) {
                    prod *= phi[row[q] * maxOcc + occ[site[q]]];
                }
                v += prod;
            }
            return v;
        }
    }
}
