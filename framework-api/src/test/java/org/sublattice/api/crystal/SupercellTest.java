package org.sublattice.api.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SupercellTest {
    private static final Prim FCC = new Prim("fcc", new Cell(new Vec3(0, 2, 2), new Vec3(2, 0, 2), new Vec3(2, 2, 0)),
            List.of(new Site("a", Vec3.ZERO, List.of("Ag", "Li"), "Ag")));

    @Test
    void nonDiagonalMatricesIndexEverySiteOnceAndReducePeriodically() {
        for (int[][] t : new int[][][] {{{2, 1, 0}, {0, 3, 1}, {1, 0, 4}}, {{0, 1, 3}, {5, 0, 1}, {1, 2, 0}}}) {
            Supercell sc = Supercell.of(FCC, t);
            Set<Integer> seen = new HashSet<>();
            for (int s = 0; s < sc.size(); s++) {
                int[] ijk = sc.translation(s);
                assertEquals(s, sc.index(0, ijk[0], ijk[1], ijk[2]));
                seen.add(s);
                for (int[] row : t) {
                    assertEquals(s, sc.index(0, ijk[0] - row[0], ijk[1] - row[1], ijk[2] - row[2]));
                }
            }
            assertEquals(sc.volume(), seen.size());
        }
    }

    @Test
    void conventionalFccCubeIndexesEverySiteOnceAndReducesPeriodically() {
        int[][] t = {{-1, 1, 1}, {1, -1, 1}, {1, 1, -1}}; // FCC prim → conventional cube, volume 4
        Supercell sc = Supercell.of(FCC, t);
        assertEquals(4, sc.volume());
        Set<Integer> seen = new HashSet<>();
        for (int s = 0; s < sc.size(); s++) {
            int[] ijk = sc.translation(s);
            assertEquals(s, sc.index(0, ijk[0], ijk[1], ijk[2]));
            seen.add(s);
            // adding any supercell vector maps back onto the same site
            for (int[] row : t) {
                assertEquals(s, sc.index(0, ijk[0] + row[0], ijk[1] + row[1], ijk[2] + row[2]));
            }
        }
        assertEquals(4, seen.size());
        assertEquals(64.0, Math.abs(sc.cell().volume()), 1e-9);
    }

    @Test
    void neighbourTableOfFccHasTwelveDistinctNearestNeighbours() {
        Supercell sc = Supercell.repeat(FCC, 4, 4, 4);
        double nn = FCC.shellDistances(1)[0];
        assertEquals(2 * Math.sqrt(2), nn, 1e-12);
        List<Neighbour> shell = FCC.neighbours(nn).stream().filter(n -> Math.abs(n.distance() - nn) < 1e-6).toList();
        Supercell.NeighbourTable nt = sc.neighbourTable(shell);
        assertEquals(12, nt.width());
        for (int s = 0; s < sc.size(); s++) {
            Set<Integer> ns = new HashSet<>();
            for (int k = 0; k < 12; k++) {
                int n = nt.table()[s * 12 + k];
                ns.add(n);
                double d = periodicDistance(sc, s, n);
                assertEquals(nn, d, 1e-9);
            }
            assertEquals(12, ns.size());
        }
    }

    @Test
    void basisOfASiteIsItsIndexOverTheVolumeFromOneCellToMillions() {
        Prim two = new Prim("two", Cell.cubic(3), List.of(new Site("a", Vec3.ZERO, List.of("Ag", "Li"), "Ag"),
                new Site("b", new Vec3(0.5, 0.5, 0.5), List.of("Li"), "Li")));
        for (int n : new int[] {1, 3, 7, 101}) {
            Supercell sc = Supercell.repeat(two, n, n, n);
            int v = sc.volume();
            for (int b = 0; b < 2; b++) {
                for (int site : new int[] {b * v, b * v + v / 2, b * v + v - 1}) {
                    assertEquals(b, sc.basis(site), "site " + site + " of " + sc.size());
                }
            }
        }
        // many basis sites: the edges between them, up to 16.5 million sites
        Prim wide = new Prim("wide", Cell.cubic(3), java.util.stream.IntStream.range(0, 16)
                .mapToObj(i -> new Site("s" + i, new Vec3(i / 16.0, 0, 0), List.of("Li"), "Li")).toList());
        Supercell big = Supercell.repeat(wide, 101, 101, 101);
        int v = big.volume();
        assertEquals(15, big.basis(16 * v - 1));
        assertEquals(14, big.basis(15 * v - 1));
        assertEquals(15, big.basis(15 * v));
    }

    @Test
    void stencilGivesTheNeighboursThatIndexGivesOnAnyMatrix() {
        Prim two = new Prim("two", new Cell(new Vec3(3, 0, 0), new Vec3(1, 3, 0), new Vec3(0.5, 1, 3)),
                List.of(new Site("a", Vec3.ZERO, List.of("Ag", "Li"), "Ag"), new Site("b", new Vec3(0.5, 0.5, 0.5), List.of("Li"), "Li")));
        int[][][] matrices = {
            {{3, 0, 0}, {0, 4, 0}, {0, 0, 5}},
            {{-2, 2, 2}, {2, -2, 2}, {2, 2, -2}},
            {{2, 1, 0}, {0, 3, 1}, {1, 0, 4}},
            {{0, 1, 3}, {5, 0, 1}, {1, 2, 0}},
            {{1, 2, 3}, {-1, 2, 0}, {4, -3, 2}},
            {{4, 0, 0}, {0, 1, 0}, {0, 0, -3}},
        };
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int[][] t : matrices) {
            // long shifts wrap everywhere; short ones leave an interior without wrap
            for (int reach : new int[] {7, 1}) {
                checkStencil(Supercell.of(two, t), reach, random);
            }
        }
        checkStencil(Supercell.of(two, new int[][] {{-5, 5, 5}, {5, -5, 5}, {5, 5, -5}}), 2, random);
    }

    private static void checkStencil(Supercell sc, int reach, java.util.SplittableRandom random) {
        List<Neighbour> relations = new java.util.ArrayList<>();
        for (int n = 0; n < 40; n++) {
            relations.add(new Neighbour(random.nextInt(2), random.nextInt(2), random.nextInt(-reach, reach + 1),
                    random.nextInt(-reach, reach + 1), random.nextInt(-reach, reach + 1), 0));
        }
        Supercell.Stencil stencil = sc.stencil(relations);
        int[] out = new int[stencil.width()];
        for (int s = 0; s < sc.size(); s++) {
            int b = sc.basis(s);
            int[] ijk = sc.translation(s);
            int count = stencil.fill(s, out);
            assertEquals(stencil.count(b), count);
            int k = 0;
            for (Neighbour n : relations) {
                if (n.from() == b) {
                    assertEquals(sc.index(n.to(), ijk[0] + n.i(), ijk[1] + n.j(), ijk[2] + n.k()), out[k++],
                            "site " + s + ", relation " + n + ", " + sc);
                }
            }
        }
    }

    @Test
    void diagonalRepeatsNumberTranslationsWithTheFirstIndexFastest() {
        Supercell sc = Supercell.repeat(FCC, 3, 4, 5);
        for (int l = 0; l < sc.volume(); l++) {
            assertEquals(List.of(l % 3, (l / 3) % 4, l / 12), java.util.Arrays.stream(sc.translation(l)).boxed().toList());
        }
    }

    @Test
    void fccShellsAreTwelveSixTwentyFourTwelve() {
        double[] d = FCC.shellDistances(4);
        List<Neighbour> all = FCC.neighbours(d[3] + 1e-6);
        int[] counts = new int[4];
        for (Neighbour n : all) {
            for (int i = 0; i < 4; i++) {
                if (Math.abs(n.distance() - d[i]) < 1e-6) {
                    counts[i]++;
                }
            }
        }
        assertEquals(List.of(12, 6, 24, 12), List.of(counts[0], counts[1], counts[2], counts[3]));
    }

    @Test
    void singularMatrixIsRejectedNamingTheMatrix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Supercell.of(FCC, new int[][] {{1, 0, 0}, {2, 0, 0}, {0, 0, 1}}));
        assertTrue(e.getMessage().contains("[[1, 0, 0], [2, 0, 0], [0, 0, 1]]"), e.getMessage());
        assertTrue(e.getMessage().contains("singular"), e.getMessage());
    }

    @Test
    void overlappingSitesAndUnknownSpeciesAreRejected() {
        IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class, () -> new Prim("x", Cell.cubic(3),
                List.of(new Site("a", Vec3.ZERO, List.of("Li"), "Li"), new Site("b", new Vec3(1, 0, 0), List.of("Li"), "Li"))));
        assertTrue(overlap.getMessage().contains("overlap"), overlap.getMessage());
        IllegalArgumentException species = assertThrows(IllegalArgumentException.class,
                () -> new Site("a", Vec3.ZERO, List.of("Li", "lithium"), "Li"));
        assertTrue(species.getMessage().contains("'lithium'"), species.getMessage());
    }

    private static double periodicDistance(Supercell sc, int a, int b) {
        Cell c = sc.cell();
        Vec3 f = c.toFractional(sc.position(b).minus(sc.position(a)));
        Vec3 w = new Vec3(f.x() - Math.rint(f.x()), f.y() - Math.rint(f.y()), f.z() - Math.rint(f.z()));
        double best = Double.MAX_VALUE;
        for (int i = -1; i <= 1; i++) {
            for (int j = -1; j <= 1; j++) {
                for (int k = -1; k <= 1; k++) {
                    best = Math.min(best, c.toCartesian(new Vec3(w.x() + i, w.y() + j, w.z() + k)).norm());
                }
            }
        }
        return best;
    }
}
