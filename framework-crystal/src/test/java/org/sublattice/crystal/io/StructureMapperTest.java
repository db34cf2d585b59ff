package org.sublattice.crystal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;

class StructureMapperTest {
    private static final double A = 5.6;
    private static final StructureMapper.Limits LIMITS = StructureMapper.Limits.defaults();

    private static Prim diamond(String... occupants) {
        Cell fcc = new Cell(new Vec3(0, A / 2, A / 2), new Vec3(A / 2, 0, A / 2), new Vec3(A / 2, A / 2, 0));
        return new Prim("diamond", fcc, List.of(new Site("d", Vec3.ZERO, List.of(occupants), occupants[0]),
                new Site("d", new Vec3(0.25, 0.25, 0.25), List.of(occupants), occupants[0])));
    }

    private static Configuration random(Supercell sc, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] occ = new byte[sc.size()];
        for (int s = 0; s < occ.length; s++) {
            occ[s] = (byte) r.nextInt(sc.site(s).occupants().size());
        }
        return new Configuration(sc, occ);
    }

    /** The structure deformed by F (rows: r → r·F), shifted, shuffled, with noise of {@code noise} Å per coordinate. */
    private static Structure deform(Structure s, double[][] f, Vec3 shift, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Vec3[] v = new Vec3[3];
        for (int i = 0; i < 3; i++) {
            Vec3 a = s.cell().vector(i);
            v[i] = new Vec3(a.x() * f[0][0] + a.y() * f[1][0] + a.z() * f[2][0], a.x() * f[0][1] + a.y() * f[1][1] + a.z() * f[2][1],
                    a.x() * f[0][2] + a.y() * f[1][2] + a.z() * f[2][2]);
        }
        Cell cell = new Cell(v[0], v[1], v[2]);
        List<Structure.Atom> atoms = new ArrayList<>();
        for (Structure.Atom a : s.atoms()) {
            Vec3 jitter = cell.toFractional(new Vec3(noise * (2 * r.nextDouble() - 1), noise * (2 * r.nextDouble() - 1),
                    noise * (2 * r.nextDouble() - 1)));
            atoms.add(new Structure.Atom(a.species(), a.position().plus(shift).plus(jitter)));
        }
        Collections.shuffle(atoms, new java.util.Random(seed));
        return new Structure(s.title(), cell, atoms);
    }

    private static double[][] rotationZ(double angle, double stretchX) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        // Stretch along x, then rotate about z (rows act on row vectors from the right).
        return new double[][] {{c * stretchX, s * stretchX, 0}, {-s, c, 0}, {0, 0, 1}};
    }

    /** Same configuration up to a translation; on another supercell basis, the same local environments. */
    private static void assertSameOrdering(Configuration expected, Configuration got) {
        if (java.util.Arrays.deepEquals(expected.supercell().transformation(), got.supercell().transformation())) {
            Structure e = Structure.of(expected, "expected");
            Structure g = Structure.of(got, "mapped");
            assertTrue(StructureMatcher.match(e, g, StructureMatcher.identity(), 1e-6).isPresent(),
                    StructureMatcher.explain(e, g, StructureMatcher.identity(), 1e-6));
        } else {
            assertEquals(environments(expected), environments(got));
        }
    }

    /** Each site's species with the sorted species of its first three neighbour shells, as a sorted list. */
    private static List<String> environments(Configuration c) {
        Supercell sc = c.supercell();
        double[] shells = sc.prim().shellDistances(3);
        var neighbours = sc.prim().neighbours(shells[2] + 1e-3);
        var table = sc.neighbourTable(neighbours);
        List<String> out = new ArrayList<>();
        for (int s = 0; s < sc.size(); s++) {
            int b = sc.basis(s);
            List<String> around = new ArrayList<>();
            int col = 0;
            for (var n : neighbours) {
                if (n.from() != b) {
                    continue;
                }
                int shell = n.distance() < shells[0] + 1e-3 ? 1 : n.distance() < shells[1] + 1e-3 ? 2 : 3;
                around.add(shell + c.species(table.table()[s * table.width() + col++]));
            }
            Collections.sort(around);
            out.add(c.species(s) + around);
        }
        Collections.sort(out);
        return out;
    }

    @Test
    void aStrainedShiftedShuffledNoisyCopyMapsBackOntoItsConfiguration() {
        Prim prim = diamond("Si", "Ge");
        Supercell sc = Supercell.of(prim, new int[][] {{1, 0, 1}, {0, 2, 1}, {-1, -1, 0}});
        for (long seed = 1; seed <= 5; seed++) {
            Configuration c = random(sc, seed);
            double stretch = 1.04;
            Structure relaxed = deform(Structure.of(c, "x"), new double[][] {{stretch, 0, 0}, {0, 0.98, 0}, {0, 0, 0.98}},
                    new Vec3(0.13, -0.21, 0.4), 0.05, seed);
            StructureMapper.Mapping m = assertInstanceOf(StructureMapper.Mapping.class, StructureMapper.map(prim, relaxed, LIMITS));
            assertSameOrdering(c, m.configuration());
            // ⅓Σ(λ/det^⅓ − 1)² of diag(1.04, 0.98, 0.98)
            double j = Math.cbrt(1.04 * 0.98 * 0.98);
            double expected = (Math.pow(1.04 / j - 1, 2) + 2 * Math.pow(0.98 / j - 1, 2)) / 3;
            assertEquals(expected, m.latticeCost(), 1e-9);
            assertEquals(1.04 * 0.98 * 0.98 - 1, m.volumeChange(), 1e-9);
            assertTrue(m.maxDisplacement() < 0.05 * Math.sqrt(3) + 1e-9, "displacement " + m.maxDisplacement());
        }
    }

    @Test
    void aRotatedCellIsFoundByItsLengthsAndAngles() {
        Prim prim = diamond("Si", "Ge");
        Supercell sc = Supercell.of(prim, new int[][] {{2, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        Configuration c = random(sc, 9);
        Structure relaxed = deform(Structure.of(c, "x"), rotationZ(0.5, 1.01), Vec3.ZERO, 0.0, 9);
        StructureMapper.Mapping m = assertInstanceOf(StructureMapper.Mapping.class, StructureMapper.map(prim, relaxed, LIMITS));
        assertSameOrdering(c, m.configuration());
        double j = Math.cbrt(1.01);
        assertEquals((Math.pow(1.01 / j - 1, 2) + 2 * Math.pow(1 / j - 1, 2)) / 3, m.latticeCost(), 1e-9);
    }

    @Test
    void vacanciesFillTheSitesNoAtomTook() {
        Prim prim = diamond("Si", "Va");
        Supercell sc = Supercell.repeat(prim, 2, 1, 1);
        byte[] occ = new byte[sc.size()];
        occ[3] = 1;
        Configuration c = new Configuration(sc, occ);
        StructureMapper.Mapping m = assertInstanceOf(StructureMapper.Mapping.class,
                StructureMapper.map(prim, deform(Structure.of(c, "x"), new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, Vec3.ZERO, 0.02, 3), LIMITS));
        assertEquals(1, m.configuration().count("Va"));
        assertSameOrdering(c, m.configuration());
    }

    @Test
    void rejectsASpeciesThePrimDoesNotAllow() {
        Prim prim = diamond("Si", "Ge");
        Structure s = Structure.of(Configuration.ideal(Supercell.repeat(prim, 1, 1, 1)), "x");
        Structure sn = new Structure("sn", s.cell(), List.of(new Structure.Atom("Sn", Vec3.ZERO), s.atoms().get(1)));
        StructureMapper.Failure f = assertInstanceOf(StructureMapper.Failure.class, StructureMapper.map(prim, sn, LIMITS));
        assertEquals("species Sn is allowed on no site of the prim (species: Si, Ge)", f.reason());
    }

    @Test
    void rejectsACellThatIsNoSupercellAndAnAtomCountThatFillsNoCells() {
        Prim prim = diamond("Si", "Ge");
        Structure cubic = new Structure("sc", Cell.cubic(A), List.of(new Structure.Atom("Si", Vec3.ZERO), new Structure.Atom("Ge",
                new Vec3(0.5, 0.5, 0.5))));
        StructureMapper.Failure f = assertInstanceOf(StructureMapper.Failure.class, StructureMapper.map(prim, cubic, LIMITS));
        assertTrue(f.reason().startsWith("the cell is not a supercell of the prim"), f.reason());
        Structure three = new Structure("3", prim.cell(), List.of(new Structure.Atom("Si", Vec3.ZERO),
                new Structure.Atom("Si", new Vec3(0.25, 0.25, 0.25)), new Structure.Atom("Ge", new Vec3(0.5, 0.5, 0.5))));
        assertEquals("3 atoms do not fill whole prim cells of 2 sites, and no site may be vacant",
                assertInstanceOf(StructureMapper.Failure.class, StructureMapper.map(prim, three, LIMITS)).reason());
    }

    @Test
    void rejectsAnAtomHalfwayBetweenSites() {
        Prim prim = diamond("Si", "Ge");
        Structure s = Structure.of(Configuration.ideal(Supercell.repeat(prim, 2, 2, 2)), "x");
        List<Structure.Atom> atoms = new ArrayList<>(s.atoms());
        // Move one atom 60 % of the way to its nearest neighbour (0.125 of the 2×2×2 cell's diagonal is a whole bond).
        Structure.Atom a = atoms.get(0);
        atoms.set(0, new Structure.Atom(a.species(), a.position().plus(new Vec3(0.075, 0.075, 0.075))));
        StructureMapper.Failure f = assertInstanceOf(StructureMapper.Failure.class,
                StructureMapper.map(prim, new Structure("moved", s.cell(), atoms), LIMITS));
        assertTrue(f.reason().startsWith("atom 1 (Si) is ") && f.reason().endsWith("more than half the shortest site distance 2.42 Å: "
                + "its site is ambiguous"), f.reason());
    }

    @Test
    void everyRelaxedSiGeStructureMapsOntoTheConfigurationCasmListsForIt() throws Exception {
        Prim prim = CasmPrim.read(CasmSiGe.file("prim.json"));
        Map<String, CasmConfigList.Entry> listed = CasmConfigList.read(CasmSiGe.file("config_list.json"), prim).stream()
                .collect(Collectors.toMap(CasmConfigList.Entry::name, Function.identity()));
        double worstLattice = 0;
        double worstBasis = 0;
        double worstDisplacement = 0;
        for (CasmSiGe.Calculation calc : CasmSiGe.calculations()) {
            StructureMapper.Result r = StructureMapper.map(prim, calc.relaxed(), LIMITS);
            StructureMapper.Mapping m = assertInstanceOf(StructureMapper.Mapping.class, r, calc.name() + ": " + r);
            Configuration expected = listed.get(calc.name()).configuration();
            assertTrue(java.util.Arrays.deepEquals(expected.supercell().transformation(), m.transformation()), calc.name());
            assertSameOrdering(expected, m.configuration());
            worstLattice = Math.max(worstLattice, m.latticeCost());
            worstBasis = Math.max(worstBasis, m.basisCost());
            worstDisplacement = Math.max(worstDisplacement, m.maxDisplacement());
        }
        System.out.printf("SiGe mapping: worst lattice cost %.3g, basis cost %.3g, displacement %.3g Å%n", worstLattice, worstBasis,
                worstDisplacement);
        assertTrue(worstLattice < LIMITS.maxLatticeCost() && worstBasis < LIMITS.maxBasisCost());
    }
}
