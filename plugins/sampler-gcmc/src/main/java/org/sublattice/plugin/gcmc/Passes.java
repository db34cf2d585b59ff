package org.sublattice.plugin.gcmc;

import org.sublattice.api.Param;

/**
 * Chain length in passes (one pass = as many trial steps as there are sites that can change).
 *
 * @param equilibration passes discarded before sampling
 * @param sampling passes sampled
 * @param sampleEvery passes between samples
 */
public record Passes(
        @Param(value = "passes discarded before sampling", min = 0) int equilibration,
        @Param(value = "passes sampled", min = 1) int sampling,
        @Param(value = "passes between samples", defaultValue = "1", min = 1) int sampleEvery) {
}
