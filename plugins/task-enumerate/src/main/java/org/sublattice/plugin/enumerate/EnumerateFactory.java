package org.sublattice.plugin.enumerate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sublattice.api.BuildContext;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.Param;
import org.sublattice.api.Task;
import org.sublattice.api.TaskFactory;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.TaskContext;
import org.sublattice.api.run.TaskResult;
import org.sublattice.crystal.enumerate.EnumeratedSupercell;
import org.sublattice.crystal.enumerate.EnumerationWriter;
import org.sublattice.crystal.enumerate.FractionRange;
import org.sublattice.crystal.enumerate.OrderingEnumerator;
import org.sublattice.crystal.enumerate.OrderingSpec;
import org.sublattice.crystal.enumerate.Progress;
import org.sublattice.crystal.enumerate.SupercellEnumerator;
import org.sublattice.crystal.enumerate.SupercellSpec;

/**
 * The {@code enumerate} task: the symmetry-distinct supercells of the pipeline's lattice by volume
 * (Hermite normal forms reduced by the factor group) and, with {@code orderings: true}, the
 * symmetry-distinct occupations of each (org.sublattice.crystal.enumerate), written into the
 * stage's directory as POSCAR files with a JSON/CSV manifest: DFT inputs for a training set.
 */
public final class EnumerateFactory implements TaskFactory<EnumerateFactory.Parameters> {

    /**
     * Parameters.
     *
     * @param volumes smallest and largest supercell volume in prim cells
     * @param orderings whether to enumerate orderings (otherwise only supercells)
     * @param composition per sublattice, per species, the allowed fraction range [min, max]
     * @param fixed sublattices kept at their ideal occupant
     * @param maxCount stop after this many orderings
     * @param poscars whether to write a POSCAR per ordering (the manifest is always written)
     */
    public record Parameters(
            @Param(value = "supercell volumes in prim cells: [min, max]", min = 1) List<Integer> volumes,
            @Param(value = "also enumerate the symmetry-distinct orderings of every supercell", defaultValue = "true") boolean orderings,
            @Param(value = "allowed fraction of a sublattice's sites per species, e.g. {1b: {Li: [0, 0.5]}}", defaultValue = Param.OPTIONAL)
            Map<String, Map<String, List<Double>>> composition,
            @Param(value = "sublattices kept at their ideal occupant", defaultValue = Param.OPTIONAL) List<String> fixed,
            @Param(value = "stop after this many orderings", defaultValue = "1000000", min = 1) long maxCount,
            @Param(value = "write a POSCAR per ordering (the manifest is always written)", defaultValue = "true") boolean poscars) {

        public Parameters {
            if (volumes.size() != 2 || volumes.get(0) > volumes.get(1)) {
                throw new IllegalArgumentException("volumes must be [min, max] with min ≤ max, got " + volumes);
            }
            if (volumes.get(1) > SupercellSpec.MAX_VOLUME) {
                throw new IllegalArgumentException("largest volume " + volumes.get(1) + " exceeds " + SupercellSpec.MAX_VOLUME);
            }
            composition.forEach((sub, m) -> m.forEach((sp, r) -> {
                if (r.size() != 2) {
                    throw new IllegalArgumentException("composition." + sub + "." + sp + " must be [min, max], got " + r);
                }
            }));
        }
    }

    @Override
    public Class<Parameters> parameters() {
        return Parameters.class;
    }

    @Override
    public String summary() {
        return "symmetry-distinct supercells and orderings of the lattice as POSCAR files with a manifest (DFT training inputs)";
    }

    @Override
    public String example() {
        return """
                task:
                  type: enumerate
                  volumes: [1, 4]
                  composition: {2a: {Li: [0.0, 0.5]}}
                """;
    }

    @Override
    public Task create(Parameters p, Lattice lattice, BuildContext context) {
        var prim = lattice.prim();
        Map<String, Map<String, FractionRange>> comp = new LinkedHashMap<>();
        p.composition().forEach((sub, m) -> m.forEach((sp, r) -> comp.computeIfAbsent(sub, k -> new LinkedHashMap<>())
                .put(sp, range(sub, sp, r))));
        // Validates sublattices and species against the lattice now, before anything runs.
        try {
            new OrderingSpec(prim, List.of(), comp, new LinkedHashSet<>(p.fixed()), p.maxCount(), true, false, false);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("enumerate: " + e.getMessage(), e);
        }
        return new Task() {
            @Override
            public long plannedSteps() {
                return p.volumes().get(1) - p.volumes().get(0) + 1L;
            }

            @Override
            public TaskResult run(TaskContext ctx) {
                List<EnumeratedSupercell> cells = SupercellEnumerator.enumerate(
                        new SupercellSpec(prim, p.volumes().get(0), p.volumes().get(1)), Progress.NONE);
                List<String> files = new ArrayList<>();
                Map<String, Double> summary = new LinkedHashMap<>();
                summary.put("supercells", (double) cells.size());
                List<double[]> rows = new ArrayList<>();
                if (!p.orderings()) {
                    EnumerationWriter.writeSupercells(prim, cells, ctx.directory());
                    for (EnumeratedSupercell c : cells) {
                        rows.add(new double[] {c.volume(), c.index(), c.symmetry(), 0});
                    }
                } else {
                    OrderingSpec spec = new OrderingSpec(prim, cells, comp, new LinkedHashSet<>(p.fixed()), p.maxCount(), true, false, false);
                    int[] lastVolume = {p.volumes().get(0) - 1};
                    Progress progress = (done, total, found) -> {
                        int v = done >= total ? p.volumes().get(1) : cells.get((int) Math.min(done, cells.size() - 1)).volume() - 1;
                        if (v > lastVolume[0]) {
                            ctx.progress().advance(v - lastVolume[0]);
                            lastVolume[0] = v;
                        }
                    };
                    OrderingEnumerator.Summary s;
                    try (EnumerationWriter.OrderingWriter w = EnumerationWriter.orderings(prim, ctx.directory(), p.poscars())) {
                        s = OrderingEnumerator.enumerate(spec, (scel, occupation, multiplicity) -> w.accept(scel, occupation, multiplicity)
                                && !ctx.progress().cancelled(), progress);
                    }
                    summary.put("orderings", (double) s.configurations());
                    for (int i = 0; i < cells.size(); i++) {
                        EnumeratedSupercell c = cells.get(i);
                        rows.add(new double[] {c.volume(), c.index(), c.symmetry(), i < s.perSupercell().size() ? s.perSupercell().get(i) : 0});
                    }
                }
                files.add(EnumerationWriter.MANIFEST_JSON);
                files.add(EnumerationWriter.MANIFEST_CSV);
                ResultTable t = new ResultTable("supercells", List.of(new Column("volume", ""), new Column("index", ""),
                        new Column("symmetry_operations", ""), new Column("orderings", "")), rows);
                return new TaskResult(List.of(t), List.of(), files, summary, java.util.Optional.empty());
            }
        };
    }

    private static FractionRange range(String sub, String sp, List<Double> r) {
        try {
            return new FractionRange(r.get(0), r.get(1));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("enumerate: composition." + sub + "." + sp + " " + r + ": " + e.getMessage(), e);
        }
    }
}
