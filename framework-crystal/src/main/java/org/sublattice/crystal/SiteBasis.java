package org.sublattice.crystal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.Checks;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;

/**
 * Site basis functions of a prim: for basis site b with M occupants, functions φ_0 … φ_{M−1} with
 * φ_0 = 1. Immutable.
 *
 * <ul>
 *   <li><b>occupation</b> (CASM "occupation"): φ_k(s) = δ(s, k) for k ≥ 1; occupant 0 is the
 *   reference.</li>
 *   <li><b>orthonormal</b> (Chebyshev-like, composition-aware): Gram–Schmidt on the powers
 *   1, s, s², … of the occupant index s under the inner product ⟨f, g⟩ = Σ_s p_s f(s) g(s), where
 *   p is the site's reference composition (uniform unless given), so ⟨φ_k, φ_l⟩ = δ_kl. For a
 *   binary site at p = ½ this is the spin variable −1/+1. Signs make φ_k positive on the last
 *   occupant.</li>
 * </ul>
 */
public final class SiteBasis {
    /** The kinds of site basis. */
    public enum Kind { OCCUPATION, ORTHONORMAL, TABULATED }

    private final Kind kind;
    private final double[][][] phi;

    private SiteBasis(Kind kind, double[][][] phi) {
        this.kind = kind;
        this.phi = phi;
    }

    /** The occupation basis. */
    public static SiteBasis occupation(Prim prim) {
        double[][][] phi = new double[prim.size()][][];
        for (int b = 0; b < prim.size(); b++) {
            int m = prim.basis().get(b).occupants().size();
            phi[b] = new double[m][m];
            Arrays.fill(phi[b][0], 1);
            for (int k = 1; k < m; k++) {
                phi[b][k][k] = 1;
            }
        }
        return new SiteBasis(Kind.OCCUPATION, phi);
    }

    /**
     * The orthonormal basis for reference compositions per sublattice label (species → site
     * fraction; missing sublattices or species mean uniform over the site's occupants).
     *
     * @throws InvalidInputException if a composition names an unknown sublattice or species, is
     *     not positive for every occupant, or does not sum to 1
     */
    public static SiteBasis orthonormal(Prim prim, Map<String, Map<String, Double>> composition) {
        Checks.notNull(composition, "composition");
        for (String label : composition.keySet()) {
            if (!prim.sublattices().contains(label)) {
                throw new InvalidInputException("composition names sublattice '" + label + "'; the prim has " + prim.sublattices());
            }
        }
        double[][][] phi = new double[prim.size()][][];
        for (int b = 0; b < prim.size(); b++) {
            Site site = prim.basis().get(b);
            int m = site.occupants().size();
            double[] p = new double[m];
            Map<String, Double> given = composition.get(site.sublattice());
            if (given == null) {
                Arrays.fill(p, 1.0 / m);
            } else {
                for (String sp : given.keySet()) {
                    if (!site.occupants().contains(sp)) {
                        throw new InvalidInputException("composition of sublattice '" + site.sublattice() + "' names '" + sp
                                + "', not among its occupants " + site.occupants());
                    }
                }
                double sum = 0;
                for (int s = 0; s < m; s++) {
                    Double v = given.get(site.occupants().get(s));
                    if (v == null || !(v > 0)) {
                        throw new InvalidInputException("composition of sublattice '" + site.sublattice() + "' must give every occupant "
                                + site.occupants() + " a fraction > 0, got " + given);
                    }
                    p[s] = v;
                    sum += v;
                }
                if (Math.abs(sum - 1) > 1e-9) {
                    throw new InvalidInputException("composition of sublattice '" + site.sublattice() + "' sums to " + sum + ", not 1");
                }
            }
            phi[b] = gramSchmidt(p);
        }
        return new SiteBasis(Kind.ORTHONORMAL, phi);
    }

    /**
     * A basis given as values: {@code functions[b][k][occupant]} for k = 1 … M−1 of each basis
     * site (φ_0 = 1 is added), e.g. the site functions of a CASM {@code basis.json}.
     *
     * @throws InvalidInputException if a site's table has the wrong shape or its functions are
     *     linearly dependent (together with the constant)
     */
    public static SiteBasis tabulated(Prim prim, double[][][] functions) {
        if (functions.length != prim.size()) {
            throw new InvalidInputException("site functions are given for " + functions.length + " sublattices; the prim has " + prim.size());
        }
        double[][][] phi = new double[prim.size()][][];
        for (int b = 0; b < prim.size(); b++) {
            int m = prim.basis().get(b).occupants().size();
            if (functions[b].length != m - 1 || Arrays.stream(functions[b]).anyMatch(r -> r.length != m)) {
                throw new InvalidInputException("sublattice " + b + " with occupants " + prim.basis().get(b).occupants()
                        + " needs " + (m - 1) + " site functions of " + m + " values each");
            }
            phi[b] = new double[m][];
            phi[b][0] = new double[m];
            Arrays.fill(phi[b][0], 1);
            for (int k = 1; k < m; k++) {
                phi[b][k] = functions[b][k - 1].clone();
            }
            try {
                invert(phi[b]);
            } catch (IllegalStateException e) {
                throw new InvalidInputException("site functions of sublattice " + b + " are linearly dependent: "
                        + Arrays.deepToString(functions[b]));
            }
        }
        return new SiteBasis(Kind.TABULATED, phi);
    }

    private static double[][] gramSchmidt(double[] p) {
        int m = p.length;
        double[][] f = new double[m][m];
        for (int k = 0; k < m; k++) {
            for (int s = 0; s < m; s++) {
                f[k][s] = Math.pow(s, k);
            }
            for (int l = 0; l < k; l++) {
                double dot = inner(f[k], f[l], p);
                for (int s = 0; s < m; s++) {
                    f[k][s] -= dot * f[l][s];
                }
            }
            double norm = Math.sqrt(inner(f[k], f[k], p));
            double sign = k > 0 && f[k][m - 1] < 0 ? -1 : 1;
            for (int s = 0; s < m; s++) {
                f[k][s] *= sign / norm;
            }
        }
        return f;
    }

    private static double inner(double[] a, double[] b, double[] p) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += p[i] * a[i] * b[i];
        }
        return s;
    }

    public Kind kind() {
        return kind;
    }

    /** φ_k(occupant) of basis site b. */
    public double value(int b, int k, int occupant) {
        return phi[b][k][occupant];
    }

    /** Number of functions (= occupants) of basis site b, φ_0 included. */
    public int functions(int b) {
        return phi[b].length;
    }

    /**
     * ECIs that give the same energy of every configuration in basis {@code to} as {@code eci}
     * give in {@code from}. Each decorated cluster's product of site functions is expanded site by
     * site, φ^from_k = Σ_l C_kl φ^to_l with C = B_from·B_to⁻¹; terms with l = 0 drop the site
     * and land on a sub-cluster, whose function orbit must be part of the space.
     *
     * @throws InvalidInputException if a needed sub-cluster orbit is excluded by the branch specs
     */
    public static double[] transform(ClusterSpace space, SiteBasis from, SiteBasis to, double[] eci) {
        Prim prim = space.prim();
        double[][][] c = new double[prim.size()][][];
        for (int b = 0; b < prim.size(); b++) {
            c[b] = mul(from.phi[b], invert(to.phi[b]));
        }
        Map<List<ClusterSpace.DecoratedSite>, Integer> index = new HashMap<>();
        for (ClusterSpace.Function f : space.functions()) {
            for (List<ClusterSpace.DecoratedSite> m : f.members()) {
                index.put(m, f.index());
            }
        }
        double[] total = new double[space.functions().size()];
        for (ClusterSpace.Function f : space.functions()) {
            double v = eci[f.index()];
            if (v == 0) {
                continue;
            }
            for (List<ClusterSpace.DecoratedSite> member : f.members()) {
                expand(member, 0, new int[member.size()], v, c, index, total, space);
            }
        }
        double[] out = new double[total.length];
        for (ClusterSpace.Function g : space.functions()) {
            out[g.index()] = total[g.index()] / g.multiplicity();
        }
        return out;
    }

    private static void expand(List<ClusterSpace.DecoratedSite> member, int j, int[] l, double weight, double[][][] c,
            Map<List<ClusterSpace.DecoratedSite>, Integer> index, double[] total, ClusterSpace space) {
        if (weight == 0) {
            return;
        }
        if (j == member.size()) {
            java.util.ArrayList<ClusterSpace.DecoratedSite> sub = new java.util.ArrayList<>();
            for (int q = 0; q < l.length; q++) {
                if (l[q] != 0) {
                    sub.add(new ClusterSpace.DecoratedSite(member.get(q).site(), l[q]));
                }
            }
            List<ClusterSpace.DecoratedSite> canon = ClusterSpace.canonicalDecorated(sub);
            Integer g = index.get(canon);
            if (g == null) {
                throw new InvalidInputException("the basis change needs sub-cluster " + canon + ", whose orbit the cluster specs "
                        + Arrays.toString(space.maxLengths()) + " exclude; give each smaller cluster size at least the same max length");
            }
            total[g] += weight;
            return;
        }
        ClusterSpace.DecoratedSite d = member.get(j);
        double[] row = c[d.site().b()][d.function()];
        for (int x = 0; x < row.length; x++) {
            l[j] = x;
            expand(member, j + 1, l, weight * row[x], c, index, total, space);
        }
        l[j] = 0;
    }

    private static double[][] mul(double[][] a, double[][] b) {
        int n = a.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    r[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return r;
    }

    /** Gauss–Jordan inverse with partial pivoting (matrices here are at most a few rows). */
    private static double[][] invert(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            double[] t = a[col];
            a[col] = a[piv];
            a[piv] = t;
            double d = a[col][col];
            if (Math.abs(d) < 1e-12) {
                throw new IllegalStateException("singular site-basis matrix");
            }
            for (int k = 0; k < 2 * n; k++) {
                a[col][k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col];
                    for (int k = 0; k < 2 * n; k++) {
                        a[r][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inv[i], 0, n);
        }
        return inv;
    }
}
