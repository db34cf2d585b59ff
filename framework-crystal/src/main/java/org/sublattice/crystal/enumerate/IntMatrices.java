package org.sublattice.crystal.enumerate;

import java.util.Arrays;

/**
 * Exact 3×3 integer matrix arithmetic for superlattices. A superlattice is given by the rows of an
 * integer matrix T (supercell vectors in prim units, as {@link org.sublattice.api.crystal.Supercell}
 * takes them); U·T with U unimodular spans the same superlattice, and the Hermite normal form
 * picks one matrix per superlattice.
 */
final class IntMatrices {
    private IntMatrices() {
    }

    static long det(long[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    static long det(int[][] m) {
        return det(toLong(m));
    }

    /** adj(m), so that m·adj(m) = det(m)·1. */
    static long[][] adjugate(long[][] m) {
        long[][] a = new long[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                int r1 = (c + 1) % 3;
                int r2 = (c + 2) % 3;
                int c1 = (r + 1) % 3;
                int c2 = (r + 2) % 3;
                a[r][c] = m[r1][c1] * m[r2][c2] - m[r1][c2] * m[r2][c1];
            }
        }
        return a;
    }

    static long[][] multiply(long[][] a, long[][] b) {
        long[][] r = new long[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                long s = 0;
                for (int k = 0; k < 3; k++) {
                    s = Math.addExact(s, Math.multiplyExact(a[i][k], b[k][j]));
                }
                r[i][j] = s;
            }
        }
        return r;
    }

    static long[][] toLong(int[][] m) {
        long[][] r = new long[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = m[i][j];
            }
        }
        return r;
    }

    static int[][] toInt(long[][] m) {
        int[][] r = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = Math.toIntExact(m[i][j]);
            }
        }
        return r;
    }

    static int[][] copy(int[][] m) {
        return new int[][] {m[0].clone(), m[1].clone(), m[2].clone()};
    }

    /** Whether every row of {@code sub} is an integer combination of the rows of {@code lattice}. */
    static boolean isSublattice(long[][] sub, long[][] lattice) {
        // sub·lattice⁻¹ = sub·adj(lattice)/det must be integral.
        long d = det(lattice);
        long[][] p = multiply(sub, adjugate(lattice));
        for (long[] row : p) {
            for (long x : row) {
                if (x % d != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Hermite normal form under row operations: the unique H = U·T (U unimodular) that is upper
     * triangular with positive diagonal (a, d, f) and entries above each diagonal element reduced
     * into [0, that element): rows (a, b, c), (0, d, e), (0, 0, f) with 0 ≤ b &lt; d and
     * 0 ≤ c, e &lt; f. This is Hart and Forcade's lower-triangular HNF transposed (they write
     * supercell vectors as columns), PRB 77, 224115 (2008), Sec. II.
     */
    static long[][] hnf(long[][] t) {
        long[][] h = {t[0].clone(), t[1].clone(), t[2].clone()};
        for (int c = 0; c < 3; c++) {
            // Euclid down column c over rows c…2 leaves the gcd in row c and zeros below.
            for (int r = c + 1; r < 3; r++) {
                while (h[r][c] != 0) {
                    long q = Math.floorDiv(h[c][c], h[r][c]);
                    for (int k = 0; k < 3; k++) {
                        h[c][k] = Math.subtractExact(h[c][k], Math.multiplyExact(q, h[r][k]));
                    }
                    long[] tmp = h[c];
                    h[c] = h[r];
                    h[r] = tmp;
                }
            }
            if (h[c][c] < 0) {
                for (int k = 0; k < 3; k++) {
                    h[c][k] = -h[c][k];
                }
            }
            if (h[c][c] == 0) {
                throw new IllegalArgumentException("singular superlattice matrix " + Arrays.deepToString(t));
            }
        }
        // Reduce above the pivots: row 1 by row 2, then row 0 by row 1 and by row 2.
        reduce(h, 1, 2);
        reduce(h, 0, 1);
        reduce(h, 0, 2);
        return h;
    }

    private static void reduce(long[][] h, int row, int pivot) {
        long q = Math.floorDiv(h[row][pivot], h[pivot][pivot]);
        for (int k = 0; k < 3; k++) {
            h[row][k] = Math.subtractExact(h[row][k], Math.multiplyExact(q, h[pivot][k]));
        }
    }

    /**
     * A key of a Hermite normal form: its six upper-triangle entries, 10 bits each (entries are
     * below the volume, at most {@link SupercellSpec#MAX_VOLUME} for enumerated ones).
     */
    static long key(long[][] h) {
        long k = 0;
        for (int r = 0; r < 3; r++) {
            for (int c = r; c < 3; c++) {
                if (h[r][c] < 0 || h[r][c] >= 1024) {
                    throw new IllegalArgumentException("Hermite normal form entry " + h[r][c] + " out of the key's range");
                }
                k = k << 10 | h[r][c];
            }
        }
        return k;
    }
}
