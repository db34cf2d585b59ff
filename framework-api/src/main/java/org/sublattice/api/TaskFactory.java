package org.sublattice.api;

/**
 * Creates a {@link Task} (a one-shot stage: fitting a model, enumerating structures) from its
 * parameters for the pipeline's lattice.
 *
 * @param <P> the parameter record
 */
public interface TaskFactory<P extends Record> extends ComponentFactory<P> {

    /**
     * Creates the task; the host calls this when validating the pipeline (to check the parameters
     * against the lattice) and again when the stage runs, so creation must be cheap: read data
     * files in {@link Task#run}, not here.
     *
     * @param parameters validated parameters (files they name exist)
     * @param lattice the pipeline's lattice
     * @param context where referenced files are resolved
     * @return the task; never null
     * @throws InvalidInputException if the parameters do not fit the lattice (the message names
     *     the offending value)
     */
    Task create(P parameters, Lattice lattice, BuildContext context);

    /**
     * Whether the tasks of this factory return a Hamiltonian in {@link org.sublattice.api.run.TaskResult#hamiltonian()}:
     * only then may a pipeline write {@code system.hamiltonian: {stage: <id>}} for a stage running
     * it. False by default.
     */
    default boolean producesHamiltonian() {
        return false;
    }
}
