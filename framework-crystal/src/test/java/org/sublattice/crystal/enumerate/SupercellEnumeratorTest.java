package org.sublattice.crystal.enumerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.FactorGroup;

class SupercellEnumeratorTest {

    private static List<Integer> countsByVolume(Prim prim, int max) {
        List<Integer> out = new ArrayList<>();
        for (int n = 1; n <= max; n++) {
            out.add(SupercellEnumerator.enumerate(new SupercellSpec(prim, n, n), Progress.NONE).size());
        }
        return out;
    }

    @Test
    void fccAndBccHaveThePublishedNumbersOfDistinctSupercells() {
        // OEIS A159842 "Number of symmetrically-distinct supercells (sublattices) of the fcc and bcc
        // lattices", contributed by G. Hart with Hart & Forcade, PRB 77, 224115 (2008).
        List<Integer> a159842 = List.of(1, 2, 3, 7, 5, 10, 7, 20, 14, 18, 11, 41);
        assertEquals(a159842, countsByVolume(Lattices.fcc("A", "B"), 12));
        assertEquals(a159842, countsByVolume(Lattices.bcc("A", "B"), 12));
    }

    @Test
    void simpleCubicAndHcpHaveThePublishedNumbersOfDistinctSupercells() {
        // Hart & Forcade, PRB 77, 224115 (2008), Table IV (simple cubic and hexagonal lattices), the
        // numbers as the dsenum test suite (Shinohara et al., J. Chem. Phys. 153, 104109 (2020))
        // checks them; HCP has the hexagonal lattice and point group 6/mmm, so the same numbers.
        assertEquals(List.of(1, 3, 3, 9, 5, 13, 7, 24, 14, 23), countsByVolume(Lattices.sc("A", "B"), 10));
        assertEquals(List.of(1, 3, 5, 11, 7, 19, 11, 34, 23, 33), countsByVolume(Lattices.hcp("A", "B"), 10));
    }

    @Test
    void theClassesPartitionEveryHermiteNormalForm() {
        // Σ over classes of the class size is the number of all superlattices of index n, OEIS
        // A001001 = Σ_{d|n} d·σ(d): 1, 7, 13, 35, 31, 91, 57, 155.
        List<Integer> a001001 = List.of(1, 7, 13, 35, 31, 91, 57, 155);
        for (Prim p : List.of(Lattices.fcc("A", "B"), Lattices.hcp("A", "B"))) {
            for (int n = 1; n <= a001001.size(); n++) {
                int total = SupercellEnumerator.enumerate(new SupercellSpec(p, n, n), Progress.NONE).stream()
                        .mapToInt(EnumeratedSupercell::equivalents).sum();
                assertEquals(a001001.get(n - 1), total, p.name() + " volume " + n);
            }
        }
    }

    @Test
    void noTwoRepresentativesAreRelatedByARotationOfTheParent() {
        Prim p = Lattices.fcc("A", "B");
        List<long[][]> rotations = SupercellEnumerator.rotations(FactorGroup.of(p));
        for (int n = 1; n <= 8; n++) {
            Map<Long, String> classOf = new HashMap<>();
            for (EnumeratedSupercell s : SupercellEnumerator.enumerate(new SupercellSpec(p, n, n), Progress.NONE)) {
                for (long[][] m : rotations) {
                    long image = IntMatrices.key(IntMatrices.hnf(IntMatrices.multiply(IntMatrices.toLong(s.matrix()), m)));
                    String before = classOf.put(image, s.name());
                    assertTrue(before == null || before.equals(s.name()), s.name() + " is equivalent to " + before);
                }
                assertEquals(s.symmetry() * s.equivalents(), rotations.size(), s.name() + ": orbit–stabilizer");
            }
        }
    }

    @Test
    void theReducedBasisSpansTheSameSuperlatticeRightHandedAndNoLonger() {
        Prim p = Lattices.hcp("A", "B");
        Cell cell = p.cell();
        for (EnumeratedSupercell s : SupercellEnumerator.enumerate(new SupercellSpec(p, 1, 8), Progress.NONE)) {
            long[][] h = IntMatrices.toLong(s.matrix());
            long[][] r = IntMatrices.toLong(s.reduced());
            assertTrue(IntMatrices.isSublattice(h, r) && IntMatrices.isSublattice(r, h), s.name());
            assertTrue(new Cell(vector(cell, s.reduced()[0]), vector(cell, s.reduced()[1]), vector(cell, s.reduced()[2])).volume() > 0, s.name());
            assertTrue(longest(cell, s.reduced()) <= longest(cell, s.matrix()) + 1e-9, s.name());
        }
    }

    @Test
    void supercellsOfAGivenUnitCellAreItsMultiplesAndKeepTheirGlobalNames() {
        // The conventional FCC cube is 4 primitive cells: rows (−1,1,1), (1,−1,1), (1,1,−1).
        Prim p = Lattices.fcc("A", "B");
        int[][] cube = {{-1, 1, 1}, {1, -1, 1}, {1, 1, -1}};
        List<EnumeratedSupercell> s = SupercellEnumerator.enumerate(new SupercellSpec(p, 1, 2, cube), Progress.NONE);
        assertEquals(1, s.stream().filter(x -> x.volume() == 4).count());
        Map<String, EnumeratedSupercell> all = new HashMap<>();
        SupercellEnumerator.enumerate(new SupercellSpec(p, 4, 8), Progress.NONE).forEach(x -> all.put(x.name(), x));
        for (EnumeratedSupercell x : s) {
            assertTrue(IntMatrices.isSublattice(IntMatrices.toLong(x.matrix()), IntMatrices.toLong(cube)), x.name());
            assertTrue(all.containsKey(x.name()), x.name());
            assertEquals(all.get(x.name()).equivalents(), x.equivalents(), x.name());
        }
    }

    @Test
    void givenMatricesAreNamedByTheirClassAndDuplicatesDropped() {
        Prim p = Lattices.fcc("A", "B");
        EnumeratedSupercell third = SupercellEnumerator.enumerate(new SupercellSpec(p, 4, 4), Progress.NONE).get(2);
        int[][] m = third.matrix();
        int[][] swapped = {m[1], m[0], m[2]};
        List<EnumeratedSupercell> given = SupercellEnumerator.of(p, List.of(m, swapped, new int[][] {{2, 0, 0}, {0, 1, 0}, {0, 0, 1}}));
        assertEquals(2, given.size());
        assertEquals(third.name(), given.get(0).name());
        assertEquals("SCEL2_1", given.get(1).name());
        assertThrows(IllegalArgumentException.class, () -> SupercellEnumerator.of(p, List.<int[][]>of(new int[][] {{1, 0, 0}, {2, 0, 0}, {0, 0, 1}})));
    }

    private static Vec3 vector(Cell cell, int[] row) {
        return cell.a().times(row[0]).plus(cell.b().times(row[1])).plus(cell.c().times(row[2]));
    }

    private static double longest(Cell cell, int[][] m) {
        double max = 0;
        for (int[] row : m) {
            max = Math.max(max, vector(cell, row).norm());
        }
        return max;
    }
}
