package org.sublattice.plugin.eam;

import org.sublattice.api.BoundHamiltonian;

/**
 * A bound structure-energy model whose flips cost two whole-structure energies: these models have
 * no local cluster decomposition to update, so a flip is the difference of the energies before and
 * after. Fine for scans and small checks, slow for long Monte Carlo runs.
 */
interface RecomputingBound extends BoundHamiltonian {
    @Override
    default double deltaFlip(byte[] occupation, int site, int newOccupant) {
        byte old = occupation[site];
        if (old == newOccupant) {
            return 0;
        }
        double before = energy(occupation);
        occupation[site] = (byte) newOccupant;
        try {
            return energy(occupation) - before;
        } finally {
            occupation[site] = old; // the caller's array is left as it was, even when energy() throws
        }
    }
}
