package org.sublattice.api;

import org.sublattice.api.crystal.Supercell;

/**
 * An energy model of configurations on a lattice (a cluster expansion, say). Immutable and
 * thread-safe; {@link #bind(Supercell)} precomputes what evaluation on one supercell needs.
 */
public interface Hamiltonian {

    /**
     * Binds the model to a supercell of its prim, building flat neighbour and cluster tables.
     *
     * @throws InvalidInputException if the supercell's prim is not the model's
     */
    BoundHamiltonian bind(Supercell supercell);
}
