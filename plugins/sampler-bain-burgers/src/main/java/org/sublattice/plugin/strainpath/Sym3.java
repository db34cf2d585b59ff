package org.sublattice.plugin.strainpath;

/** Small dense 3×3 matrix helpers (row-major double[3][3]). */
final class Sym3 {
    private static final int JACOBI_SWEEPS = 50;

    private Sym3() {
    }

    static double[][] identity() {
        return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    }

    static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    static double[][] multiply(double[][] a, double[][] b) {
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

    static double[] apply(double[][] m, double[] v) {
        return new double[] {m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2], m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
            m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]};
    }

    /**
     * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations (Golub and Van Loan,
     * Matrix Computations, §8.5): returns the eigenvalues; {@code vectors} receives the
     * eigenvectors as columns.
     */
    static double[] eigen(double[][] sym, double[][] vectors) {
        double[][] a = {sym[0].clone(), sym[1].clone(), sym[2].clone()};
        double[][] v = identity();
        for (int sweep = 0; sweep < JACOBI_SWEEPS; sweep++) {
            double off = a[0][1] * a[0][1] + a[0][2] * a[0][2] + a[1][2] * a[1][2];
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < 2; p++) {
                for (int q = p + 1; q < 3; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
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

    /** f(M) = V f(Λ) Vᵀ of a symmetric matrix for f = √ (the stretch U of C = UᵀU). */
    static double[][] sqrt(double[][] sym) {
        double[][] v = new double[3][];
        double[] l = eigen(sym, v);
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    r[i][j] += v[i][k] * Math.sqrt(l[k]) * v[j][k];
                }
            }
        }
        return r;
    }
}
