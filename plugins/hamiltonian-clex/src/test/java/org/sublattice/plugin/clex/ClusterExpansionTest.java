package org.sublattice.plugin.clex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.ClusterSpace;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.SiteBasis;

class ClusterExpansionTest {
    /** Agreement required between local and full-recompute energy changes (eV). */
    static final double TOLERANCE = 1e-10;

    static Site site(String label, Vec3 f, String... occ) {
        return new Site(label, f, List.of(occ), occ[0]);
    }

    static Cell fccCell(double a) {
        return new Cell(new Vec3(0, a / 2, a / 2), new Vec3(a / 2, 0, a / 2), new Vec3(a / 2, a / 2, 0));
    }

    static Prim fcc(String... occ) {
        return new Prim("fcc", fccCell(4.0), List.of(site("4a", Vec3.ZERO, occ)));
    }

    static Prim b32() {
        Cell c = fccCell(6.37);
        double a = 6.37;
        return new Prim("b32", c, List.of(
                site("8a", c.toFractional(new Vec3(0, 0, 0)), "Li", "Va"),
                site("8b", c.toFractional(new Vec3(a / 2, a / 2, a / 2)), "Al", "Li"),
                site("8a", c.toFractional(new Vec3(a / 4, a / 4, a / 4)), "Li", "Va"),
                site("8b", c.toFractional(new Vec3(3 * a / 4, 3 * a / 4, 3 * a / 4)), "Al", "Li")));
    }

    static Prim b2() {
        return new Prim("b2", Cell.cubic(3.17), List.of(site("1a", Vec3.ZERO, "Li", "Ag", "Va"), site("1b", new Vec3(0.5, 0.5, 0.5), "Ag", "Li")));
    }

    /** A model with random ECIs on every function of the space. */
    static ClusterExpansion randomModel(Prim prim, double[] lengths, long seed) {
        ClusterSpace space = new ClusterSpace(FactorGroup.of(prim), lengths);
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder eci = new StringBuilder("eci: {");
        for (int f = 0; f < space.functions().size(); f++) {
            eci.append(f == 0 ? "" : ", ").append(f).append(": ").append(r.nextDouble(-0.1, 0.1));
        }
        StringBuilder clusters = new StringBuilder("clusters: {");
        for (int n = 2; n < lengths.length; n++) {
            clusters.append(n == 2 ? "" : ", ").append(n).append(": ").append(lengths[n]);
        }
        ClexModel m = ClexModel.parse("name: random\n" + clusters + "}\n" + eci + "}\n", "random");
        return new ClusterExpansion(m, space);
    }

    static Stream<Arguments> systems() {
        Prim fcc3 = fcc("Ag", "Li", "Va");
        Prim b32 = b32();
        Prim b2 = b2();
        double[] s = b32.shellDistances(3);
        return Stream.of(
                Arguments.of("fcc binary with quadruplets", fcc("Au", "Cu"), new double[] {0, 0, 4.1, 2.9, 2.9},
                        new int[][] {{3, 0, 0}, {0, 3, 0}, {0, 0, 3}}),
                Arguments.of("fcc ternary 4x4x4", fcc3, new double[] {0, 0, 5.7, 4.1}, new int[][] {{4, 0, 0}, {0, 4, 0}, {0, 0, 4}}),
                Arguments.of("fcc ternary non-diagonal", fcc3, new double[] {0, 0, 4.1, 2.9}, new int[][] {{-2, 2, 2}, {2, -2, 2}, {2, 2, -2}}),
                Arguments.of("fcc tiny supercell (wrapping)", fcc3, new double[] {0, 0, 5.7, 4.1}, new int[][] {{1, 0, 0}, {0, 2, 0}, {0, 0, 2}}),
                Arguments.of("b32 Li/Va + Al/Li", b32, new double[] {0, 0, s[2] + 1e-3, s[0] + 1e-3}, new int[][] {{3, 0, 0}, {0, 3, 0}, {0, 0, 3}}),
                Arguments.of("b2 with vacancies", b2, new double[] {0, 0, 4.6, 3.2}, new int[][] {{4, 0, 0}, {0, 4, 0}, {0, 0, 4}}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void localEnergyChangesEqualFullRecomputeDifferences(String name, Prim prim, double[] lengths, int[][] t) {
        ClusterExpansion ce = randomModel(prim, lengths, 17);
        Supercell sc = Supercell.of(prim, t);
        BoundHamiltonian h = ce.bind(sc);
        SplittableRandom r = new SplittableRandom(5);
        byte[] occ = randomOccupation(sc, r);
        double e = h.energy(occ);
        int moves = 10_000;
        for (int n = 0; n < moves; n++) {
            int kind = n % 3;
            if (kind == 0) {
                int s = r.nextInt(occ.length);
                int m = sc.site(s).occupants().size();
                int nw = r.nextInt(m);
                double d = h.deltaFlip(occ, s, nw);
                occ[s] = (byte) nw;
                double e2 = h.energy(occ);
                assertEquals(e2 - e, d, TOLERANCE, name + " flip " + n);
                e = e2;
            } else if (kind == 1) {
                int a = r.nextInt(occ.length);
                int b = sameSet(sc, a, r);
                double d = h.deltaSwap(occ, a, b);
                byte x = occ[a];
                occ[a] = occ[b];
                occ[b] = x;
                double e2 = h.energy(occ);
                assertEquals(e2 - e, d, TOLERANCE, name + " swap " + n);
                e = e2;
            } else {
                int[] sites = new int[3];
                byte[] nw = new byte[3];
                for (int k = 0; k < 3; k++) {
                    sites[k] = r.nextInt(occ.length);
                    nw[k] = (byte) r.nextInt(sc.site(sites[k]).occupants().size());
                }
                byte[] copy = nw.clone();
                double d = h.deltaEvent(occ, sites, nw, 3);
                assertTrue(java.util.Arrays.equals(copy, nw), "deltaEvent must leave its arguments as it found them");
                for (int k = 0; k < 3; k++) {
                    occ[sites[k]] = nw[k];
                }
                double e2 = h.energy(occ);
                assertEquals(e2 - e, d, TOLERANCE, name + " event " + n);
                e = e2;
            }
        }
    }

    @Test
    void computedNeighboursGiveTheEnergiesAndChangesOfTheTable() {
        Prim prim = b32();
        double[] s = prim.shellDistances(3);
        ClusterExpansion ce = randomModel(prim, new double[] {0, 0, s[2] + 1e-3, s[0] + 1e-3}, 5);
        Supercell sc = Supercell.of(prim, new int[][] {{-3, 3, 3}, {3, -3, 3}, {3, 3, -3}});
        BoundHamiltonian table = new BoundClusterExpansion(sc, ce.space(), ce.basis(), ce.eci(), Long.MAX_VALUE);
        BoundHamiltonian computed = new BoundClusterExpansion(sc, ce.space(), ce.basis(), ce.eci(), 0);
        SplittableRandom r = new SplittableRandom(6);
        byte[] occ = randomOccupation(sc, r);
        assertEquals(table.energy(occ), computed.energy(occ), 1e-12);
        for (int n = 0; n < 2000; n++) {
            int x = r.nextInt(occ.length);
            int v = r.nextInt(sc.site(x).occupants().size());
            assertEquals(table.deltaFlip(occ, x, v), computed.deltaFlip(occ, x, v), 1e-12, "site " + x);
            occ[x] = (byte) v;
        }
    }

    @Test
    void computedNeighboursKeptForRevisitedSitesGiveTheChangesOfTheTable() {
        Prim prim = b32();
        double[] s = prim.shellDistances(3);
        ClusterExpansion ce = randomModel(prim, new double[] {0, 0, s[2] + 1e-3, s[0] + 1e-3}, 7);
        Supercell sc = Supercell.of(prim, new int[][] {{-3, 3, 3}, {3, -3, 3}, {3, 3, -3}});
        BoundHamiltonian table = new BoundClusterExpansion(sc, ce.space(), ce.basis(), ce.eci(), Long.MAX_VALUE);
        BoundHamiltonian computed = new BoundClusterExpansion(sc, ce.space(), ce.basis(), ce.eci(), 0);
        SplittableRandom r = new SplittableRandom(8);
        byte[] occ = randomOccupation(sc, r);
        // as the rates around one site are computed: that site with each of several others in
        // turn, so that the neighbours of both are asked for again and again
        int[] sites = new int[2];
        byte[] nw = new byte[2];
        for (int n = 0; n < 300; n++) {
            int a = r.nextInt(occ.length);
            for (int k = 0; k < 6; k++) {
                sites[0] = r.nextInt(occ.length);
                sites[1] = k % 3 == 2 ? r.nextInt(occ.length) : a;
                for (int q = 0; q < 2; q++) {
                    nw[q] = (byte) r.nextInt(sc.site(sites[q]).occupants().size());
                }
                assertEquals(table.deltaEvent(occ, sites, nw, 2), computed.deltaEvent(occ, sites, nw, 2), 1e-12,
                        "sites " + sites[0] + ", " + sites[1]);
                assertEquals(table.deltaFlip(occ, a, nw[1]), computed.deltaFlip(occ, a, nw[1]), 1e-12, "site " + a);
            }
            occ[a] = (byte) r.nextInt(sc.site(a).occupants().size());
        }
    }

    @Test
    void symmetryEquivalentConfigurationsHaveEqualEnergies() {
        Prim prim = b32();
        double[] s = prim.shellDistances(3);
        ClusterExpansion ce = randomModel(prim, new double[] {0, 0, s[2] + 1e-3, s[0] + 1e-3}, 3);
        Supercell sc = Supercell.of(prim, new int[][] {{4, 0, 0}, {0, 4, 0}, {0, 0, 4}});
        BoundHamiltonian h = ce.bind(sc);
        FactorGroup g = ce.space().group();
        byte[] occ = randomOccupation(sc, new SplittableRandom(9));
        double e = h.energy(occ);
        for (int op = 0; op < g.size(); op++) {
            byte[] img = new byte[occ.length];
            for (int x = 0; x < occ.length; x++) {
                int[] ijk = sc.translation(x);
                var to = g.apply(op, new org.sublattice.api.crystal.SiteCoord(sc.basis(x), ijk[0], ijk[1], ijk[2]));
                img[sc.index(to.b(), to.i(), to.j(), to.k())] = occ[x];
            }
            assertEquals(e, h.energy(img), 1e-10, "operation " + op);
        }
    }

    @Test
    void nearestNeighbourPairModelGivesTheAnalyticEnergiesOfOrderedFccStructures() {
        // E/cell = V1·x_B + V2·(B–B nearest-neighbour pairs per cell) in the occupation basis.
        Prim prim = fcc("Au", "Cu");
        ClusterSpace space = new ClusterSpace(FactorGroup.of(prim), new double[] {0, 0, 2.9});
        double v0 = 0.1;
        double v1 = -0.2;
        double v2 = 0.05;
        ClexModel m = ClexModel.parse("clusters: {2: 2.9}\neci: {0: " + v0 + ", 1: " + v1 + ", 2: " + v2 + "}\n", "nn");
        ClusterExpansion ce = new ClusterExpansion(m, space);
        Supercell cube = Supercell.of(prim, new int[][] {{-1, 1, 1}, {1, -1, 1}, {1, 1, -1}}); // conventional cell, 4 sites
        BoundHamiltonian h = ce.bind(cube);
        // Cu occupies the sites whose Cartesian positions are listed (units of a/2 = 2 Å).
        assertEquals(4 * v0, h.energy(occupy(cube)), 1e-12); // pure Au
        assertEquals(4 * (v0 + v1 * 0.25), h.energy(occupy(cube, 0)), 1e-12); // L1₂ Au₃Cu: no Cu–Cu NN pairs
        // L1₀ AuCu: Cu layers at z = 0; each Cu has 4 Cu NN → 2 pairs per Cu, 1 per cell
        assertEquals(4 * (v0 + v1 * 0.5 + v2 * 1), h.energy(occupy(cube, 0, 1)), 1e-12);
        // L1₂ AuCu₃: 3 Cu per 4 cells, each Cu has 8 Cu NN → 12 pairs per conventional cell
        assertEquals(4 * v0 + 3 * v1 + 12 * v2, h.energy(occupy(cube, 1, 2, 3)), 1e-12);
        assertEquals(4 * (v0 + v1 + 6 * v2), h.energy(occupy(cube, 0, 1, 2, 3)), 1e-12); // pure Cu
    }

    @Test
    void nearestNeighbourPairModelGivesTheAnalyticEnergyOfB2() {
        double a = 3.0;
        Prim bcc = new Prim("bcc", new Cell(new Vec3(-a / 2, a / 2, a / 2), new Vec3(a / 2, -a / 2, a / 2), new Vec3(a / 2, a / 2, -a / 2)),
                List.of(site("2a", Vec3.ZERO, "Au", "Cu")));
        ClusterSpace space = new ClusterSpace(FactorGroup.of(bcc), new double[] {0, 0, 2.7});
        ClusterExpansion ce = new ClusterExpansion(ClexModel.parse("clusters: {2: 2.7}\neci: {0: 0.1, 1: -0.2, 2: 0.05}\n", "nn"), space);
        Supercell cube = Supercell.of(bcc, new int[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}}); // conventional cube, 2 sites
        BoundHamiltonian h = ce.bind(cube);
        // B2: every nearest neighbour is unlike, so no Cu–Cu pairs; pure Cu: 8/2 = 4 pairs per site.
        assertEquals(2 * (0.1 - 0.2 * 0.5), h.energy(new byte[] {1, 0}), 1e-12);
        assertEquals(2 * (0.1 - 0.2 * 0.5), h.energy(new byte[] {0, 1}), 1e-12);
        assertEquals(2 * (0.1 - 0.2 + 4 * 0.05), h.energy(new byte[] {1, 1}), 1e-12);
    }

    /** Occupation with Cu on the listed sites of the conventional FCC cube: 0 corner, 1 (½,½,0), 2 (½,0,½), 3 (0,½,½). */
    private static byte[] occupy(Supercell cube, int... cu) {
        Vec3[] sites = {Vec3.ZERO, new Vec3(2, 2, 0), new Vec3(2, 0, 2), new Vec3(0, 2, 2)};
        byte[] occ = new byte[4];
        for (int c : cu) {
            for (int s = 0; s < 4; s++) {
                Vec3 d = cube.position(s).minus(sites[c]);
                Vec3 f = cube.cell().toFractional(d);
                if (Math.abs(f.x() - Math.rint(f.x())) < 1e-9 && Math.abs(f.y() - Math.rint(f.y())) < 1e-9
                        && Math.abs(f.z() - Math.rint(f.z())) < 1e-9) {
                    occ[s] = 1;
                }
            }
        }
        return occ;
    }

    @Test
    void occupationAndOrthonormalBasesWithTransformedEcisGiveEqualEnergies() {
        Prim prim = b2();
        ClusterExpansion occ = randomModel(prim, new double[] {0, 0, 4.6, 3.2}, 23);
        ClusterSpace space = occ.space();
        ClexModel orthModel = ClexModel.parse("basis: orthonormal\ncomposition: {1a: {Li: 0.5, Ag: 0.3, Va: 0.2}}\n"
                + "clusters: {2: 4.6, 3: 3.2}\neci: {}\n", "orth");
        ClusterExpansion shell = new ClusterExpansion(orthModel, space);
        double[] transformed = SiteBasis.transform(space, occ.basis(), shell.basis(), occ.eci());
        StringBuilder eci = new StringBuilder("eci: {");
        for (int f = 0; f < transformed.length; f++) {
            eci.append(f == 0 ? "" : ", ").append(f).append(": ").append(transformed[f]);
        }
        ClusterExpansion orth = new ClusterExpansion(ClexModel.parse("basis: orthonormal\ncomposition: {1a: {Li: 0.5, Ag: 0.3, Va: 0.2}}\n"
                + "clusters: {2: 4.6, 3: 3.2}\n" + eci + "}\n", "orth"), space);
        Supercell sc = Supercell.repeat(prim, 3, 3, 3);
        BoundHamiltonian a = occ.bind(sc);
        BoundHamiltonian b = orth.bind(sc);
        SplittableRandom r = new SplittableRandom(2);
        for (int n = 0; n < 50; n++) {
            byte[] x = randomOccupation(sc, r);
            assertEquals(a.energy(x), b.energy(x), 1e-9);
        }
        // and back again
        double[] back = SiteBasis.transform(space, shell.basis(), occ.basis(), transformed);
        for (int f = 0; f < back.length; f++) {
            assertEquals(occ.eci()[f], back[f], 1e-10, "function " + f);
        }
    }

    @Test
    void orthonormalSiteFunctionsAreOrthonormalUnderTheReferenceComposition() {
        Prim prim = b2();
        SiteBasis basis = SiteBasis.orthonormal(prim, java.util.Map.of("1a", java.util.Map.of("Li", 0.5, "Ag", 0.3, "Va", 0.2)));
        double[] p = {0.5, 0.3, 0.2};
        for (int k = 0; k < 3; k++) {
            for (int l = 0; l < 3; l++) {
                double dot = 0;
                for (int s = 0; s < 3; s++) {
                    dot += p[s] * basis.value(0, k, s) * basis.value(0, l, s);
                }
                assertEquals(k == l ? 1 : 0, dot, 1e-12);
            }
        }
        // a binary site at the uniform composition gets the spin variable
        assertEquals(-1, basis.value(1, 1, 0), 1e-12);
        assertEquals(1, basis.value(1, 1, 1), 1e-12);
    }

    @Test
    void eciIndicesBeyondTheClusterSpaceAreRefusedNamingThem() {
        ClusterSpace space = new ClusterSpace(FactorGroup.of(fcc("Au", "Cu")), new double[] {0, 0, 2.9});
        ClexModel m = ClexModel.parse("clusters: {2: 2.9}\neci: {0: 0, 7: 0.1, 9: 0.2}\n", "bad.yaml");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ClusterExpansion(m, space));
        assertTrue(e.getMessage().contains("[7, 9] do not exist") && e.getMessage().contains("functions 0..2"), e.getMessage());
        InvalidInputException y = assertThrows(InvalidInputException.class, () -> ClexModel.parse("clusters: {2: -1}\neci: {}\n", "neg.yaml"));
        assertTrue(y.getMessage().contains("clusters.2: max length must be a number > 0"), y.getMessage());
    }

    private static byte[] randomOccupation(Supercell sc, SplittableRandom r) {
        byte[] occ = new byte[sc.size()];
        for (int s = 0; s < occ.length; s++) {
            occ[s] = (byte) r.nextInt(sc.site(s).occupants().size());
        }
        return new Configuration(sc, occ).occupation();
    }

    private static int sameSet(Supercell sc, int a, SplittableRandom r) {
        while (true) {
            int b = r.nextInt(sc.size());
            if (sc.site(b).occupants().equals(sc.site(a).occupants())) {
                return b;
            }
        }
    }
}
