package org.sublattice.api;

/**
 * Creates a {@link Lattice} (a parent crystal or ordering) from its parameters.
 *
 * @param <P> the parameter record
 */
public interface LatticeFactory<P extends Record> extends ComponentFactory<P> {

    /**
     * @param parameters validated parameters
     * @param context where referenced files are resolved
     * @return the lattice; never null
     * @throws InvalidInputException if the parameters are inconsistent in a way the record
     *     cannot check alone (the message names the offending value)
     */
    Lattice create(P parameters, BuildContext context);
}
