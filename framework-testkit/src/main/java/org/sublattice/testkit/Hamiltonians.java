package org.sublattice.testkit;

import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.crystal.Supercell;

/** Simple bound Hamiltonians for tests. */
public final class Hamiltonians {
    private Hamiltonians() {
    }

    /** Zero energy for every configuration of {@code sc}: samplers then see only their proposals and μ terms. */
    public static BoundHamiltonian zero(Supercell sc) {
        return new BoundHamiltonian() {
            @Override
            public Supercell supercell() {
                return sc;
            }

            @Override
            public double energy(byte[] occupation) {
                return 0;
            }

            @Override
            public double deltaFlip(byte[] occupation, int site, int newOccupant) {
                return 0;
            }
        };
    }
}
