package org.sublattice.api;

import java.util.Optional;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.ResultTable;

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

    /**
     * The model's terms as a table (e.g. cluster functions with multiplicities and ECIs), written
     * into the run directory so users can see what each coefficient refers to; empty by default.
     */
    default Optional<ResultTable> terms() {
        return Optional.empty();
    }
}
