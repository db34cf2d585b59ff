package org.sublattice.plugin.lattice.d03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.sublattice.testkit.LatticeChecks;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

class D03LatticeTest {
    /** FCC primitive cell → conventional cube. */
    private static final int[][] TO_CUBE = {{-1, 1, 1}, {1, -1, 1}, {1, 1, -1}};

    private static Lattice li3Ag(double a) {
        return D03Lattice.build(new D03Lattice.Parameters(a, Map.of("4a", List.of("Ag"), "4b", List.of("Li"), "8c", List.of("Li"))));
    }

    @Test
    void conventionalCubeHoldsFourSitesOn4aFourOn4bAndEightOn8c() {
        Supercell cube = Supercell.of(li3Ag(6.40).prim(), TO_CUBE);
        assertEquals(16, cube.size());
        Map<String, Integer> counts = new TreeMap<>();
        for (int s = 0; s < cube.size(); s++) {
            counts.merge(cube.site(s).sublattice(), 1, Integer::sum);
        }
        assertEquals(Map.of("4a", 4, "4b", 4, "8c", 8), counts);
        assertEquals(6.40, cube.cell().a().x(), 1e-12);
    }

    @Test
    void agOn4aHasEightLiNearestNeighboursOn8c() {
        Prim prim = li3Ag(6.40).prim();
        double nn = prim.shellDistances(1)[0];
        assertEquals(6.40 * Math.sqrt(3) / 4, nn, 1e-9);
        List<Neighbour> around4a = prim.neighbours(nn).stream().filter(n -> n.from() == 0).toList();
        assertEquals(8, around4a.size());
        assertTrue(around4a.stream().allMatch(n -> prim.basis().get(n.to()).sublattice().equals("8c")
                && prim.basis().get(n.to()).ideal().equals("Li")));
        // 8c sites sit between 4 sites of 4a and 4 of 4b.
        List<Neighbour> around8c = prim.neighbours(nn).stream().filter(n -> n.from() == 2).toList();
        assertEquals(4, around8c.stream().filter(n -> n.to() == 0).count());
        assertEquals(4, around8c.stream().filter(n -> n.to() == 1).count());
    }

    @Test
    void primIsPrimitiveWithTheFullCubicPointGroupAndThreeSiteOrbits() {
        FactorGroup g = FactorGroup.of(li3Ag(6.40).prim());
        assertEquals(48, g.size());
        assertEquals(1, g.pureTranslations());
        assertEquals(List.of(List.of(0), List.of(1), List.of(2, 3)), g.basisOrbits());
    }

    @Test
    void idealStructureEqualsTheLi3AgReferenceFile() {
        Structure ref = Poscar.read(LatticeChecks.reference("Li3Ag_D03.POSCAR"));
        Structure ideal = Structure.of(Configuration.ideal(Supercell.of(li3Ag(6.40).prim(), TO_CUBE)), "generated");
        List<int[][]> ops = StructureMatcher.cubicOperations();
        assertTrue(StructureMatcher.match(ref, ideal, ops, 1e-4).isPresent(), () -> StructureMatcher.explain(ref, ideal, ops, 1e-4));
    }

    @Test
    void describeNamesD03BiF3AndSpaceGroup225() {
        Lattice.Description d = li3Ag(6.40).describe();
        assertEquals("D0_3", d.strukturbericht());
        assertEquals("BiF3", d.prototype());
        assertEquals(225, d.spaceGroup());
        assertEquals("D0_3 AgLi3", li3Ag(6.40).prim().name());
    }

    @Test
    void unknownOrMissingSublatticeIsRejectedListingTheAllowedLabels() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new D03Lattice.Parameters(6.4, Map.of("4a", List.of("Ag"), "4b", List.of("Li"), "8a", List.of("Li"))));
        assertEquals("unknown sublattice label 8a in species; allowed labels: 4a, 4b, 8c", unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new D03Lattice.Parameters(6.4, Map.of("4a", List.of("Ag"))));
        assertEquals("species gives no occupants for sublattices 4b, 8c; every one of 4a, 4b, 8c needs a list", missing.getMessage());
    }

    @Test
    void defaultsAndTheExampleBindThroughTheHostBinder() throws Exception {
        D03Lattice.Parameters defaults = LatticeChecks.bind((YMap) new YamlReader().read("type: d03\n", "test.yaml"), D03Lattice.Parameters.class);
        assertEquals(6.40, defaults.a());
        assertEquals(Map.of("4a", List.of("Ag"), "4b", List.of("Li"), "8c", List.of("Li")), defaults.species());
        YMap example = (YMap) ((YMap) new YamlReader().read(new D03Lattice.Factory().example(), "example")).get("lattice");
        assertEquals(List.of("Li", "Va"), LatticeChecks.bind(example, D03Lattice.Parameters.class).species().get("8c"));
    }


}
