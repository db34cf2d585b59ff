package org.sublattice.plugin.gcmc;

import java.util.Optional;
import org.sublattice.api.Param;

/**
 * Parameters of both Metropolis samplers.
 *
 * @param passes chain length
 * @param equilibrationDetection how to find the end of the transient in the sampled part
 * @param precision optional stop-at-precision targets
 */
public record MetropolisParameters(
        @Param("chain length: {equilibration, sampling, sample-every}") Passes passes,
        @Param(value = "after the fixed equilibration, also drop the transient the MSER rule finds in the samples (mser) or not (none)",
                defaultValue = "mser") EquilibrationDetection equilibrationDetection,
        @Param(value = "keep sampling until these standard errors are reached: {energy, composition, max-passes}",
                defaultValue = Param.OPTIONAL) Optional<Precision> precision) {

    /** Equilibration detection methods. */
    public enum EquilibrationDetection { MSER, NONE }

    /**
     * Stop-at-precision: after the sampling passes, sampling continues in chunks of
     * {@code checkEvery} passes until every given target is met or {@code maxPasses} sampling
     * passes have been made.
     *
     * @param energy target standard error of the energy per site
     * @param composition target standard error of every site fraction on every sublattice
     * @param maxPasses most sampling passes
     * @param checkEvery passes between checks
     */
    public record Precision(
            @Param(value = "target standard error of the mean energy per site", unit = "eV", defaultValue = Param.OPTIONAL, min = 0,
                    minExclusive = true) Optional<Double> energy,
            @Param(value = "target standard error of every site fraction", defaultValue = Param.OPTIONAL, min = 0, minExclusive = true)
            Optional<Double> composition,
            @Param(value = "most sampling passes", min = 1) int maxPasses,
            @Param(value = "passes between checks", defaultValue = "200", min = 1) int checkEvery) {
        public Precision {
            if (energy.isEmpty() && composition.isEmpty()) {
                throw new IllegalArgumentException("precision needs a target: energy and/or composition");
            }
        }
    }
}
