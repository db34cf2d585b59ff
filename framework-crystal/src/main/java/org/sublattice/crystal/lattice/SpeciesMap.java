package org.sublattice.crystal.lattice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Vec3;

/**
 * The {@code species} parameter of lattice plugins: sublattice label → allowed occupants, the
 * first being the occupant of the ideal ordering, e.g. {@code {8a: [Li, Va], 8b: [Al, Li]}}.
 */
public final class SpeciesMap {
    private SpeciesMap() {
    }

    /**
     * Checks that {@code species} names exactly the given labels, each with a non-empty list of
     * distinct element symbols (or {@code Va}).
     *
     * @param species the map as given by the user
     * @param labels the lattice's sublattice labels, in the order the result should have
     * @return an unmodifiable copy in {@code labels} order
     * @throws IllegalArgumentException naming the unknown or missing labels and the allowed ones,
     *     or the offending occupant list
     */
    public static Map<String, List<String>> check(Map<String, List<String>> species, List<String> labels) {
        if (species == null) {
            throw new IllegalArgumentException("species must map each of the sublattices " + labels + " to its occupants");
        }
        List<String> unknown = new ArrayList<>(species.keySet());
        unknown.removeAll(labels);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown sublattice label" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + " in species; allowed labels: " + String.join(", ", labels));
        }
        List<String> missing = new ArrayList<>(labels);
        missing.removeAll(species.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("species gives no occupants for sublattice" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; every one of " + String.join(", ", labels) + " needs a list");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String label : labels) {
            List<String> occupants = species.get(label);
            if (occupants == null || occupants.isEmpty()) {
                throw new IllegalArgumentException("species." + label + " must list at least one occupant, got " + occupants);
            }
            // The Site constructor owns the rules for occupant lists (symbols, duplicates).
            new Site(label, Vec3.ZERO, occupants, occupants.get(0));
            out.put(label, List.copyOf(occupants));
        }
        return Collections.unmodifiableMap(out);
    }
}
