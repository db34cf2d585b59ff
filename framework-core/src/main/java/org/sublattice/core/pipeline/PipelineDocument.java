package org.sublattice.core.pipeline;

import java.util.List;
import java.util.Optional;
import org.sublattice.api.Param;
import org.sublattice.api.run.Grid;
import org.sublattice.core.yaml.YNode;

/**
 * The typed form of a pipeline file. Component blocks (lattice, Hamiltonian, sampler, analyzers)
 * stay as located YAML here; {@link PipelineLoader} binds them to their plugins' parameter records.
 */
public record PipelineDocument(
        @Param("pipeline name, used for the run directory") String pipeline,
        @Param(value = "free text", defaultValue = Param.OPTIONAL) Optional<String> description,
        @Param(value = "master seed; every chain's seed derives from it", defaultValue = "1") long seed,
        @Param("the lattice, Hamiltonian and supercell shared by all stages") SystemBlock system,
        @Param("stages run in dependency order") List<StageBlock> stages,
        @Param(value = "where and how results are written", defaultValue = "{}") OutputBlock output) {

    public PipelineDocument {
        if (pipeline.isBlank()) {
            throw new IllegalArgumentException("pipeline name must not be blank");
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a pipeline needs at least one stage");
        }
    }

    /**
     * The system block. The Hamiltonian and the supercell are needed only by sampler stages; a
     * pipeline of task stages alone may leave them out. The Hamiltonian is a component, or
     * {@code {stage: <id>}}: the one the task stage of that id produces.
     */
    public record SystemBlock(
            @Param("lattice component: {type: …, parameters…}") YNode lattice,
            @Param(value = "Hamiltonian component: {type: …, parameters…}, or {stage: <id>} for the one a task stage produces; "
                    + "needed by sampler stages", defaultValue = Param.OPTIONAL) Optional<YNode> hamiltonian,
            @Param(value = "supercell: {repeat: [n1, n2, n3]} or {matrix: [[…], […], […]]}; needed by sampler stages",
                    defaultValue = Param.OPTIONAL) Optional<SupercellBlock> supercell) {
    }

    /** A supercell given by repeats or a full integer matrix. */
    public record SupercellBlock(
            @Param(value = "repeats of the prim along its three vectors", defaultValue = Param.OPTIONAL, min = 1)
            Optional<List<Integer>> repeat,
            @Param(value = "integer transformation matrix, rows = supercell vectors in prim units",
                    defaultValue = Param.OPTIONAL) Optional<List<List<Integer>>> matrix) {

        public SupercellBlock {
            if (repeat.isPresent() == matrix.isPresent()) {
                throw new IllegalArgumentException("give exactly one of 'repeat' or 'matrix'");
            }
            if (repeat.isPresent() && repeat.get().size() != 3) {
                throw new IllegalArgumentException("repeat needs 3 numbers, got " + repeat.get());
            }
            if (matrix.isPresent() && (matrix.get().size() != 3 || matrix.get().stream().anyMatch(r -> r.size() != 3))) {
                throw new IllegalArgumentException("matrix must be 3x3, got " + matrix.get());
            }
            if (matrix.isPresent()) {
                int[][] t = toArray(matrix.get());
                long det = (long) t[0][0] * (t[1][1] * t[2][2] - t[1][2] * t[2][1])
                        - (long) t[0][1] * (t[1][0] * t[2][2] - t[1][2] * t[2][0])
                        + (long) t[0][2] * (t[1][0] * t[2][1] - t[1][1] * t[2][0]);
                if (det == 0) {
                    throw new IllegalArgumentException("supercell matrix " + matrix.get() + " is singular (determinant 0)");
                }
            }
        }

        /** The transformation matrix. */
        public int[][] transformation() {
            if (repeat.isPresent()) {
                List<Integer> r = repeat.get();
                return new int[][] {{r.get(0), 0, 0}, {0, r.get(1), 0}, {0, 0, r.get(2)}};
            }
            return toArray(matrix.get());
        }

        private static int[][] toArray(List<List<Integer>> m) {
            int[][] t = new int[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    t[i][j] = m.get(i).get(j);
                }
            }
            return t;
        }
    }

    /**
     * One stage: either a sampler run over condition points ({@code sampler} and {@code conditions},
     * optionally {@code from}, {@code from-point}, {@code initial}, {@code analyzers}) or a one-shot
     * {@code task}. {@link PipelineLoader} checks which keys go with which kind.
     */
    public record StageBlock(
            @Param("stage id, unique in the pipeline") String id,
            @Param(value = "id of a sampler stage whose final configurations this stage starts from",
                    defaultValue = Param.OPTIONAL) Optional<String> from,
            @Param(value = "with 'from': every chain starts from this point of that stage (default: the point with the same index)",
                    defaultValue = Param.OPTIONAL, min = 0) Optional<Integer> fromPoint,
            @Param(value = "starting configuration when not 'from' a stage: the ideal ordering with given numbers (≥ 1) or "
                    + "fractions (< 1) of species placed at random per sublattice, e.g. {2a: {Va: 1}}", defaultValue = Param.OPTIONAL)
            java.util.Map<String, java.util.Map<String, Double>> initial,
            @Param(value = "sampler component: {type: …, parameters…}; a sampler stage needs 'conditions'",
                    defaultValue = Param.OPTIONAL) Optional<YNode> sampler,
            @Param(value = "task component: {type: …, parameters…}, a one-shot job (e.g. a fit) instead of a sampler",
                    defaultValue = Param.OPTIONAL) Optional<YNode> task,
            @Param(value = "temperature and chemical potentials, each a value or a sweep (sampler stages)",
                    defaultValue = Param.OPTIONAL) Optional<ConditionsBlock> conditions,
            @Param(value = "analyzer components: ids or {type: …, parameters…}", defaultValue = Param.OPTIONAL)
            List<YNode> analyzers) {

        public StageBlock {
            if (!id.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("stage id '" + id + "' must be lower-case letters, digits and dashes");
            }
            if (!initial.isEmpty() && from.isPresent()) {
                throw new IllegalArgumentException("give 'initial' or 'from', not both");
            }
            initial.forEach((sub, m) -> m.forEach((sp, v) -> {
                if (!(v > 0)) {
                    throw new IllegalArgumentException("initial." + sub + "." + sp + " must be > 0 (a count, or a fraction below 1), got " + v);
                }
            }));
            if (fromPoint.isPresent() && from.isEmpty()) {
                throw new IllegalArgumentException("from-point needs 'from' naming the stage it refers to");
            }
        }

        /** Whether this is a task stage. */
        public boolean isTask() {
            return task.isPresent();
        }
    }

    /** A reference to a result table of a stage: {@code stage/table}. */
    public static final String TABLE_REFERENCE = "[a-z][a-z0-9-]*/[A-Za-z0-9_.-]+";

    /**
     * Conditions of a stage; every combination of the grids is one chain. Points are ordered with
     * temperature outermost and the chemical potentials in the order given, the last varying one
     * innermost: that is the sweep direction. Chemical potentials in {@code chemicalPotentialFrom}
     * are not swept: the runner fills them in per point from an earlier stage's results.
     */
    public record ConditionsBlock(
            @Param(value = "temperature: a value, a list or {from, to, step}", unit = "K", min = 0, minExclusive = true)
            Grid temperature,
            @Param(value = "exchange chemical potential per species (vacancy = 0): a value or a sweep", unit = "eV",
                    defaultValue = Param.OPTIONAL) java.util.Map<String, Grid> chemicalPotential,
            @Param(value = "chemical potentials read at every point from a table an analyzer of an earlier sampler stage "
                    + "wrote, as 'stage/table' (e.g. {Al: voltage/site-equilibrium}): the table's column mu_<species>, "
                    + "interpolated linearly in the one chemical potential that varies along its rows",
                    defaultValue = Param.OPTIONAL) java.util.Map<String, String> chemicalPotentialFrom,
            @Param(value = "each point starts from the final state of the previous point along the sweep (the last varying "
                    + "quantity), so hysteresis shows; lines of other quantities run in parallel", defaultValue = "true")
            boolean warmStart) {

        public ConditionsBlock {
            if (chemicalPotential.containsKey("Va")) {
                throw new IllegalArgumentException("the vacancy is the reference species (μ_Va = 0); remove chemical-potential.Va");
            }
            if (chemicalPotentialFrom.containsKey("Va")) {
                throw new IllegalArgumentException("the vacancy is the reference species (μ_Va = 0); remove chemical-potential-from.Va");
            }
            for (var e : chemicalPotentialFrom.entrySet()) {
                if (chemicalPotential.containsKey(e.getKey())) {
                    throw new IllegalArgumentException("μ of " + e.getKey() + " is given both in chemical-potential and in "
                            + "chemical-potential-from; keep one");
                }
                if (!e.getValue().matches(TABLE_REFERENCE)) {
                    throw new IllegalArgumentException("chemical-potential-from." + e.getKey() + " must be 'stage/table' "
                            + "(e.g. voltage/site-equilibrium), got '" + e.getValue() + "'");
                }
            }
        }
    }

    /** Output settings. */
    public record OutputBlock(
            @Param(value = "run directory (relative to the working directory); default runs/<pipeline>",
                    defaultValue = Param.OPTIONAL) Optional<String> dir,
            @Param(value = "plot formats", defaultValue = "[png]") List<PlotFormat> plots) {
    }

    /** Plot file formats. */
    public enum PlotFormat { PNG, SVG }
}
