package org.sublattice.crystal.enumerate;

import java.util.Arrays;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Prim;

/**
 * What {@link SupercellEnumerator#enumerate} enumerates: every superlattice of the lattice spanned
 * by {@code unitCell} (rows in prim units; the identity for superlattices of the prim itself) with
 * {@code minVolume} … {@code maxVolume} unit cells, one per class of symmetry-equivalent ones.
 *
 * @param prim the parent crystal (its factor group is the symmetry used)
 * @param minVolume smallest volume, in unit cells, ≥ 1
 * @param maxVolume largest volume, in unit cells, ≥ {@code minVolume}
 * @param unitCell the generating cell (rows in prim units, non-singular); a copy is kept
 */
public record SupercellSpec(Prim prim, int minVolume, int maxVolume, int[][] unitCell) {
    /** Largest volume accepted: beyond it the number of Hermite normal forms (≈ n² log n) explodes. */
    public static final int MAX_VOLUME = 200;
    /** Largest supercell in prim cells (Hermite normal form entries are keyed in 10 bits). */
    public static final int MAX_PRIM_CELLS = 1023;

    public SupercellSpec {
        Checks.notNull(prim, "prim");
        Checks.notNull(unitCell, "unit cell");
        if (minVolume < 1 || maxVolume < minVolume || maxVolume > MAX_VOLUME) {
            throw new IllegalArgumentException("supercell volumes must satisfy 1 ≤ min ≤ max ≤ " + MAX_VOLUME + ", got " + minVolume
                    + " … " + maxVolume);
        }
        if (unitCell.length != 3 || Arrays.stream(unitCell).anyMatch(r -> r == null || r.length != 3)) {
            throw new IllegalArgumentException("unit cell must be a 3×3 integer matrix, got " + Arrays.deepToString(unitCell));
        }
        unitCell = IntMatrices.copy(unitCell);
        long det = Math.abs(IntMatrices.det(unitCell));
        if (det == 0) {
            throw new IllegalArgumentException("unit cell " + Arrays.deepToString(unitCell) + " is singular (determinant 0)");
        }
        if (det * maxVolume > MAX_PRIM_CELLS) {
            throw new IllegalArgumentException("supercells of " + maxVolume + " unit cells " + Arrays.deepToString(unitCell) + " have "
                    + det * maxVolume + " prim cells; at most " + MAX_PRIM_CELLS + " are supported");
        }
    }

    /** Superlattices of the prim itself with {@code minVolume} … {@code maxVolume} prim cells. */
    public SupercellSpec(Prim prim, int minVolume, int maxVolume) {
        this(prim, minVolume, maxVolume, new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
    }

    @Override
    public int[][] unitCell() {
        return IntMatrices.copy(unitCell);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupercellSpec s && s.prim.equals(prim) && s.minVolume == minVolume && s.maxVolume == maxVolume
                && Arrays.deepEquals(s.unitCell, unitCell);
    }

    @Override
    public int hashCode() {
        return prim.hashCode() * 31 + minVolume * 7 + maxVolume + Arrays.deepHashCode(unitCell);
    }

    @Override
    public String toString() {
        return "SupercellSpec[" + prim.name() + ", volumes " + minVolume + "…" + maxVolume + ", unit cell "
                + Arrays.deepToString(unitCell) + "]";
    }
}
