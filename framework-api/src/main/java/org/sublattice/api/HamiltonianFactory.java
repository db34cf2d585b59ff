package org.sublattice.api;

/**
 * Creates a {@link Hamiltonian} for a given lattice from its parameters (typically a model file).
 *
 * @param <P> the parameter record
 */
public interface HamiltonianFactory<P extends Record> extends ComponentFactory<P> {

    /**
     * @param parameters validated parameters
     * @param lattice the pipeline's lattice; the model must fit its prim
     * @param context where referenced files are resolved
     * @return the Hamiltonian; never null
     * @throws InvalidInputException if the model does not fit the lattice or a file is malformed
     */
    Hamiltonian create(P parameters, Lattice lattice, BuildContext context);
}
