package org.sublattice.crystal.enumerate;

import java.util.Arrays;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;

/**
 * One symmetry-distinct supercell.
 *
 * @param name {@code SCEL<volume>_<index>}: the index counts the distinct supercells of that
 *     volume from 1 in the order of their Hermite normal forms
 * @param volume number of prim cells
 * @param index position among the distinct supercells of that volume, from 1
 * @param matrix the canonical Hermite normal form (rows in prim units); configurations of this
 *     supercell are indexed by {@code Supercell.of(prim, matrix)}
 * @param reduced a basis of the same superlattice with short, nearly orthogonal vectors (for
 *     structure files); right-handed
 * @param symmetry number of factor-group operations that map the superlattice onto itself
 * @param equivalents number of distinct superlattices (Hermite normal forms) equivalent to this one
 */
public record EnumeratedSupercell(String name, int volume, int index, int[][] matrix, int[][] reduced, int symmetry, int equivalents) {
    public EnumeratedSupercell {
        Checks.notNull(name, "name");
        matrix = IntMatrices.copy(Checks.notNull(matrix, "matrix"));
        reduced = IntMatrices.copy(Checks.notNull(reduced, "reduced matrix"));
        if (volume < 1 || Math.abs(IntMatrices.det(matrix)) != volume || Math.abs(IntMatrices.det(reduced)) != volume) {
            throw new IllegalArgumentException("supercell " + name + ": matrices " + Arrays.deepToString(matrix) + " and "
                    + Arrays.deepToString(reduced) + " do not both have volume " + volume);
        }
    }

    @Override
    public int[][] matrix() {
        return IntMatrices.copy(matrix);
    }

    @Override
    public int[][] reduced() {
        return IntMatrices.copy(reduced);
    }

    /** The supercell in the canonical (Hermite normal form) setting. */
    public Supercell supercell(Prim prim) {
        return Supercell.of(prim, matrix);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnumeratedSupercell s && s.name.equals(name) && Arrays.deepEquals(s.matrix, matrix);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.deepHashCode(matrix);
    }

    @Override
    public String toString() {
        return name + Arrays.deepToString(matrix);
    }
}
