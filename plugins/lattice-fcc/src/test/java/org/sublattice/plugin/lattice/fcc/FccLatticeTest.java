package org.sublattice.plugin.lattice.fcc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.sublattice.testkit.LatticeChecks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sublattice.api.BuildContext;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.core.yaml.YNode.YMap;
import org.sublattice.core.yaml.YamlReader;
import org.sublattice.crystal.FactorGroup;

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
        assertArrayEquals(new int[] {12, 6, 24, 12}, LatticeChecks.shellCounts(prim, d));
    }

    @Test
    void primIsPrimitiveWithTheFullCubicPointGroup() {
        FactorGroup g = FactorGroup.of(fcc(4.09, "Ag", "Li", "Va").prim());
        assertEquals(48, g.size());
        assertEquals(1, g.pureTranslations());
    }

    @Test
    void idealStructuresEqualTheAgAndAlReferenceFiles() {
        LatticeChecks.assertMatchesReference(fcc(4.09, "Ag"), "Ag_fcc.POSCAR", TO_CUBE, 1e-4);
        LatticeChecks.assertMatchesReference(fcc(4.05, "Al", "Li"), "Al_fcc.POSCAR", TO_CUBE, 1e-4);
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
        FccLattice.Parameters defaults = LatticeChecks.bind((YMap) new YamlReader().read("type: fcc\n", "test.yaml"), FccLattice.Parameters.class);
        assertEquals(4.09, defaults.a());
        assertEquals(Map.of("4a", List.of("Ag")), defaults.species());
        YMap example = (YMap) ((YMap) new YamlReader().read(new FccLattice.Factory().example(), "example")).get("lattice");
        FccLattice.Parameters p = LatticeChecks.bind(example, FccLattice.Parameters.class);
        assertEquals(List.of("Ag", "Li", "Va"), p.species().get("4a"));
    }




}
