package org.sublattice.plugin.clex.fit;

/**
 * Thin singular value decomposition A = U·diag(σ)·Vᵀ of a dense m×n matrix by one-sided Jacobi
 * rotations (Hestenes, J. SIAM 6, 51 (1958); accurate to high relative precision, Demmel and
 * Veselić, SIAM J. Matrix Anal. Appl. 13, 1204 (1992)): columns of A are rotated pairwise until
 * orthogonal within {@link #ORTHOGONALITY}; their norms are the singular values. For m &lt; n the
 * transpose is decomposed. Singular values are sorted in decreasing order. Immutable.
 */
public final class Svd {
    /** Two columns count as orthogonal when |⟨a, b⟩| ≤ this × ‖a‖‖b‖. */
    public static final double ORTHOGONALITY = 1e-15;
    private static final int MAX_SWEEPS = 100;

    private final double[][] u;
    private final double[] s;
    private final double[][] v;

    private Svd(double[][] u, double[] s, double[][] v) {
        this.u = u;
        this.s = s;
        this.v = v;
    }

    /** U (m×k), k = min(m, n); columns of zero singular values are zero. */
    public double[][] u() {
        return u;
    }

    /** Singular values, decreasing (k = min(m, n)). */
    public double[] s() {
        return s;
    }

    /** V (n×k). */
    public double[][] v() {
        return v;
    }

    /** Decomposes a (rows of equal length, at least one row and one column). */
    public static Svd of(double[][] a) {
        int m = a.length;
        int n = a[0].length;
        if (m < n) {
            Svd t = of(Dense.transpose(a));
            return new Svd(t.v, t.s, t.u);
        }
        // Work on columns: w[j] is column j of A, rotated in place; vt[j] column j of V.
        double[][] w = Dense.transpose(a);
        double[][] vt = new double[n][n];
        for (int j = 0; j < n; j++) {
            vt[j][j] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double alpha = Dense.dot(w[p], w[p]);
                    double beta = Dense.dot(w[q], w[q]);
                    double gamma = Dense.dot(w[p], w[q]);
                    if (gamma == 0 || Math.abs(gamma) <= ORTHOGONALITY * Math.sqrt(alpha * beta)) {
                        continue;
                    }
                    rotated = true;
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    if (zeta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(1 + t * t);
                    double sn = c * t;
                    rotate(w[p], w[q], c, sn);
                    rotate(vt[p], vt[q], c, sn);
                }
            }
            if (!rotated) {
                break;
            }
        }
        Integer[] order = new Integer[n];
        double[] norms = new double[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
            norms[j] = Math.sqrt(Dense.dot(w[j], w[j]));
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(norms[y], norms[x]));
        double[][] u = new double[m][n];
        double[] s = new double[n];
        double[][] v = new double[n][n];
        for (int k = 0; k < n; k++) {
            int j = order[k];
            s[k] = norms[j];
            for (int i = 0; i < m; i++) {
                u[i][k] = s[k] > 0 ? w[j][i] / s[k] : 0;
            }
            for (int i = 0; i < n; i++) {
                v[i][k] = vt[j][i];
            }
        }
        return new Svd(u, s, v);
    }

    private static void rotate(double[] x, double[] y, double c, double s) {
        for (int i = 0; i < x.length; i++) {
            double a = x[i];
            double b = y[i];
            x[i] = c * a - s * b;
            y[i] = s * a + c * b;
        }
    }

    /**
     * Singular values below this are treated as zero in solves: max(m, n)·ε·σ_max, the usual
     * numerical-rank threshold (Golub and Van Loan, Matrix Computations, §5.4.1).
     */
    public double rankThreshold() {
        int m = u.length;
        int n = v.length;
        return Math.max(m, n) * Math.ulp(1.0) * (s.length == 0 ? 0 : s[0]);
    }

    /**
     * x = V·diag(f(σ))·Uᵀ·b for a filter f applied to each singular value (f(σ) = 1/σ is the
     * minimum-norm least-squares solution).
     */
    public double[] apply(double[] b, java.util.function.DoubleUnaryOperator filter) {
        int k = s.length;
        double[] c = new double[k];
        for (int j = 0; j < k; j++) {
            double dot = 0;
            for (int i = 0; i < u.length; i++) {
                dot += u[i][j] * b[i];
            }
            c[j] = dot * filter.applyAsDouble(s[j]);
        }
        double[] x = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += v[i][j] * c[j];
            }
            x[i] = sum;
        }
        return x;
    }
}
