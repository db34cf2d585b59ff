package org.sublattice.plugin.gcmc;

import org.sublattice.api.Param;

/**
 * Parameters of both Metropolis samplers.
 *
 * @param passes chain length
 */
public record MetropolisParameters(@Param("chain length: {equilibration, sampling, sample-every}") Passes passes) {
}
