package org.sublattice.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.core.bind.Problems;
import org.sublattice.core.bind.RecordBinder;
import org.sublattice.core.yaml.YNode.YMap;
import org.sublattice.crystal.io.Poscar;
import org.sublattice.crystal.io.StructureMatcher;

/** Helpers for lattice plugin tests: parameter binding, shell counts, reference structures. */
public final class LatticeChecks {
    private LatticeChecks() {
    }

    /** Binds a YAML mapping to a parameter record as the host does (ignoring {@code type}). */
    public static <P extends Record> P bind(YMap map, Class<P> type) {
        Problems problems = new Problems();
        return new RecordBinder(Path.of(".")).bindRecord(map, type, "lattice", problems, Set.of("type"))
                .orElseThrow(() -> new AssertionError(problems.list()));
    }

    /** Number of neighbours (over all basis sites) at each of the given shell radii. */
    public static int[] shellCounts(Prim prim, double[] shells) {
        int[] counts = new int[shells.length];
        for (Neighbour n : prim.neighbours(shells[shells.length - 1])) {
            for (int s = 0; s < shells.length; s++) {
                if (Math.abs(n.distance() - shells[s]) < Neighbour.SHELL_TOLERANCE) {
                    counts[s]++;
                }
            }
        }
        return counts;
    }

    /**
     * Asserts that the lattice's ideal ordering in the cell {@code toCell} of its prim equals a
     * reference POSCAR up to origin shift and the 48 cubic operations.
     */
    public static void assertMatchesReference(Lattice lattice, String file, int[][] toCell, double tolerance) {
        Structure ref = Poscar.read(reference(file));
        Structure ideal = Structure.of(Configuration.ideal(Supercell.of(lattice.prim(), toCell)), "generated");
        List<int[][]> ops = StructureMatcher.cubicOperations();
        assertTrue(StructureMatcher.match(ref, ideal, ops, tolerance).isPresent(),
                () -> file + ": " + StructureMatcher.explain(ref, ideal, ops, tolerance));
    }

    /** shared/data/structures/{@code name} beside the checkout; skips the test if it is absent. */
    public static Path reference(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path f = dir.resolve("shared/data/structures").resolve(name);
            if (Files.isDirectory(f.getParent())) {
                Assumptions.assumeTrue(Files.exists(f), "missing reference file " + f);
                return f;
            }
        }
        Assumptions.assumeTrue(false, "no shared/data/structures above the working directory");
        return null;
    }
}
