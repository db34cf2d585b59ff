package org.sublattice.plugin.lattice.fcc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sublattice.api.BuildContext;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.core.bind.Problems;
import org.sublattice.core.bind.RecordBinder;
import org.sublattice.core.yaml.YNode.YMap;
import org.sublattice.core.yaml.YamlReader;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.io.Poscar;
import org.sublattice.crystal.io.StructureMatcher;

class FccLatticeTest {
    /** FCC primitive cell → conventional cube. */
    private static final int[][] TO_CUBE = {{-1, 1, 1}, {1, -1, 1}, {1, 1, -1}};

    private static Lattice fcc(double a, String... occupants) {
        return FccLattice.build(new FccLattice.Parameters(a, Map.of("4a", List.of(occupants))));
    }

    @Test
    void conventionalCubeHoldsFourSitesOn4a() {
        Supercell cube = Supercell.of(fcc(4.09, "Ag").prim(), TO_CUBE);
        assertEquals(4, cube.size());
        assertEquals(4.09, cube.cell().a().x(), 1e-12);
        assertEquals(4.09 * 4.09 * 4.09, cube.cell().volume(), 1e-9);
    }

    @Test
    void neighbourShellsHoldTwelveSixTwentyFourAndTwelveSites() {
        Prim prim = fcc(4.09, "Ag").prim();
        double[] d = prim.shellDistances(4);
        assertArrayEquals(new double[] {4.09 / Math.sqrt(2), 4.09, 4.09 * Math.sqrt(1.5), 4.09 * Math.sqrt(2)}, d, 1e-9);
        assertArrayEquals(new int[] {12, 6, 24, 12}, shellCounts(prim, d));
    }

    @Test
    void primIsPrimitiveWithTheFullCubicPointGroup() {
        FactorGroup g = FactorGroup.of(fcc(4.09, "Ag", "Li", "Va").prim());
        assertEquals(48, g.size());
        assertEquals(1, g.pureTranslations());
    }

    @Test
    void idealStructuresEqualTheAgAndAlReferenceFiles() {
        assertMatchesReference(fcc(4.09, "Ag"), "Ag_fcc.POSCAR");
        assertMatchesReference(fcc(4.05, "Al", "Li"), "Al_fcc.POSCAR");
    }

    @Test
    void describeNamesA1CuAndSpaceGroup225() {
        Lattice.Description d = fcc(4.09, "Ag", "Li").describe();
        assertEquals("A1", d.strukturbericht());
        assertEquals("Cu", d.prototype());
        assertEquals(225, d.spaceGroup());
        assertEquals("A1 Ag", fcc(4.09, "Ag", "Li").prim().name());
    }

    @Test
    void unknownOrMissingSublatticeAndNonPositiveLatticeParameterAreRejected() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new FccLattice.Parameters(4.09, Map.of("4b", List.of("Ag"))));
        assertEquals("unknown sublattice label 4b in species; allowed labels: 4a", unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> new FccLattice.Parameters(4.09, Map.of()));
        assertTrue(missing.getMessage().contains("4a"), missing.getMessage());
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
                () -> new FccLattice.Parameters(-1, Map.of("4a", List.of("Ag"))));
        assertEquals("lattice parameter a (Å) must be > 0, got -1.0", a.getMessage());
    }

    @Test
    void latticeParameterTooSmallForACellIsAnInputError() {
        FccLattice.Parameters p = new FccLattice.Parameters(1e-3, Map.of("4a", List.of("Ag")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new FccLattice.Factory().create(p, new BuildContext(Path.of("."), "test")));
        assertTrue(e.getMessage().startsWith("fcc lattice with a = 0.001 Å: "), e.getMessage());
    }

    @Test
    void defaultsAndTheExampleBindThroughTheHostBinder() throws Exception {
        FccLattice.Parameters defaults = bind((YMap) new YamlReader().read("type: fcc\n", "test.yaml"));
        assertEquals(4.09, defaults.a());
        assertEquals(Map.of("4a", List.of("Ag")), defaults.species());
        YMap example = (YMap) ((YMap) new YamlReader().read(new FccLattice.Factory().example(), "example")).get("lattice");
        FccLattice.Parameters p = bind(example);
        assertEquals(List.of("Ag", "Li", "Va"), p.species().get("4a"));
    }

    private static FccLattice.Parameters bind(YMap map) {
        Problems problems = new Problems();
        return new RecordBinder(Path.of("."))
                .bindRecord(map, FccLattice.Parameters.class, "lattice", problems, Set.of("type"))
                .orElseThrow(() -> new AssertionError(problems.list()));
    }

    private static int[] shellCounts(Prim prim, double[] shells) {
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

    private static void assertMatchesReference(Lattice lattice, String file) {
        Structure ref = Poscar.read(reference(file));
        Structure ideal = Structure.of(Configuration.ideal(Supercell.of(lattice.prim(), TO_CUBE)), "generated");
        List<int[][]> ops = StructureMatcher.cubicOperations();
        assertTrue(StructureMatcher.match(ref, ideal, ops, 1e-4).isPresent(), () -> file + ": " + StructureMatcher.explain(ref, ideal, ops, 1e-4));
    }

    /** shared/data/structures/{@code name} beside the checkout; skips the test if absent. */
    private static Path reference(String name) {
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
