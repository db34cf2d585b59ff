package org.sublattice.api.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Configuration;

/**
 * What a chain produced: named time series of observables (one entry per sample, after
 * equilibration), named scalars, and the final configuration.
 *
 * <p>Series names used by the built-in samplers: {@link #ENERGY} (eV per supercell) and
 * {@link #count(String, String)} (number of sites of a sublattice holding a species).
 *
 * @param series observable name → samples, iterated in name order; arrays are not copied, do not
 *     modify them
 * @param scalars observable name → value (acceptance rate, steps …), iterated in name order
 * @param finalState the configuration at the end of the chain (a copy)
 * @param steps trial steps (or events) made
 */
public record ChainResult(Map<String, double[]> series, Map<String, Double> scalars, Configuration finalState,
        long steps) {
    /** Series name of the total energy in eV. */
    public static final String ENERGY = "energy";

    public ChainResult {
        // sorted, so that anything iterating them does so in the same order in every JVM
        // (Map.copyOf's order changes from run to run)
        series = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Checks.notNull(series, "series")));
        scalars = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Checks.notNull(scalars, "scalars")));
        Checks.notNull(finalState, "finalState");
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        int len = -1;
        for (Map.Entry<String, double[]> e : new LinkedHashMap<>(series).entrySet()) {
            if (len >= 0 && e.getValue().length != len) {
                throw new IllegalArgumentException("series '" + e.getKey() + "' has " + e.getValue().length
                        + " samples, others have " + len);
            }
            len = e.getValue().length;
        }
    }

    /** Series name of the number of sites of {@code sublattice} occupied by {@code species}. */
    public static String count(String sublattice, String species) {
        return "count:" + sublattice + ":" + species;
    }

    /** Number of samples in each series (0 if there are none). */
    public int samples() {
        return series.values().stream().findFirst().map(a -> a.length).orElse(0);
    }
}
