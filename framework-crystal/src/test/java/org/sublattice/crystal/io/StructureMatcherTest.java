package org.sublattice.crystal.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Structure.Atom;
import org.sublattice.api.crystal.Vec3;

class StructureMatcherTest {
    private static Structure brass() {
        return Poscar.read(SharedData.file("structures/Cu5Zn8_gamma_brass.POSCAR"));
    }

    @Test
    void cubicGroupHasFortyEightDistinctOrthogonalOperationsStartingWithIdentity() {
        List<int[][]> ops = StructureMatcher.cubicOperations();
        assertEquals(48, ops.size());
        assertArrayEquals(new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, ops.get(0));
        Set<String> distinct = new HashSet<>();
        for (int[][] m : ops) {
            distinct.add(java.util.Arrays.deepToString(m));
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    int dot = m[i][0] * m[j][0] + m[i][1] * m[j][1] + m[i][2] * m[j][2];
                    assertEquals(i == j ? 1 : 0, dot);
                }
            }
        }
        assertEquals(48, distinct.size());
    }

    @Test
    void rotatedAndShiftedCopyMatchesAndTheOperationIsReported() {
        Structure ref = brass();
        // Inversion is not a symmetry of γ-brass (I-43m), so this copy needs a non-trivial operation.
        Vec3 t = new Vec3(0.25, 0.1, 0.7);
        List<Atom> moved = new ArrayList<>();
        for (Atom a : ref.atoms()) {
            Vec3 f = a.position();
            moved.add(new Atom(a.species(), new Vec3(-f.y() + t.x(), -f.x() + t.y(), -f.z() + t.z())));
        }
        java.util.Collections.reverse(moved);
        Structure copy = new Structure("moved", ref.cell(), moved);

        Optional<StructureMatcher.Match> m = StructureMatcher.match(ref, copy, StructureMatcher.cubicOperations(), 1e-9);
        assertTrue(m.isPresent(), StructureMatcher.explain(ref, copy, StructureMatcher.cubicOperations(), 1e-9));
        assertTrue(m.get().maxDeviation() < 1e-12);
        assertEquals("structures match", StructureMatcher.explain(ref, copy, StructureMatcher.cubicOperations(), 1e-9));
        // Up to a shift only, the inverted copy is a different (enantiomorphic-setting) structure.
        assertTrue(StructureMatcher.match(ref, copy, StructureMatcher.identity(), 1e-4).isEmpty());
    }

    @Test
    void aDisplacedAtomFailsBeyondTheToleranceAndPassesWithinIt() {
        Structure ref = brass();
        List<Atom> atoms = new ArrayList<>(ref.atoms());
        Atom a = atoms.get(10);
        atoms.set(10, new Atom(a.species(), a.position().plus(new Vec3(0, 0, 0.003))));
        Structure copy = new Structure("displaced", ref.cell(), atoms);
        assertTrue(StructureMatcher.match(ref, copy, StructureMatcher.identity(), 4e-3).isPresent());
        assertTrue(StructureMatcher.match(ref, copy, StructureMatcher.cubicOperations(), 1e-3).isEmpty());
        String why = StructureMatcher.explain(ref, copy, StructureMatcher.cubicOperations(), 1e-3);
        assertTrue(why.startsWith("closest fit") && why.contains("0.00"), why);
    }

    @Test
    void swappedSpeciesAreNotTheSameStructure() {
        Structure ref = brass();
        List<Atom> atoms = new ArrayList<>(ref.atoms());
        Atom zn = atoms.get(0);
        Atom cu = atoms.get(8);
        atoms.set(0, new Atom(cu.species(), zn.position()));
        atoms.set(8, new Atom(zn.species(), cu.position()));
        Structure copy = new Structure("swapped", ref.cell(), atoms);
        assertTrue(StructureMatcher.match(ref, copy, StructureMatcher.cubicOperations(), 1e-3).isEmpty());
    }

    @Test
    void differentCellsAndCompositionsAreExplained() {
        Structure ref = brass();
        Structure bigger = new Structure("bigger", Cell.cubic(9.0), ref.atoms());
        assertTrue(StructureMatcher.explain(ref, bigger, StructureMatcher.identity(), 1e-4).startsWith("lattice vector 1 differs"));
        Structure fewer = new Structure("fewer", ref.cell(), ref.atoms().subList(1, ref.atoms().size()));
        assertEquals("species counts differ: reference {Cu=20, Zn=32}, candidate {Cu=20, Zn=31}",
                StructureMatcher.explain(ref, fewer, StructureMatcher.identity(), 1e-4));
    }
}
