package org.sublattice.crystal;

import java.util.ArrayList;
import java.util.List;
import org.sublattice.api.Checks;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.SymOp;
import org.sublattice.api.crystal.Vec3;

/**
 * The factor group of a prim: the space-group operations modulo lattice translations that map the
 * crystal onto itself with every site landing on a site with the same allowed occupants.
 *
 * <p>Algorithm: the lattice point group is found among integer matrices M with entries in
 * {−1, 0, 1} and det ±1 that preserve the metric G = L·Lᵀ (M·G·Mᵀ = G within the tolerance, for
 * reduced cells such as the conventional FCC/BCC/HCP primitive vectors this finds the complete
 * holohedry); for each, the fractional translations are those that map basis site 0 onto a site of
 * the same occupants and then every other site onto some site of the same occupants. Each
 * operation's action on basis sites (image basis index and integer cell shift) is tabulated so
 * that applying an operation to an integral site coordinate is exact integer arithmetic.
 * Immutable and thread-safe.
 */
public final class FactorGroup {
    /** Default tolerance on site positions, Å. */
    public static final double DEFAULT_TOLERANCE = 1e-3;

    private final Prim prim;
    private final List<SymOp> ops;
    private final int[][] basisImage;
    private final int[][][] shift;
    private final double[][][] cartesian;

    private FactorGroup(Prim prim, List<SymOp> ops, int[][] basisImage, int[][][] shift, double[][][] cartesian) {
        this.prim = prim;
        this.ops = List.copyOf(ops);
        this.basisImage = basisImage;
        this.shift = shift;
        this.cartesian = cartesian;
    }

    /**
     * Computes the factor group.
     *
     * @param tolerance how far (Å) a mapped site may be from its image
     * @throws InvalidInputException if the search finds an inconsistent set (sites closer than the
     *     tolerance allows, or a tolerance too loose or too tight for the geometry)
     */
    public static FactorGroup of(Prim prim, double tolerance) {
        Checks.notNull(prim, "prim");
        Checks.positive(tolerance, "tolerance");
        Cell cell = prim.cell();
        double nearest = prim.shellDistances(1)[0];
        if (tolerance >= nearest / 2) {
            throw new InvalidInputException("symmetry tolerance " + tolerance + " Å is too large for prim '" + prim.name()
                    + "': its nearest sites are " + nearest + " Å apart (the tolerance must be below half of that)");
        }
        double[][] l = Matrix3.rows(cell);
        double[][] g = Matrix3.mul(l, Matrix3.transpose(l));
        double scale = Math.max(g[0][0], Math.max(g[1][1], g[2][2]));
        List<SymOp> ops = new ArrayList<>();
        List<int[]> images = new ArrayList<>();
        List<int[][]> shifts = new ArrayList<>();
        // Row r of M maps lattice vector r onto a lattice vector of the same length, so each row
        // is drawn only from the integer vectors of that length (a few of the 27 candidates).
        List<List<int[]>> rowsOfLength = new ArrayList<>();
        double lengthTol = scale * 1e-6 + tolerance * Math.sqrt(scale);
        for (int r = 0; r < 3; r++) {
            List<int[]> ok = new ArrayList<>();
            for (int code = 0; code < 27; code++) {
                int[] v = {code % 3 - 1, code / 3 % 3 - 1, code / 9 - 1};
                double len2 = 0;
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        len2 += v[a] * g[a][b] * v[b];
                    }
                }
                if (Math.abs(len2 - g[r][r]) <= lengthTol) {
                    ok.add(v);
                }
            }
            rowsOfLength.add(ok);
        }
        for (int[] r0 : rowsOfLength.get(0)) {
            for (int[] r1 : rowsOfLength.get(1)) {
                for (int[] r2 : rowsOfLength.get(2)) {
                    tryRotation(prim, new int[][] {r0.clone(), r1.clone(), r2.clone()}, g, lengthTol, tolerance, ops, images, shifts);
                }
            }
        }
        if (ops.isEmpty() || !ops.get(0).isPureTranslation() && ops.stream().noneMatch(FactorGroup::isIdentity)) {
            throw new InvalidInputException("symmetry search of prim '" + prim.name() + "' found no identity at tolerance "
                    + tolerance + " Å; the sites may overlap or the tolerance is too small");
        }
        // Put the identity first.
        int id = 0;
        while (!isIdentity(ops.get(id))) {
            id++;
        }
        java.util.Collections.swap(ops, 0, id);
        java.util.Collections.swap(images, 0, id);
        java.util.Collections.swap(shifts, 0, id);
        double[][] inv = Matrix3.inverse(l);
        double[][][] cart = new double[ops.size()][][];
        for (int o = 0; o < ops.size(); o++) {
            // W = (L⁻¹ M L)ᵀ acting on column vectors.
            double[][] mm = Matrix3.toDouble(ops.get(o).rotation());
            cart[o] = Matrix3.transpose(Matrix3.mul(Matrix3.mul(inv, mm), l));
        }
        FactorGroup fg = new FactorGroup(prim, ops, images.toArray(int[][]::new), shifts.toArray(int[][][]::new), cart);
        fg.checkClosure(tolerance);
        return fg;
    }

    /** With {@link #DEFAULT_TOLERANCE}. */
    public static FactorGroup of(Prim prim) {
        return of(prim, DEFAULT_TOLERANCE);
    }

    private static void tryRotation(Prim prim, int[][] m, double[][] g, double lengthTol, double tolerance, List<SymOp> ops,
            List<int[]> images, List<int[][]> shifts) {
        int n = prim.size();
        Cell cell = prim.cell();
        int det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        if (Math.abs(det) != 1 || !preservesMetric(m, g, lengthTol)) {
            return;
        }
        Vec3 f0 = apply(m, prim.basis().get(0).position());
        for (int target = 0; target < n; target++) {
            if (!prim.basis().get(target).occupants().equals(prim.basis().get(0).occupants())) {
                continue;
            }
            Vec3 t = wrap(prim.basis().get(target).position().minus(f0));
            int[] image = new int[n];
            int[][] sh = new int[n][];
            if (mapsAll(prim, m, t, tolerance, image, sh)) {
                SymOp op = new SymOp(m, t);
                if (!containsEquivalent(ops, op, cell, tolerance)) {
                    ops.add(op);
                    images.add(image);
                    shifts.add(sh);
                }
            }
        }
    }

    /**
     * Order of the point group of the lattice alone (its holohedry): the integer matrices with
     * entries in {−1, 0, 1} and det ±1 that preserve the metric.
     */
    public static int latticePointGroupOrder(Cell cell) {
        double[][] l = Matrix3.rows(cell);
        double[][] g = Matrix3.mul(l, Matrix3.transpose(l));
        double scale = Math.max(g[0][0], Math.max(g[1][1], g[2][2]));
        int count = 0;
        int[][] m = new int[3][3];
        for (int code = 0; code < 19683; code++) {
            int c = code;
            for (int i = 0; i < 9; i++) {
                m[i / 3][i % 3] = c % 3 - 1;
                c /= 3;
            }
            int det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                    + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
            if (Math.abs(det) == 1 && preservesMetric(m, g, scale * 1e-6)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isIdentity(SymOp op) {
        Vec3 t = op.translation();
        return op.isPureTranslation() && Math.abs(t.x()) < 1e-9 && Math.abs(t.y()) < 1e-9 && Math.abs(t.z()) < 1e-9;
    }

    private void checkClosure(double tol) {
        // The product of any two operations must be in the set; otherwise the tolerance admitted
        // an operation that is only approximately a symmetry. (f·Ma + τa)·Mb + τb = f·Ma·Mb + τa·Mb + τb.
        Cell cell = prim.cell();
        for (SymOp a : ops) {
            for (SymOp b : ops) {
                int[][] ma = a.rotation();
                int[][] mb = b.rotation();
                int[][] m = new int[3][3];
                for (int r = 0; r < 3; r++) {
                    for (int c = 0; c < 3; c++) {
                        for (int k = 0; k < 3; k++) {
                            m[r][c] += ma[r][k] * mb[k][c];
                        }
                    }
                }
                SymOp product = new SymOp(m, wrap(apply(mb, a.translation()).plus(b.translation())));
                if (!containsEquivalent(ops, product, cell, 2 * tol)) {
                    throw new InvalidInputException("symmetry search of prim '" + prim.name() + "' at tolerance " + tol
                            + " Å did not close into a group (" + ops.size() + " operations); use a tighter tolerance");
                }
            }
        }
    }

    private static boolean mapsAll(Prim prim, int[][] m, Vec3 t, double tol, int[] image, int[][] shift) {
        Cell cell = prim.cell();
        for (int b = 0; b < prim.size(); b++) {
            Vec3 f = apply(m, prim.basis().get(b).position()).plus(t);
            boolean found = false;
            for (int b2 = 0; b2 < prim.size() && !found; b2++) {
                if (!prim.basis().get(b2).occupants().equals(prim.basis().get(b).occupants())) {
                    continue;
                }
                Vec3 d = f.minus(prim.basis().get(b2).position());
                Vec3 r = new Vec3(Math.rint(d.x()), Math.rint(d.y()), Math.rint(d.z()));
                if (cell.toCartesian(d.minus(r)).norm() < tol) {
                    image[b] = b2;
                    shift[b] = new int[] {(int) r.x(), (int) r.y(), (int) r.z()};
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsEquivalent(List<SymOp> ops, SymOp op, Cell cell, double tol) {
        for (SymOp o : ops) {
            if (java.util.Arrays.deepEquals(o.rotation(), op.rotation())) {
                Vec3 d = wrap(o.translation().minus(op.translation()).plus(new Vec3(0.5, 0.5, 0.5))).minus(new Vec3(0.5, 0.5, 0.5));
                if (cell.toCartesian(d).norm() < tol) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean preservesMetric(int[][] m, double[][] g, double tol) {
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                double s = 0;
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        s += m[r][a] * g[a][b] * m[c][b];
                    }
                }
                if (Math.abs(s - g[r][c]) > tol) {
                    return false;
                }
            }
        }
        return true;
    }

    public Prim prim() {
        return prim;
    }

    /** The operations; the identity first. */
    public List<SymOp> operations() {
        return ops;
    }

    /** Number of operations (the point-group order for a primitive cell). */
    public int size() {
        return ops.size();
    }

    /** Applies operation {@code op} to an integral site coordinate, exactly. */
    public SiteCoord apply(int op, SiteCoord s) {
        SymOp o = ops.get(op);
        int[] sh = shift[op][s.b()];
        int i = s.i() * o.rotation(0, 0) + s.j() * o.rotation(1, 0) + s.k() * o.rotation(2, 0) + sh[0];
        int j = s.i() * o.rotation(0, 1) + s.j() * o.rotation(1, 1) + s.k() * o.rotation(2, 1) + sh[1];
        int k = s.i() * o.rotation(0, 2) + s.j() * o.rotation(1, 2) + s.k() * o.rotation(2, 2) + sh[2];
        return new SiteCoord(basisImage[op][s.b()], i, j, k);
    }

    /** The Cartesian rotation matrix W of operation {@code op} (acting on column vectors). */
    public double[][] cartesianRotation(int op) {
        double[][] w = cartesian[op];
        return new double[][] {w[0].clone(), w[1].clone(), w[2].clone()};
    }

    /** Number of operations whose rotation part is the identity (1 for a primitive cell). */
    public int pureTranslations() {
        return (int) ops.stream().filter(SymOp::isPureTranslation).count();
    }

    /** Order of the point group (operations / pure translations). */
    public int pointGroupOrder() {
        return size() / pureTranslations();
    }

    /** Basis indices grouped into symmetry-equivalent classes (the asymmetric unit is their first members). */
    public List<List<Integer>> basisOrbits() {
        List<List<Integer>> out = new ArrayList<>();
        boolean[] seen = new boolean[prim.size()];
        for (int b = 0; b < prim.size(); b++) {
            if (seen[b]) {
                continue;
            }
            java.util.TreeSet<Integer> orbit = new java.util.TreeSet<>();
            for (int o = 0; o < ops.size(); o++) {
                orbit.add(basisImage[o][b]);
            }
            orbit.forEach(x -> seen[x] = true);
            out.add(List.copyOf(orbit));
        }
        return out;
    }

    static Vec3 apply(int[][] m, Vec3 f) {
        return new Vec3(f.x() * m[0][0] + f.y() * m[1][0] + f.z() * m[2][0],
                f.x() * m[0][1] + f.y() * m[1][1] + f.z() * m[2][1],
                f.x() * m[0][2] + f.y() * m[1][2] + f.z() * m[2][2]);
    }

    static Vec3 wrap(Vec3 v) {
        return new Vec3(frac(v.x()), frac(v.y()), frac(v.z()));
    }

    private static double frac(double x) {
        double w = x - Math.floor(x);
        return w > 1 - 1e-9 ? 0 : w;
    }
}
