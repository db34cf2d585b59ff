package org.sublattice.crystal.enumerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.Hops;

/**
 * A hop prototype in the form of a kinetic Monte Carlo event-catalog entry: sites [b, i, j, k] in
 * the prim, the occupants they hold before the hop, and which atoms move where (pairs of indices
 * into {@code sites}; a site an atom leaves without another arriving becomes a vacancy). A nearest-
 * or second-neighbour vacancy hop has two sites; a two-atom hop (an atom into a vacancy on another
 * sublattice while a second atom fills the site it left) has three.
 *
 * @param name label used in directory names and event names (letters, digits, '-', '_', '.')
 * @param sites the hop's sites, at least two, distinct
 * @param initial occupant of each site before the hop
 * @param trajectories atom moves [from, to] as indices into {@code sites}; copies are kept
 */
public record HopDefinition(String name, List<SiteCoord> sites, List<String> initial, List<int[]> trajectories) {
    public HopDefinition {
        Checks.notNull(name, "hop name");
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("hop name '" + name + "' may use only letters, digits, '-', '_' and '.'");
        }
        sites = List.copyOf(Checks.noNulls(sites, "sites of hop " + name));
        initial = List.copyOf(Checks.noNulls(initial, "initial occupants of hop " + name));
        List<int[]> t = new ArrayList<>();
        for (int[] m : Checks.noNulls(trajectories, "trajectories of hop " + name)) {
            t.add(m.clone());
        }
        trajectories = List.copyOf(t);
        if (sites.size() < 2 || sites.stream().distinct().count() != sites.size()) {
            throw new IllegalArgumentException("hop " + name + " needs at least two distinct sites, got " + sites);
        }
        if (initial.size() != sites.size()) {
            throw new IllegalArgumentException("hop " + name + " needs one initial occupant per site (" + sites.size() + "), got " + initial);
        }
        if (trajectories.isEmpty()) {
            throw new IllegalArgumentException("hop " + name + " moves no atom: give trajectories [from, to]");
        }
        boolean[] left = new boolean[sites.size()];
        boolean[] entered = new boolean[sites.size()];
        for (int[] m : trajectories) {
            if (m.length != 2 || m[0] < 0 || m[1] < 0 || m[0] >= sites.size() || m[1] >= sites.size() || m[0] == m[1]
                    || Site.VACANCY.equals(initial.get(m[0])) || left[m[0]] || entered[m[1]]) {
                throw new IllegalArgumentException("hop " + name + ": trajectory " + Arrays.toString(m)
                        + " must move an atom from one site of the hop to another, each site left and entered at most once");
            }
            left[m[0]] = true;
            entered[m[1]] = true;
        }
        for (int s = 0; s < sites.size(); s++) {
            // An atom may only enter a site that is empty or that its own atom leaves.
            if (entered[s] && !left[s] && !Site.VACANCY.equals(initial.get(s))) {
                throw new IllegalArgumentException("hop " + name + ": an atom moves onto site " + sites.get(s) + ", which holds "
                        + initial.get(s) + " that does not move away");
            }
        }
    }

    /** Occupants after the hop. */
    public List<String> finalOccupants() {
        String[] f = new String[sites.size()];
        for (int s = 0; s < f.length; s++) {
            f[s] = initial.get(s);
        }
        for (int[] m : trajectories) {
            f[m[0]] = Site.VACANCY;
        }
        for (int[] m : trajectories) {
            f[m[1]] = initial.get(m[0]);
        }
        return List.of(f);
    }

    @Override
    public List<int[]> trajectories() {
        List<int[]> out = new ArrayList<>();
        for (int[] m : trajectories) {
            out.add(m.clone());
        }
        return out;
    }

    /** Checks the sites and occupants against a prim. */
    void check(Prim prim) {
        List<String> fin = finalOccupants();
        for (int s = 0; s < sites.size(); s++) {
            SiteCoord c = sites.get(s);
            if (c.b() >= prim.size()) {
                throw new IllegalArgumentException("hop " + name + ": site " + c + " names basis site " + c.b() + "; the prim has "
                        + prim.size());
            }
            List<String> allowed = prim.basis().get(c.b()).occupants();
            if (!allowed.contains(initial.get(s)) || !allowed.contains(fin.get(s))) {
                throw new IllegalArgumentException("hop " + name + ": site " + c + " allows " + allowed + ", but the hop puts "
                        + initial.get(s) + " then " + fin.get(s) + " there");
            }
        }
        if (fin.equals(initial)) {
            throw new IllegalArgumentException("hop " + name + " changes no occupant");
        }
    }

    /**
     * The symmetry-distinct hops of {@code species} into a vacancy over the first {@code shells}
     * neighbour shells ({@link Hops#prototypes}) between sites that allow both the species and a
     * vacancy. Named {@code <species>-<shell>nn-<from sublattice>-<to sublattice>}
     * (with a letter appended when one shell holds several such hops).
     */
    public static List<HopDefinition> vacancyHops(Prim prim, String species, int shells) {
        Checks.notNull(prim, "prim");
        Checks.notNull(species, "species");
        if (shells < 1) {
            throw new IllegalArgumentException("shells must be ≥ 1, got " + shells);
        }
        List<HopDefinition> out = new ArrayList<>();
        Map<String, Integer> used = new TreeMap<>();
        for (Hops.HopOrbit h : Hops.prototypes(FactorGroup.of(prim), shells)) {
            SiteCoord from = h.prototype().get(0);
            SiteCoord to = h.prototype().get(1);
            // Both ends hold the species on one side of the hop and the vacancy on the other.
            List<String> a = prim.basis().get(from.b()).occupants();
            List<String> b = prim.basis().get(to.b()).occupants();
            if (!a.contains(species) || !a.contains(Site.VACANCY) || !b.contains(species) || !b.contains(Site.VACANCY)) {
                continue;
            }
            String base = species + "-" + h.shell() + "nn-" + clean(h.fromSublattice()) + "-" + clean(h.toSublattice());
            int k = used.merge(base, 1, Integer::sum);
            String name = k == 1 ? base : base + (char) ('a' + k - 1);
            out.add(new HopDefinition(name, List.of(from, to), List.of(species, Site.VACANCY), List.of(new int[] {0, 1})));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the prim '" + prim.name() + "' has no hop of " + species + " into a vacancy within "
                    + shells + " shell(s): both ends of a hop must allow " + species + " and Va");
        }
        return List.copyOf(out);
    }

    private static String clean(String label) {
        return label.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HopDefinition h) || !h.name.equals(name) || !h.sites.equals(sites) || !h.initial.equals(initial)
                || h.trajectories.size() != trajectories.size()) {
            return false;
        }
        for (int i = 0; i < trajectories.size(); i++) {
            if (!Arrays.equals(h.trajectories.get(i), trajectories.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + sites.hashCode();
    }

    @Override
    public String toString() {
        return "HopDefinition[" + name + ", " + sites + ", " + initial + ", "
                + trajectories.stream().map(Arrays::toString).toList() + "]";
    }
}
