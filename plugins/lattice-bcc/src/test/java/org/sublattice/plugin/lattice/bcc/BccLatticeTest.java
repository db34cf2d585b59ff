package org.sublattice.plugin.lattice.bcc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.sublattice.testkit.LatticeChecks;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.core.yaml.YNode.YMap;
import org.sublattice.core.yaml.YamlReader;
import org.sublattice.crystal.FactorGroup;

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
        assertArrayEquals(new int[] {8, 6, 12, 24}, LatticeChecks.shellCounts(prim, d));
    }

    @Test
    void primIsPrimitiveWithTheFullCubicPointGroup() {
        FactorGroup g = FactorGroup.of(bcc(3.51, "Li", "Va").prim());
        assertEquals(48, g.size());
        assertEquals(1, g.pureTranslations());
    }

    @Test
    void idealStructureEqualsTheLiReferenceFile() {
        LatticeChecks.assertMatchesReference(bcc(3.51004, "Li"), "Li_bcc.POSCAR", TO_CUBE, 1e-4);
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
        BccLattice.Parameters defaults = LatticeChecks.bind((YMap) new YamlReader().read("type: bcc\n", "test.yaml"), BccLattice.Parameters.class);
        assertEquals(3.51, defaults.a());
        assertEquals(Map.of("2a", List.of("Li")), defaults.species());
        YMap example = (YMap) ((YMap) new YamlReader().read(new BccLattice.Factory().example(), "example")).get("lattice");
        assertEquals(List.of("Li", "Va"), LatticeChecks.bind(example, BccLattice.Parameters.class).species().get("2a"));
    }




}
