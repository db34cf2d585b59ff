package org.sublattice.crystal.io;

/**
 * Smith normal form M = U·S·V of a non-singular 3×3 integer matrix (U, V unimodular, S diagonal,
 * non-negative, ascending, each entry dividing the next), computed the way CASM computes it: the
 * form is not unique, and CASM orders the lattice points of a supercell by it, so reading CASM
 * configurations needs the same U. The steps are CASM's (its {@code smith_normal_form}, adapted
 * there from John Gilbert's MATLAB routine): bidiagonalise with elementary Hermite
 * transformations (extended Euclid), chase the superdiagonal to zero, make the diagonal
 * non-negative, sort it, enforce divisibility.
 */
final class SmithNormalForm {
    final long[][] u;
    final long[][] s;
    final long[][] v;

    private SmithNormalForm(long[][] u, long[][] s, long[][] v) {
        this.u = u;
        this.s = s;
        this.v = v;
    }

    static SmithNormalForm of(long[][] m) {
        long[][] u = identity();
        long[][] v = identity();
        long[][] s = copy(m);
        if (det(m) == 0) {
            throw new IllegalArgumentException("singular matrix has no unimodular Smith normal form");
        }
        for (int j = 0; j < 3; j++) {
            for (int i = j + 1; i < 3; i++) {
                if (s[i][j] != 0) {
                    long[][] e = hermite(s[j][j], s[i][j], j, i);
                    s = mul(e, s);
                    u = mul(u, inverse(e));
                }
            }
            for (int i = j + 2; i < 3; i++) {
                if (s[j][i] != 0) {
                    long[][] e = hermite(s[j][j + 1], s[j][i], j + 1, i);
                    s = mul(s, transpose(e));
                    v = mul(inverse(transpose(e)), v);
                }
            }
        }
        while (!diagonal(s)) {
            int b = s[0][1] != 0 ? 0 : 1;
            if (s[b][b] < 0) {
                for (int i = 0; i < 3; i++) {
                    s[b][i] = -s[b][i];
                    u[i][b] = -u[i][b];
                }
            }
            long[][] e = identity();
            if (s[b][b] != 0) {
                e[b + 1][b] = -Math.floorDiv(s[b][b + 1], s[b][b]);
            } else {
                e[b][b] = 0;
                e[b][b + 1] = 1;
                e[b + 1][b + 1] = 0;
                e[b + 1][b] = 1;
            }
            s = mul(s, transpose(e));
            v = mul(inverse(transpose(e)), v);
            if (s[b][b + 1] == 0) {
                continue;
            }
            e = hermite(s[b][b], s[b][b + 1], b, b + 1);
            s = mul(s, transpose(e));
            v = mul(inverse(transpose(e)), v);
            for (int j = 0; j < 2; j++) {
                e = hermite(s[j][j], s[j + 1][j], j, j + 1);
                s = mul(e, s);
                u = mul(u, inverse(e));
                if (j + 2 < 3) {
                    e = hermite(s[j][j + 1], s[j][j + 2], j + 1, j + 2);
                    s = mul(s, transpose(e));
                    v = mul(inverse(transpose(e)), v);
                }
            }
        }
        for (int j = 0; j < 3; j++) {
            if (s[j][j] < 0) {
                for (int i = 0; i < 3; i++) {
                    s[j][i] = -s[j][i];
                    u[i][j] = -u[i][j];
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                if (s[i][i] > s[j][j]) {
                    swapRows(s, i, j);
                    swapColumns(s, i, j);
                    swapColumns(u, i, j);
                    swapRows(v, i, j);
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            if (s[i][i] == 0) {
                continue;
            }
            for (int j = i + 1; j < 3; j++) {
                if (s[j][j] % s[i][i] == 0) {
                    continue;
                }
                // Replace the pair by their gcd and lcm.
                long a = s[i][i];
                long b = s[j][j];
                long[] g = egcd(a, b);
                long[][] left = identity();
                long[][] right = identity();
                left[i][j] = g[2];
                left[j][i] = -b / g[0];
                left[j][j] = a * g[1] / g[0];
                right[i][i] = g[1];
                right[i][j] = 1;
                right[j][i] = -(b * g[2]) / g[0];
                right[j][j] = a / g[0];
                s = mul(mul(left, s), transpose(right));
                u = mul(u, inverse(left));
                v = mul(inverse(transpose(right)), v);
            }
        }
        return new SmithNormalForm(u, s, v);
    }

    /**
     * Extended Euclid with the signs of the inputs folded into the coefficients:
     * {g, p, q} with g = p·a + q·b.
     */
    static long[] egcd(long a, long b) {
        long p = 1;
        long q = 0;
        long tp = 0;
        long tq = 1;
        long x = Math.abs(a);
        long y = Math.abs(b);
        while (y != 0) {
            long quotient = x / y;
            long r = x % y;
            x = y;
            y = r;
            long np = p - quotient * tp;
            p = tp;
            tp = np;
            long nq = q - quotient * tq;
            q = tq;
            tq = nq;
        }
        p *= Long.signum(a);
        q *= Long.signum(b);
        return new long[] {p * a + q * b, p, q};
    }

    /** A unimodular E acting on rows i, j with E·(…a…b…)ᵀ = (…g…0…)ᵀ. */
    private static long[][] hermite(long a, long b, int i, int j) {
        long[][] e = identity();
        long[] g = egcd(a, b);
        if (g[0] == 0) {
            return e;
        }
        e[i][i] = g[1];
        e[i][j] = g[2];
        e[j][i] = -b / g[0];
        e[j][j] = a / g[0];
        return e;
    }

    static long det(long[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /** Inverse of a unimodular matrix (adjugate / determinant). */
    static long[][] inverse(long[][] m) {
        long d = det(m);
        long[][] r = new long[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int r1 = (j + 1) % 3;
                int r2 = (j + 2) % 3;
                int c1 = (i + 1) % 3;
                int c2 = (i + 2) % 3;
                r[i][j] = (m[r1][c1] * m[r2][c2] - m[r1][c2] * m[r2][c1]) / d;
            }
        }
        return r;
    }

    static long[][] mul(long[][] a, long[][] b) {
        long[][] r = new long[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    r[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return r;
    }

    private static long[][] transpose(long[][] m) {
        long[][] r = new long[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = m[j][i];
            }
        }
        return r;
    }

    private static long[][] identity() {
        return new long[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    }

    private static long[][] copy(long[][] m) {
        return new long[][] {m[0].clone(), m[1].clone(), m[2].clone()};
    }

    private static boolean diagonal(long[][] m) {
        return m[0][1] == 0 && m[0][2] == 0 && m[1][0] == 0 && m[1][2] == 0 && m[2][0] == 0 && m[2][1] == 0;
    }

    private static void swapRows(long[][] m, int i, int j) {
        long[] t = m[i];
        m[i] = m[j];
        m[j] = t;
    }

    private static void swapColumns(long[][] m, int i, int j) {
        for (long[] row : m) {
            long t = row[i];
            row[i] = row[j];
            row[j] = t;
        }
    }
}
