package org.sublattice.crystal;

import org.sublattice.api.crystal.Cell;

/**
 * 3×3 matrix arithmetic on {@code double[3][3]} (row-major) for crystallographic code: cells,
 * symmetry operations, strains. Static, stateless, thread-safe; every method returns a new array.
 */
public final class Matrix3 {
    /** Largest number of cyclic Jacobi sweeps; a 3×3 symmetric matrix converges in a handful. */
    static final int JACOBI_SWEEPS = 50;
    /** Jacobi convergence: off-diagonal norm below this fraction of the matrix norm. */
    static final double JACOBI_TOLERANCE = 1e-14;

    private Matrix3() {
    }

    /** The identity. */
    public static double[][] identity() {
        return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    }

    /** The cell's vectors as rows. */
    public static double[][] rows(Cell c) {
        return new double[][] {{c.a().x(), c.a().y(), c.a().z()}, {c.b().x(), c.b().y(), c.b().z()}, {c.c().x(), c.c().y(), c.c().z()}};
    }

    /** a·b. */
    public static double[][] mul(double[][] a, double[][] b) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    r[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return r;
    }

    /** m·v. */
    public static double[] apply(double[][] m, double[] v) {
        return new double[] {m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2], m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
            m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]};
    }

    /** aᵀ. */
    public static double[][] transpose(double[][] a) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = a[j][i];
            }
        }
        return r;
    }

    /** The integer matrix as doubles. */
    public static double[][] toDouble(int[][] m) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = m[i][j];
            }
        }
        return r;
    }

    /** The determinant. */
    public static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /** The inverse by cofactors (the caller ensures det ≠ 0). */
    public static double[][] inverse(double[][] m) {
        double det = det(m);
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int i1 = (j + 1) % 3;
                int i2 = (j + 2) % 3;
                int j1 = (i + 1) % 3;
                int j2 = (i + 2) % 3;
                r[i][j] = (m[i1][j1] * m[i2][j2] - m[i1][j2] * m[i2][j1]) / det;
            }
        }
        return r;
    }

    /**
     * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations (Golub and Van Loan,
     * Matrix Computations, §8.5), converged when the off-diagonal norm is below
     * {@value #JACOBI_TOLERANCE} of the matrix norm.
     *
     * @param sym a symmetric matrix (not changed)
     * @param vectors if not null, receives the eigenvectors as columns (3 rows)
     * @return the eigenvalues, in the order of the columns of {@code vectors}
     */
    public static double[] symmetricEigen(double[][] sym, double[][] vectors) {
        double[][] a = {sym[0].clone(), sym[1].clone(), sym[2].clone()};
        double[][] v = identity();
        double norm = 0;
        for (double[] row : a) {
            for (double x : row) {
                norm += x * x;
            }
        }
        for (int sweep = 0; sweep < JACOBI_SWEEPS; sweep++) {
            double off = a[0][1] * a[0][1] + a[0][2] * a[0][2] + a[1][2] * a[1][2];
            if (off <= JACOBI_TOLERANCE * JACOBI_TOLERANCE * norm) {
                break;
            }
            for (int p = 0; p < 2; p++) {
                for (int q = p + 1; q < 3; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = theta == 0 ? 1 : Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < 3; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < 3; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < 3; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        if (vectors != null) {
            for (int i = 0; i < 3; i++) {
                vectors[i] = v[i].clone();
            }
        }
        return new double[] {a[0][0], a[1][1], a[2][2]};
    }
}
