package org.sublattice.crystal.enumerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.SiteCoord;

/**
 * One distinct local environment of a hop: the hop's sites followed by every site within the
 * radius, with the occupants before and after the hop. As an event-catalog entry (sites,
 * {@code initial}, {@code trajectories}) it describes the forward hop in exactly this environment.
 *
 * @param id {@code <hop>/<nnn>}, unique in one enumeration
 * @param hop name of the distinct hop (the prototype's name, with a suffix when the background
 *     splits one prototype into several distinct hops)
 * @param sites hop sites first (in the prototype's order), then the environment sites
 * @param initial occupant of each site before the hop
 * @param finalOccupants occupant of each site after the hop
 * @param trajectories atom moves [from, to] as indices into {@code sites}
 * @param defects the environment sites whose occupant differs from the background, with it
 * @param multiplicity environments of this hop that symmetry maps onto this one (one NEB covers them)
 * @param reverseDistinct whether the reverse hop in this environment is not a symmetry image of
 *     the forward hop, so that an event catalog needs both directions
 * @param sameEventAs an earlier environment whose catalog events are symmetry images of these
 *     (possible when a low-symmetry background makes environments distinct only beyond the radius)
 */
public record HopEnvironment(String id, String hop, List<SiteCoord> sites, List<String> initial, List<String> finalOccupants,
        List<int[]> trajectories, List<Defect> defects, int multiplicity, boolean reverseDistinct, Optional<String> sameEventAs) {

    /**
     * A substituted environment site.
     *
     * @param site where
     * @param species what sits there instead of the background occupant
     */
    public record Defect(SiteCoord site, String species) {
        public Defect {
            Checks.notNull(site, "site");
            Checks.notNull(species, "species");
        }
    }

    public HopEnvironment {
        Checks.notNull(id, "id");
        Checks.notNull(hop, "hop");
        sites = List.copyOf(Checks.noNulls(sites, "sites"));
        initial = List.copyOf(Checks.noNulls(initial, "initial occupants"));
        finalOccupants = List.copyOf(Checks.noNulls(finalOccupants, "final occupants"));
        List<int[]> t = new ArrayList<>();
        for (int[] m : Checks.noNulls(trajectories, "trajectories")) {
            t.add(m.clone());
        }
        trajectories = List.copyOf(t);
        defects = List.copyOf(Checks.noNulls(defects, "defects"));
        Checks.notNull(sameEventAs, "sameEventAs");
        if (initial.size() != sites.size() || finalOccupants.size() != sites.size()) {
            throw new IllegalArgumentException("environment " + id + ": one initial and one final occupant per site needed");
        }
        if (multiplicity < 1) {
            throw new IllegalArgumentException("environment " + id + ": multiplicity must be ≥ 1, got " + multiplicity);
        }
    }

    @Override
    public List<int[]> trajectories() {
        List<int[]> out = new ArrayList<>();
        for (int[] m : trajectories) {
            out.add(m.clone());
        }
        return out;
    }

    @Override
    public String toString() {
        return "HopEnvironment[" + id + ", defects " + defects + ", multiplicity " + multiplicity + ", sites " + sites.size()
                + ", moves " + trajectories.stream().map(Arrays::toString).toList() + "]";
    }
}
