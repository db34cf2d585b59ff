package org.sublattice.core.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.Lattice;
import org.sublattice.core.yaml.YNode;

/**
 * A pipeline that passed validation: every component bound to its plugin, the lattice and a
 * Hamiltonian component already created (so model files were read and checked), stages in
 * dependency order.
 *
 * <p>The Hamiltonian comes from a component ({@code hamiltonianComponent} and {@code hamiltonian}
 * present), from a task stage ({@code hamiltonianStage} present: the runner takes the Hamiltonian
 * that stage produces, which runs before every sampler stage), or not at all in a pipeline of task
 * stages only. The supercell is likewise present whenever there are sampler stages.
 *
 * @param file the pipeline file
 * @param name pipeline name
 * @param seed master seed
 * @param latticeComponent the lattice component
 * @param lattice the created lattice
 * @param hamiltonianComponent the Hamiltonian component, if the Hamiltonian is one
 * @param hamiltonian the created Hamiltonian, if it is a component
 * @param hamiltonianStage the id of the task stage producing the Hamiltonian, if it is produced
 * @param supercell supercell transformation matrix, if given
 * @param stages stages in an order where every stage follows the one it starts from and the task
 *     stage producing the Hamiltonian precedes every sampler stage
 * @param output output block
 * @param resolved the pipeline tree after command-line and environment overrides
 */
public record ValidatedPipeline(Path file, String name, long seed, BoundComponent latticeComponent, Lattice lattice,
        Optional<BoundComponent> hamiltonianComponent, Optional<Hamiltonian> hamiltonian, Optional<String> hamiltonianStage,
        Optional<int[][]> supercell, List<ValidatedStage> stages, PipelineDocument.OutputBlock output, YNode resolved) {

    public ValidatedPipeline {
        stages = List.copyOf(stages);
        if (hamiltonianComponent.isPresent() != hamiltonian.isPresent()) {
            throw new IllegalArgumentException("a Hamiltonian component comes with its created Hamiltonian");
        }
        if (hamiltonian.isPresent() && hamiltonianStage.isPresent()) {
            throw new IllegalArgumentException("the Hamiltonian is a component or produced by a stage, not both");
        }
    }

    /** Directory of the pipeline file. */
    public Path directory() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }

    /** Whether any stage runs a sampler (and so needs the Hamiltonian and the supercell). */
    public boolean hasSamplerStages() {
        return stages.stream().anyMatch(s -> !s.isTask());
    }

    /** What the Hamiltonian is, for messages: the component id, the producing stage, or none. */
    public String describeHamiltonian() {
        return hamiltonianComponent.map(BoundComponent::id)
                .or(() -> hamiltonianStage.map(s -> "the Hamiltonian of stage '" + s + "'"))
                .orElse("no Hamiltonian");
    }

    /** Every bound component, for reports. */
    public List<BoundComponent> components() {
        List<BoundComponent> all = new java.util.ArrayList<>();
        all.add(latticeComponent);
        hamiltonianComponent.ifPresent(all::add);
        for (ValidatedStage s : stages) {
            all.add(s.component());
            all.addAll(s.analyzers());
        }
        return all;
    }
}
