package org.sublattice.plugin.lattice.b2;

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

class B2LatticeTest {
    private static Lattice b2(double a, List<String> on1a, List<String> on1b) {
        return B2Lattice.build(new B2Lattice.Parameters(a, Map.of("1a", on1a, "1b", on1b)));
    }

    private static Lattice liAg() {
        return b2(3.17, List.of("Li"), List.of("Ag"));
    }

    @Test
    void cubicCellHoldsOneSiteOnEachSublattice() {
        Prim prim = liAg().prim();
        assertEquals(2, prim.size());
        assertEquals(List.of("1a", "1b"), prim.sublattices());
        assertEquals(3.17 * 3.17 * 3.17, prim.cell().volume(), 1e-9);
    }

    @Test
    void everySiteHasEightUnlikeNearestNeighbours() {
        Prim prim = liAg().prim();
        double nn = prim.shellDistances(1)[0];
        assertEquals(3.17 * Math.sqrt(3) / 2, nn, 1e-9);
        for (int b = 0; b < 2; b++) {
            int from = b;
            List<Neighbour> shell = prim.neighbours(nn).stream().filter(n -> n.from() == from).toList();
            assertEquals(8, shell.size());
            assertTrue(shell.stream().allMatch(n -> n.to() != from));
        }
    }

    @Test
    void factorGroupHasTheFullCubicPointGroupAndKeepsTheSublatticesApart() {
        FactorGroup g = FactorGroup.of(b2(3.17, List.of("Li", "Va"), List.of("Ag", "Li")).prim());
        assertEquals(48, g.size());
        assertEquals(List.of(List.of(0), List.of(1)), g.basisOrbits());
    }

    @Test
    void idealStructureEqualsTheLiAgReferenceFile() {
        Structure ref = Poscar.read(LatticeChecks.reference("LiAg_B2.POSCAR"));
        Structure ideal = Structure.of(Configuration.ideal(Supercell.repeat(liAg().prim(), 1, 1, 1)), "generated");
        List<int[][]> ops = StructureMatcher.cubicOperations();
        assertTrue(StructureMatcher.match(ref, ideal, ops, 1e-4).isPresent(), () -> StructureMatcher.explain(ref, ideal, ops, 1e-4));
    }

    @Test
    void describeNamesB2CsClAndSpaceGroup221() {
        Lattice.Description d = liAg().describe();
        assertEquals("B2", d.strukturbericht());
        assertEquals("CsCl", d.prototype());
        assertEquals(221, d.spaceGroup());
        assertEquals("B2 LiAg", liAg().prim().name());
    }

    @Test
    void unknownOrMissingSublatticeIsRejectedListingTheAllowedLabels() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new B2Lattice.Parameters(3.17, Map.of("1a", List.of("Li"), "1b", List.of("Ag"), "2a", List.of("Li"))));
        assertEquals("unknown sublattice label 2a in species; allowed labels: 1a, 1b", unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new B2Lattice.Parameters(3.17, Map.of("1a", List.of("Li"))));
        assertEquals("species gives no occupants for sublattice 1b; every one of 1a, 1b needs a list", missing.getMessage());
    }

    @Test
    void defaultsAndTheExampleBindThroughTheHostBinder() throws Exception {
        B2Lattice.Parameters defaults = LatticeChecks.bind((YMap) new YamlReader().read("type: b2\n", "test.yaml"), B2Lattice.Parameters.class);
        assertEquals(3.17, defaults.a());
        assertEquals(Map.of("1a", List.of("Li"), "1b", List.of("Ag")), defaults.species());
        YMap example = (YMap) ((YMap) new YamlReader().read(new B2Lattice.Factory().example(), "example")).get("lattice");
        assertEquals(List.of("Li", "Ag", "Va"), LatticeChecks.bind(example, B2Lattice.Parameters.class).species().get("1a"));
    }


}
