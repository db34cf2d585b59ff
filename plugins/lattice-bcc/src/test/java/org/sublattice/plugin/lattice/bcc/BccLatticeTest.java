package org.sublattice.plugin.lattice.bcc;

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

class BccLatticeTest {
    /** BCC primitive cell → conventional cube. */
    private static final int[][] TO_CUBE = {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}};

    private static Lattice bcc(double a, String... occupants) {
        return BccLattice.build(new BccLattice.Parameters(a, Map.of("2a", List.of(occupants))));
    }

    @Test
    void conventionalCubeHoldsTwoSitesOn2a() {
        Supercell cube = Supercell.of(bcc(3.51, "Li").prim(), TO_CUBE);
        assertEquals(2, cube.size());
        assertEquals(3.51, cube.cell().a().x(), 1e-12);
        assertEquals(3.51 * 3.51 * 3.51, cube.cell().volume(), 1e-9);
    }

    @Test
    void neighbourShellsHoldEightSixTwelveAndTwentyFourSites() {
        Prim prim = bcc(3.51, "Li").prim();
        double[] d = prim.shellDistances(4);
        assertArrayEquals(new double[] {3.51 * Math.sqrt(3) / 2, 3.51, 3.51 * Math.sqrt(2), 3.51 * Math.sqrt(11) / 2}, d, 1e-9);
        assertArrayEquals(new int[] {8, 6, 12, 24}, shellCounts(prim, d));
    }

    @Test
    void primIsPrimitiveWithTheFullCubicPointGroup() {
        FactorGroup g = FactorGroup.of(bcc(3.51, "Li", "Va").prim());
        assertEquals(48, g.size());
        assertEquals(1, g.pureTranslations());
    }

    @Test
    void idealStructureEqualsTheLiReferenceFile() {
        assertMatchesReference(bcc(3.51004, "Li"), "Li_bcc.POSCAR");
    }

    @Test
    void describeNamesA2WAndSpaceGroup229() {
        Lattice.Description d = bcc(3.51, "Li").describe();
        assertEquals("A2", d.strukturbericht());
        assertEquals("W", d.prototype());
        assertEquals(229, d.spaceGroup());
        assertEquals("A2 Li", bcc(3.51, "Li", "Va").prim().name());
    }

    @Test
    void unknownOrMissingSublatticeAndNonPositiveLatticeParameterAreRejected() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new BccLattice.Parameters(3.51, Map.of("2a", List.of("Li"), "4a", List.of("Ag"))));
        assertEquals("unknown sublattice label 4a in species; allowed labels: 2a", unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> new BccLattice.Parameters(3.51, Map.of()));
        assertTrue(missing.getMessage().contains("2a"), missing.getMessage());
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
                () -> new BccLattice.Parameters(0, Map.of("2a", List.of("Li"))));
        assertEquals("lattice parameter a (Å) must be > 0, got 0.0", a.getMessage());
    }

    @Test
    void defaultsAndTheExampleBindThroughTheHostBinder() throws Exception {
        BccLattice.Parameters defaults = bind((YMap) new YamlReader().read("type: bcc\n", "test.yaml"));
        assertEquals(3.51, defaults.a());
        assertEquals(Map.of("2a", List.of("Li")), defaults.species());
        YMap example = (YMap) ((YMap) new YamlReader().read(new BccLattice.Factory().example(), "example")).get("lattice");
        assertEquals(List.of("Li", "Va"), bind(example).species().get("2a"));
    }

    private static BccLattice.Parameters bind(YMap map) {
        Problems problems = new Problems();
        return new RecordBinder(Path.of("."))
                .bindRecord(map, BccLattice.Parameters.class, "lattice", problems, Set.of("type"))
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
