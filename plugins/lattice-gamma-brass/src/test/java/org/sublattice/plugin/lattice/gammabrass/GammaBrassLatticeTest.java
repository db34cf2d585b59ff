package org.sublattice.plugin.lattice.gammabrass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.sublattice.testkit.LatticeChecks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sublattice.api.BuildContext;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.core.yaml.YNode.YMap;
import org.sublattice.core.yaml.YamlReader;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.io.StructureMatcher;
import org.sublattice.plugin.lattice.gammabrass.GammaBrassLattice.Wyckoff;

class GammaBrassLatticeTest {
    /** BCC primitive cell → conventional cube. */
    private static final int[][] TO_CUBE = {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}};
    private static final Map<String, List<String>> GAMMA3 = Map.of("IT", List.of("Li"), "OT", List.of("Ag"), "OH", List.of("Ag"), "CO", List.of("Li"));
    private static final Map<String, List<String>> CU5ZN8 = Map.of("IT", List.of("Zn"), "OT", List.of("Cu"), "OH", List.of("Cu"), "CO", List.of("Zn"));

    private static Lattice gamma(double a, Map<String, List<String>> species, Wyckoff w) {
        return GammaBrassLattice.build(new GammaBrassLattice.Parameters(a, species, w));
    }

    private static Supercell cube(Lattice lattice) {
        return Supercell.of(lattice.prim(), TO_CUBE);
    }

    @Test
    void primitiveCellHas26SitesAndTheCubeHas52OnItOtOhCo() {
        Lattice l = gamma(8.866, GAMMA3, Wyckoff.ideal());
        assertEquals(26, l.prim().size());
        Supercell cube = cube(l);
        assertEquals(52, cube.size());
        Map<String, Integer> counts = new TreeMap<>();
        for (int s = 0; s < cube.size(); s++) {
            counts.merge(cube.site(s).sublattice(), 1, Integer::sum);
        }
        assertEquals(Map.of("IT", 8, "OT", 8, "OH", 12, "CO", 24), counts);
    }

    @Test
    void idealSitesAreTheThreeByThreeByThreeBccSupercellWithoutTheTwoStructuralVacancies() {
        Supercell cube = cube(gamma(9.0, GAMMA3, Wyckoff.ideal()));
        for (int s = 0; s < cube.size(); s++) {
            Vec3 f = cube.cell().toFractional(cube.position(s)).times(6);
            // BCC sites of the 3×3×3 supercell: all coordinates multiples of 1/3, or all odd multiples of 1/6.
            long even = java.util.stream.DoubleStream.of(f.x(), f.y(), f.z()).filter(x -> Math.abs(x / 2 - Math.rint(x / 2)) < 1e-9).count();
            long odd = java.util.stream.DoubleStream.of(f.x(), f.y(), f.z())
                    .filter(x -> Math.abs(x - Math.rint(x)) < 1e-9 && Math.abs(x / 2 - Math.rint(x / 2)) > 0.25).count();
            assertTrue(even == 3 || odd == 3, "site " + s + " at " + f + "/6 is not a BCC site of the 3x3x3 supercell");
            boolean corner = Math.abs(f.x() % 6) < 1e-9 && Math.abs(f.y() % 6) < 1e-9 && Math.abs(f.z() % 6) < 1e-9;
            boolean centre = f.minus(new Vec3(3, 3, 3)).norm() < 1e-9;
            assertTrue(!corner && !centre, "site " + s + " sits on a structural vacancy");
        }
    }

    @Test
    void ohOctahedronIsTheSecondNeighbourShellOfEachStructuralVacancy() {
        Supercell cube = cube(gamma(8.866, GAMMA3, Wyckoff.ideal()));
        double aBcc = 8.866 / 3;
        int ohSeen = 0;
        for (Vec3 vacancy : List.of(Vec3.ZERO, new Vec3(0.5, 0.5, 0.5))) {
            Map<String, Integer> first = new TreeMap<>();
            Map<String, Integer> second = new TreeMap<>();
            for (int s = 0; s < cube.size(); s++) {
                double d = minimumImage(cube, cube.cell().toFractional(cube.position(s)), vacancy);
                String label = cube.site(s).sublattice();
                if (Math.abs(d - aBcc * Math.sqrt(3) / 2) < 1e-6) {
                    first.merge(label, 1, Integer::sum);
                } else if (Math.abs(d - aBcc) < 1e-6) {
                    second.merge(label, 1, Integer::sum);
                }
            }
            assertEquals(Map.of("IT", 4, "OT", 4), first, "nearest neighbours of the vacancy at " + vacancy);
            assertEquals(Map.of("OH", 6), second, "second neighbours of the vacancy at " + vacancy);
            ohSeen += second.get("OH");
        }
        assertEquals(12, ohSeen);
    }

    @Test
    void colouringLowersTheBccPointGroupToMinus43m() {
        Map<String, List<String>> uniform = Map.of("IT", List.of("Li", "Ag"), "OT", List.of("Li", "Ag"), "OH", List.of("Li", "Ag"),
                "CO", List.of("Li", "Ag"));
        assertEquals(48, FactorGroup.of(gamma(8.866, uniform, Wyckoff.ideal()).prim()).size());
        FactorGroup coloured = FactorGroup.of(gamma(8.866, GAMMA3, Wyckoff.ideal()).prim());
        assertEquals(24, coloured.size());
        assertEquals(1, coloured.pureTranslations());
        // The relaxed geometry alone has I-43m symmetry; its orbits are IT, OT, OH and CO.
        FactorGroup relaxed = FactorGroup.of(gamma(8.866, uniform, Wyckoff.cu5Zn8()).prim());
        assertEquals(24, relaxed.size());
        assertEquals(List.of(4, 4, 6, 12), relaxed.basisOrbits().stream().map(List::size).toList());
    }

    @Test
    void idealStructureEqualsTheCu5Zn8ColouringOfTheBccReference() {
        LatticeChecks.assertMatchesReference(gamma(8.8664, CU5ZN8, Wyckoff.ideal()), "gamma_brass_ideal_3x3x3bcc_Cu5Zn8colouring.POSCAR", TO_CUBE, 1e-4);
    }

    @Test
    void relaxedParametersReproduceTheCu5Zn8Reference() {
        LatticeChecks.assertMatchesReference(gamma(8.8664, CU5ZN8, Wyckoff.cu5Zn8()), "Cu5Zn8_gamma_brass.POSCAR", TO_CUBE, 1e-4);
        // The four-digit values of SCIENCE.md agree to the rounding.
        LatticeChecks.assertMatchesReference(gamma(8.8664, CU5ZN8, new Wyckoff(0.1078, 0.3277, 0.3558, 0.3116, 0.0367)), "Cu5Zn8_gamma_brass.POSCAR", TO_CUBE, 2e-3);
    }

    @Test
    void gourdonRepresentativesOfOhAndCoGiveTheSameSites() {
        Structure ours = Structure.of(Configuration.ideal(cube(gamma(8.8664, CU5ZN8, Wyckoff.cu5Zn8()))), "ours");
        Structure gourdon = Structure.of(Configuration.ideal(cube(gamma(8.8664, CU5ZN8,
                new Wyckoff(0.10781, 0.32774, 0.64421, 0.68844, 0.03674)))), "Gourdon");
        assertTrue(StructureMatcher.match(ours, gourdon, StructureMatcher.identity(), 1e-9).isPresent());
    }

    @Test
    void gamma1DiffersFromGamma3OnlyOnTheOctahedron() {
        Map<String, List<String>> gamma1 = Map.of("IT", List.of("Li"), "OT", List.of("Ag"), "OH", List.of("Li"), "CO", List.of("Li"));
        assertEquals("D8_2 Li8Ag5", gamma(9.6, GAMMA3, Wyckoff.ideal()).prim().name());
        assertEquals("D8_2 Li11Ag2", gamma(9.6, gamma1, Wyckoff.ideal()).prim().name());
    }

    @Test
    void describeNamesD82Cu5Zn8AndSpaceGroup217() {
        Lattice.Description d = gamma(8.866, GAMMA3, Wyckoff.ideal()).describe();
        assertEquals("D8_2", d.strukturbericht());
        assertEquals("Cu5Zn8", d.prototype());
        assertEquals(217, d.spaceGroup());
    }

    @Test
    void unknownSublatticeAndCollidingWyckoffPositionsAreRejected() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new GammaBrassLattice.Parameters(8.866, Map.of("IT", List.of("Li"), "OT", List.of("Ag"), "OH", List.of("Ag"),
                        "CO", List.of("Li"), "8c", List.of("Li")), Wyckoff.ideal()));
        assertEquals("unknown sublattice label 8c in species; allowed labels: IT, OT, OH, CO", unknown.getMessage());
        IllegalArgumentException special = assertThrows(IllegalArgumentException.class, () -> new Wyckoff(0, 0.3, 0.3, 0.3, 0.05));
        assertEquals("wyckoff {it: 0.0, ot: 0.3, oh: 0.3, co-x: 0.3, co-z: 0.05} puts IT on a special position: 2 sites per cubic cell"
                + " instead of 8", special.getMessage());
        IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class, () -> new Wyckoff(1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3, 0));
        assertTrue(overlap.getMessage().contains("puts IT") && overlap.getMessage().contains("and OT")
                && overlap.getMessage().contains("on top of each other"), overlap.getMessage());
    }

    @Test
    void latticeParameterTooSmallForTheCellIsAnInputError() {
        GammaBrassLattice.Parameters p = new GammaBrassLattice.Parameters(1e-3, GAMMA3, Wyckoff.ideal());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new GammaBrassLattice.Factory().create(p, new BuildContext(Path.of("."), "test")));
        assertTrue(e.getMessage().startsWith("gamma-brass lattice with a = 0.001 Å: "), e.getMessage());
    }

    @Test
    void defaultsAndTheExampleBindThroughTheHostBinder() throws Exception {
        GammaBrassLattice.Parameters defaults = LatticeChecks.bind((YMap) new YamlReader().read("type: gamma-brass\n", "test.yaml"), GammaBrassLattice.Parameters.class);
        assertEquals(8.866, defaults.a());
        assertEquals(GAMMA3, defaults.species());
        assertEquals(Wyckoff.ideal(), defaults.wyckoff());
        YMap example = (YMap) ((YMap) new YamlReader().read(new GammaBrassLattice.Factory().example(), "example")).get("lattice");
        GammaBrassLattice.Parameters p = LatticeChecks.bind(example, GammaBrassLattice.Parameters.class);
        assertEquals(new Wyckoff(0.1078, 0.3277, 0.3558, 0.3116, 0.0367), p.wyckoff());
        assertEquals(List.of("Li", "Ag"), p.species().get("IT"));
    }


    /** Distance (Å) between fractional positions of the cubic supercell, nearest periodic image. */
    private static double minimumImage(Supercell cube, Vec3 f, Vec3 g) {
        Vec3 d = f.minus(g);
        return cube.cell().toCartesian(new Vec3(d.x() - Math.rint(d.x()), d.y() - Math.rint(d.y()), d.z() - Math.rint(d.z()))).norm();
    }


}
