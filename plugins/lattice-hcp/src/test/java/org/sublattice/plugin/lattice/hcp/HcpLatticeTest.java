package org.sublattice.plugin.lattice.hcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.sublattice.testkit.LatticeChecks;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.core.yaml.YNode.YMap;
import org.sublattice.core.yaml.YamlReader;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.io.Poscar;
import org.sublattice.crystal.io.StructureMatcher;

class HcpLatticeTest {
    private static Lattice hcp(double a, double cOverA, String... occupants) {
        return HcpLattice.build(new HcpLattice.Parameters(a, cOverA, Map.of("2c", List.of(occupants))));
    }

    @Test
    void cellHoldsTwoSitesOn2c() {
        Prim prim = hcp(3.11, HcpLattice.IDEAL_C_OVER_A, "Li").prim();
        assertEquals(2, prim.size());
        assertEquals(List.of("2c"), prim.sublattices());
        assertEquals(Math.sqrt(3) / 2 * 3.11 * 3.11 * 3.11 * HcpLattice.IDEAL_C_OVER_A, prim.cell().volume(), 1e-9);
    }

    @Test
    void idealAxialRatioGivesTwelveNearestNeighboursAtA() {
        Prim prim = hcp(3.11, HcpLattice.IDEAL_C_OVER_A, "Li").prim();
        double nn = prim.shellDistances(1)[0];
        assertEquals(3.11, nn, 1e-9);
        for (int b = 0; b < 2; b++) {
            int from = b;
            assertEquals(12, prim.neighbours(nn).stream().filter(n -> n.from() == from).count());
        }
        // Off the ideal ratio the 12 split into 6 in-plane and 6 out-of-plane neighbours.
        Prim squashed = hcp(3.11, 1.5, "Li").prim();
        double[] d = squashed.shellDistances(2);
        long first = squashed.neighbours(d[0]).stream().filter(n -> n.from() == 0).count();
        long second = squashed.neighbours(d[1]).stream().filter(n -> n.from() == 0 && Math.abs(n.distance() - d[1]) < Neighbour.SHELL_TOLERANCE).count();
        assertEquals(6, first);
        assertEquals(6, second);
    }

    @Test
    void factorGroupIsTheHexagonalHolohedryOfOrder24() {
        FactorGroup g = FactorGroup.of(hcp(3.11, HcpLattice.IDEAL_C_OVER_A, "Li", "Va").prim());
        assertEquals(24, g.size());
        assertEquals(1, g.pureTranslations());
        assertEquals(List.of(List.of(0, 1)), g.basisOrbits());
    }

    @Test
    void idealStructureEqualsTheLiReferenceFileUpToOriginShift() {
        Structure ref = Poscar.read(LatticeChecks.reference("Li_hcp_ideal_equalV.POSCAR"));
        double a = ref.cell().a().norm();
        double c = ref.cell().c().norm();
        Structure ideal = Structure.of(Configuration.ideal(Supercell.repeat(hcp(a, c / a, "Li").prim(), 1, 1, 1)), "generated");
        List<int[][]> ops = StructureMatcher.identity();
        assertTrue(StructureMatcher.match(ref, ideal, ops, 1e-4).isPresent(), () -> StructureMatcher.explain(ref, ideal, ops, 1e-4));
    }

    @Test
    void describeNamesA3MgAndSpaceGroup194() {
        Lattice.Description d = hcp(3.11, HcpLattice.IDEAL_C_OVER_A, "Li").describe();
        assertEquals("A3", d.strukturbericht());
        assertEquals("Mg", d.prototype());
        assertEquals(194, d.spaceGroup());
        assertEquals("A3 Li", hcp(3.11, 1.6, "Li", "Ag").prim().name());
    }

    @Test
    void unknownSublatticeAndNonPositiveAxialRatioAreRejected() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new HcpLattice.Parameters(3.11, 1.6, Map.of("2a", List.of("Li"))));
        assertEquals("unknown sublattice label 2a in species; allowed labels: 2c", unknown.getMessage());
        IllegalArgumentException ratio = assertThrows(IllegalArgumentException.class,
                () -> new HcpLattice.Parameters(3.11, -1.6, Map.of("2c", List.of("Li"))));
        assertEquals("c-over-a must be > 0, got -1.6", ratio.getMessage());
    }

    @Test
    void defaultsAndTheExampleBindThroughTheHostBinder() throws Exception {
        HcpLattice.Parameters defaults = LatticeChecks.bind((YMap) new YamlReader().read("type: hcp\n", "test.yaml"), HcpLattice.Parameters.class);
        assertEquals(3.11, defaults.a());
        assertEquals(HcpLattice.IDEAL_C_OVER_A, defaults.cOverA(), 1e-15);
        assertEquals(Map.of("2c", List.of("Li")), defaults.species());
        YMap example = (YMap) ((YMap) new YamlReader().read(new HcpLattice.Factory().example(), "example")).get("lattice");
        HcpLattice.Parameters p = LatticeChecks.bind(example, HcpLattice.Parameters.class);
        assertEquals(1.633, p.cOverA());
        assertEquals(List.of("Li", "Ag"), p.species().get("2c"));
    }


}
