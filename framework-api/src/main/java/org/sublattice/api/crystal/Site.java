package org.sublattice.api.crystal;

import java.util.List;
import java.util.regex.Pattern;
import org.sublattice.api.Checks;

/**
 * A basis site of a prim: its sublattice label, fractional position, allowed occupants (the first
 * is index 0 of the site's occupation variable) and its occupant in the ideal ordering.
 *
 * @param sublattice label shared by symmetry-equivalent sites, e.g. {@code li-site}
 * @param position fractional coordinates in the prim cell
 * @param occupants allowed occupants, distinct, e.g. {@code [Li, Va]}; {@link #VACANCY} is a vacancy
 * @param ideal the occupant of the ideal ordering; one of {@code occupants}
 */
public record Site(String sublattice, Vec3 position, List<String> occupants, String ideal) {
    /** The vacancy species symbol. */
    public static final String VACANCY = "Va";
    private static final Pattern SPECIES = Pattern.compile("Va|[A-Z][a-z]?[a-z]?");

    public Site {
        Checks.notNull(sublattice, "sublattice");
        Checks.notNull(position, "position");
        occupants = List.copyOf(Checks.noNulls(occupants, "occupants"));
        Checks.notNull(ideal, "ideal");
        if (occupants.isEmpty()) {
            throw new IllegalArgumentException("site '" + sublattice + "' has no allowed occupants");
        }
        if (occupants.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("site '" + sublattice + "' has " + occupants.size()
                    + " occupants; at most " + Byte.MAX_VALUE + " are supported");
        }
        for (String s : occupants) {
            if (!SPECIES.matcher(s).matches()) {
                throw new IllegalArgumentException("unknown species '" + s + "' on site '" + sublattice
                        + "': expected an element symbol (Li, Al, …) or Va");
            }
        }
        if (occupants.stream().distinct().count() != occupants.size()) {
            throw new IllegalArgumentException("site '" + sublattice + "' lists an occupant twice: " + occupants);
        }
        if (!occupants.contains(ideal)) {
            throw new IllegalArgumentException("ideal occupant '" + ideal + "' of site '" + sublattice
                    + "' is not among its allowed occupants " + occupants);
        }
    }

    /** Index of {@code species} in {@link #occupants()}, or -1. */
    public int indexOf(String species) {
        return occupants.indexOf(species);
    }

    /** Whether the site can change occupant at all. */
    public boolean isActive() {
        return occupants.size() > 1;
    }
}
