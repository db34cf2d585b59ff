package org.sublattice.crystal.enumerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.SymOp;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.FactorGroup;

/**
 * The symmetry of a supercell and canonical forms of its configurations, the slow obvious way and
 * independently of the enumerator: every space-group operation is applied to every site's
 * fractional coordinates, the image is located by its coordinates, and a canonical form is the
 * smallest of all images.
 */
final class BruteForce {
    private static final double TOL = 1e-6;
    private static final java.util.Map<Prim, FactorGroup> GROUPS = new java.util.concurrent.ConcurrentHashMap<>();

    final Supercell sc;
    /** Site permutations: image of site s under element g is perms.get(g)[s]. */
    final List<int[]> perms = new ArrayList<>();
    /** Whether element g is a pure lattice translation other than the identity. */
    final List<Boolean> translation = new ArrayList<>();

    BruteForce(Prim prim, int[][] matrix) {
        this.sc = Supercell.of(prim, matrix);
        double[][] t = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                t[r][c] = matrix[r][c];
            }
        }
        double[][] tInv = org.sublattice.crystal.Matrix3.inverse(t);
        Set<String> seen = new HashSet<>();
        for (SymOp op : GROUPS.computeIfAbsent(prim, FactorGroup::of).operations()) {
            // The superlattice must be invariant: T·M·T⁻¹ integral.
            double[][] m = new double[3][3];
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    m[r][c] = op.rotation(r, c);
                }
            }
            double[][] x = org.sublattice.crystal.Matrix3.mul(org.sublattice.crystal.Matrix3.mul(t, m), tInv);
            boolean integral = Arrays.stream(x).flatMapToDouble(Arrays::stream).allMatch(v -> Math.abs(v - Math.rint(v)) < TOL);
            if (!integral) {
                continue;
            }
            for (int l = 0; l < sc.volume(); l++) {
                int[] shift = sc.translation(l);
                int[] p = new int[sc.size()];
                for (int s = 0; s < sc.size(); s++) {
                    int[] cell = sc.translation(s);
                    Vec3 f = prim.basis().get(sc.basis(s)).position().plus(new Vec3(cell[0], cell[1], cell[2]));
                    Vec3 img = op.apply(f).plus(new Vec3(shift[0], shift[1], shift[2]));
                    p[s] = locate(prim, img);
                }
                if (seen.add(Arrays.toString(p))) {
                    perms.add(p);
                    boolean identity = true;
                    for (int s = 0; s < p.length; s++) {
                        identity &= p[s] == s;
                    }
                    translation.add(op.isPureTranslation() && !identity);
                }
            }
        }
    }

    private int locate(Prim prim, Vec3 f) {
        for (int b = 0; b < prim.size(); b++) {
            Vec3 d = f.minus(prim.basis().get(b).position());
            if (Math.abs(d.x() - Math.rint(d.x())) < TOL && Math.abs(d.y() - Math.rint(d.y())) < TOL && Math.abs(d.z() - Math.rint(d.z())) < TOL) {
                return sc.index(b, (int) Math.rint(d.x()), (int) Math.rint(d.y()), (int) Math.rint(d.z()));
            }
        }
        throw new AssertionError("no site at " + f);
    }

    /** The smallest image of c (lexicographic, site 0 first), optionally with all permutations of occupants 0 … k−1. */
    byte[] canonical(byte[] c, int relabelOccupants) {
        List<byte[]> relabel = relabelOccupants > 1 ? permutations(relabelOccupants) : List.of(new byte[] {0, 1, 2, 3, 4, 5, 6, 7});
        byte[] best = null;
        byte[] img = new byte[c.length];
        for (byte[] pi : relabel) {
            for (int[] p : perms) {
                for (int s = 0; s < c.length; s++) {
                    img[p[s]] = pi[c[s]];
                }
                if (best == null || Arrays.compare(img, best) < 0) {
                    best = img.clone();
                }
            }
        }
        return best;
    }

    /** Whether a lattice translation other than the identity leaves c unchanged. */
    boolean superperiodic(byte[] c) {
        for (int g = 0; g < perms.size(); g++) {
            if (translation.get(g)) {
                int[] p = perms.get(g);
                boolean fixed = true;
                for (int s = 0; s < c.length && fixed; s++) {
                    fixed = c[p[s]] == c[s];
                }
                if (fixed) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every configuration of the supercell, site s taking 0 … k[s]−1. */
    static List<byte[]> all(int[] k) {
        List<byte[]> out = new ArrayList<>();
        byte[] c = new byte[k.length];
        while (true) {
            out.add(c.clone());
            int s = k.length - 1;
            while (s >= 0 && ++c[s] == k[s]) {
                c[s] = 0;
                s--;
            }
            if (s < 0) {
                return out;
            }
        }
    }

    int[] occupantCounts() {
        int[] k = new int[sc.size()];
        for (int s = 0; s < k.length; s++) {
            k[s] = sc.site(s).occupants().size();
        }
        return k;
    }

    static List<byte[]> permutations(int k) {
        List<byte[]> out = new ArrayList<>();
        permute(new byte[k], new boolean[k], 0, out);
        return out;
    }

    private static void permute(byte[] a, boolean[] used, int i, List<byte[]> out) {
        if (i == a.length) {
            out.add(a.clone());
            return;
        }
        for (byte v = 0; v < a.length; v++) {
            if (!used[v]) {
                used[v] = true;
                a[i] = v;
                permute(a, used, i + 1, out);
                used[v] = false;
            }
        }
    }
}
