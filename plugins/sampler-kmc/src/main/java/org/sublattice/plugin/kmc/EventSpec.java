package org.sublattice.plugin.kmc;

import java.util.List;
import org.sublattice.api.crystal.SiteCoord;

/**
 * A prototype event of the catalog: sites in the prim ([b, i, j, k]), the occupants they must hold,
 * which atoms move where ({@code trajectories}: pairs of indices into {@code sites}; sites left
 * without an incoming atom become vacancies), the kinetically resolved barrier and the attempt
 * frequency.
 *
 * @param name event name
 * @param sites event sites
 * @param initial required occupants, one per site
 * @param trajectories atom moves [from, to] as site indices
 * @param kra E_KRA, eV (the constant term when {@code localKra} is given)
 * @param prefactor ν*, Hz
 * @param localKra E_KRA as a local cluster expansion around the event's sites, if given
 */
record EventSpec(String name, List<SiteCoord> sites, List<String> initial, List<int[]> trajectories, double kra, double prefactor,
        java.util.Optional<LocalKra> localKra) {

    /**
     * A local cluster expansion of E_KRA (occupation basis) around the event's sites.
     *
     * @param cutoffRadius how far from an event site cluster sites may be, Å
     * @param maxLengths max cluster diameter per size (index = size)
     * @param eci coefficient per local function index (eV); 0 is the constant
     */
    record LocalKra(double cutoffRadius, double[] maxLengths, java.util.Map<Integer, Double> eci) {
    }

    /** Occupants after the event. */
    List<String> finalOccupants() {
        String[] f = new String[sites.size()];
        java.util.Arrays.fill(f, "Va");
        boolean[] left = new boolean[sites.size()];
        for (int[] t : trajectories) {
            left[t[0]] = true;
        }
        for (int i = 0; i < f.length; i++) {
            if (!left[i]) {
                f[i] = initial.get(i);
            }
        }
        for (int[] t : trajectories) {
            f[t[1]] = initial.get(t[0]);
        }
        return List.of(f);
    }
}
