package org.sublattice.core.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.Lattice;
import org.sublattice.core.yaml.YNode;

/**
 * A pipeline that passed validation: every component bound to its plugin, the lattice and the
 * Hamiltonian already created (so model files were read and checked), stages in dependency order.
 *
 * @param file the pipeline file
 * @param name pipeline name
 * @param seed master seed
 * @param latticeComponent the lattice component
 * @param lattice the created lattice
 * @param hamiltonianComponent the Hamiltonian component
 * @param hamiltonian the created Hamiltonian
 * @param supercell supercell transformation matrix
 * @param stages stages in an order where every stage follows the one it starts from
 * @param output output block
 * @param resolved the pipeline tree after command-line and environment overrides
 */
public record ValidatedPipeline(Path file, String name, long seed, BoundComponent latticeComponent, Lattice lattice,
        BoundComponent hamiltonianComponent, Hamiltonian hamiltonian, int[][] supercell, List<ValidatedStage> stages,
        PipelineDocument.OutputBlock output, YNode resolved) {

    /** Directory of the pipeline file. */
    public Path directory() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }

    /** Every bound component, for reports. */
    public List<BoundComponent> components() {
        List<BoundComponent> all = new java.util.ArrayList<>(List.of(latticeComponent, hamiltonianComponent));
        for (ValidatedStage s : stages) {
            all.add(s.sampler());
            all.addAll(s.analyzers());
        }
        return all;
    }
}
