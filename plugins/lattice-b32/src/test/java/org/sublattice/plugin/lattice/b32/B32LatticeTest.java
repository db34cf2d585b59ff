package org.sublattice.plugin.lattice.b32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import org.sublattice.testkit.LatticeChecks;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.core.yaml.YNode.YMap;
import org.sublattice.core.yaml.YamlReader;
import org.sublattice.crystal.FactorGroup;

class B32LatticeTest {
    /** FCC primitive cell → conventional cube. */
    private static final int[][] TO_CUBE = {{-1, 1, 1}, {1, -1, 1}, {1, 1, -1}};

    private static Lattice b32(double a, String metal) {
        return B32Lattice.build(new B32Lattice.Parameters(a, Map.of("8a", List.of("Li"), "8b", List.of(metal))));
    }

    @Test
    void conventionalCubeHoldsEightSitesOnEachDiamondSublattice() {
        Supercell cube = Supercell.of(b32(6.37, "Al").prim(), TO_CUBE);
        assertEquals(16, cube.size());
        Map<String, Integer> counts = new TreeMap<>();
        for (int s = 0; s < cube.size(); s++) {
            counts.merge(cube.site(s).sublattice(), 1, Integer::sum);
        }
        assertEquals(Map.of("8a", 8, "8b", 8), counts);
    }

    @Test
    void everySiteHasFourLikeAndFourUnlikeNearestNeighboursAtASqrt3Over4() {
        Prim prim = b32(6.37, "Al").prim();
        double nn = prim.shellDistances(1)[0];
        assertEquals(6.37 * Math.sqrt(3) / 4, nn, 1e-9);
        for (int b = 0; b < prim.size(); b++) {
            int from = b;
            String own = prim.basis().get(b).sublattice();
            List<Neighbour> shell = prim.neighbours(nn).stream().filter(n -> n.from() == from).toList();
            assertEquals(8, shell.size());
            assertEquals(4, shell.stream().filter(n -> prim.basis().get(n.to()).sublattice().equals(own)).count());
        }
    }

    @Test
    void primIsPrimitiveWithTheFullCubicPointGroupAndTwoSiteOrbits() {
        FactorGroup g = FactorGroup.of(B32Lattice.build(new B32Lattice.Parameters(6.37,
                Map.of("8a", List.of("Li", "Va"), "8b", List.of("Al", "Li")))).prim());
        assertEquals(48, g.size());
        assertEquals(1, g.pureTranslations());
        assertEquals(List.of(List.of(0, 2), List.of(1, 3)), g.basisOrbits());
    }

    @Test
    void idealStructuresEqualTheLiAlAndLiZnReferenceFiles() {
        LatticeChecks.assertMatchesReference(b32(6.3534, "Al"), "LiAl_B32.POSCAR", TO_CUBE, 1e-4);
        LatticeChecks.assertMatchesReference(b32(6.20, "Zn"), "LiZn_B32.POSCAR", TO_CUBE, 1e-4);
    }

    @Test
    void describeNamesB32NaTlAndSpaceGroup227() {
        Lattice.Description d = b32(6.37, "Al").describe();
        assertEquals("B32", d.strukturbericht());
        assertEquals("NaTl", d.prototype());
        assertEquals(227, d.spaceGroup());
        assertEquals("B32 LiAl", b32(6.37, "Al").prim().name());
    }

    @Test
    void unknownOrMissingSublatticeIsRejectedListingTheAllowedLabels() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new B32Lattice.Parameters(6.37, Map.of("8a", List.of("Li"), "8b", List.of("Al"), "16c", List.of("Li"))));
        assertEquals("unknown sublattice label 16c in species; allowed labels: 8a, 8b", unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new B32Lattice.Parameters(6.37, Map.of("8b", List.of("Al"))));
        assertEquals("species gives no occupants for sublattice 8a; every one of 8a, 8b needs a list", missing.getMessage());
    }

    @Test
    void defaultsAndTheExampleBindThroughTheHostBinder() throws Exception {
        B32Lattice.Parameters defaults = LatticeChecks.bind((YMap) new YamlReader().read("type: b32\n", "test.yaml"), B32Lattice.Parameters.class);
        assertEquals(6.37, defaults.a());
        assertEquals(Map.of("8a", List.of("Li"), "8b", List.of("Al")), defaults.species());
        YMap example = (YMap) ((YMap) new YamlReader().read(new B32Lattice.Factory().example(), "example")).get("lattice");
        B32Lattice.Parameters p = LatticeChecks.bind(example, B32Lattice.Parameters.class);
        assertEquals(List.of("Li", "Va"), p.species().get("8a"));
        assertEquals(List.of("Al", "Li"), p.species().get("8b"));
    }



}
