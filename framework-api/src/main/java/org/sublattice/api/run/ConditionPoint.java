package org.sublattice.api.run;

import java.util.Map;
import java.util.TreeMap;
import org.sublattice.api.Checks;

/**
 * Thermodynamic conditions of one chain: temperature and exchange chemical potentials per species,
 * the vacancy being the reference (μ_Va = 0). Species absent from the map have μ = 0.
 *
 * @param temperature K, &gt; 0
 * @param chemicalPotentials eV per species symbol, iterated in species order
 */
public record ConditionPoint(double temperature, Map<String, Double> chemicalPotentials) {
    public ConditionPoint {
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be > 0 K, got " + temperature);
        }
        Checks.notNull(chemicalPotentials, "chemicalPotentials");
        chemicalPotentials.forEach((k, v) -> Checks.finite(Checks.notNull(v, "μ of " + k), "μ of " + k));
        // sorted by species, so that everything iterating it (analyzers, tables) does so in the same
        // order in every JVM (Map.copyOf's order changes from run to run)
        chemicalPotentials = java.util.Collections.unmodifiableMap(new TreeMap<>(chemicalPotentials));
    }

    /** 1/(k_B T) in 1/eV. */
    public double beta() {
        return 1.0 / (Physics.BOLTZMANN_EV * temperature);
    }

    /** μ of a species, 0 if not given (eV). */
    public double mu(String species) {
        return chemicalPotentials.getOrDefault(species, 0.0);
    }
}
