package org.sublattice.crystal.enumerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.crystal.FactorGroup;

/**
 * The symmetry of a supercell as permutations of its sites: every factor-group operation that maps
 * the superlattice onto itself, combined with every lattice translation of the supercell (its
 * quotient group, Hart and Forcade 2008, Sec. III; here read off the supercell's own site indexing
 * instead of a Smith normal form). Element g sends site s to {@code perm[g·n + s]}; element 0 is
 * the identity. Duplicates (a non-primitive prim's pure translations) are kept once.
 */
final class SupercellGroup {
    final int sites;
    final int size;
    /** perm[g·sites + s]: the image of site s under element g. */
    final int[] perm;
    /** Whether element g is a pure translation (identity rotation). */
    final boolean[] translation;

    private SupercellGroup(int sites, List<int[]> perms, List<Boolean> translations) {
        this.sites = sites;
        this.size = perms.size();
        this.perm = new int[size * sites];
        this.translation = new boolean[size];
        for (int g = 0; g < size; g++) {
            System.arraycopy(perms.get(g), 0, perm, g * sites, sites);
            translation[g] = translations.get(g);
        }
    }

    static SupercellGroup of(FactorGroup group, Supercell sc) {
        int n = sc.size();
        int volume = sc.volume();
        long[][] t = IntMatrices.toLong(sc.transformation());
        // Translations: site (b, l) → (b, l + t) for each lattice point t of the supercell.
        int[][] shift = new int[volume][n];
        for (int l = 0; l < volume; l++) {
            int[] d = sc.translation(l);
            for (int s = 0; s < n; s++) {
                int[] c = sc.translation(s);
                shift[l][s] = sc.index(sc.basis(s), c[0] + d[0], c[1] + d[1], c[2] + d[2]);
            }
        }
        List<int[]> perms = new ArrayList<>();
        List<Boolean> translations = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        for (int op = 0; op < group.size(); op++) {
            long[][] m = IntMatrices.toLong(group.operations().get(op).rotation());
            if (!IntMatrices.isSublattice(IntMatrices.multiply(t, m), t)) {
                continue;
            }
            int[] rot = new int[n];
            for (int s = 0; s < n; s++) {
                int[] c = sc.translation(s);
                SiteCoord img = group.apply(op, new SiteCoord(sc.basis(s), c[0], c[1], c[2]));
                rot[s] = sc.index(img.b(), img.i(), img.j(), img.k());
            }
            boolean pure = group.operations().get(op).isPureTranslation();
            for (int l = 0; l < volume; l++) {
                int[] p = new int[n];
                for (int s = 0; s < n; s++) {
                    p[s] = shift[l][rot[s]];
                }
                if (seen.add(new Key(p))) {
                    perms.add(p);
                    translations.add(pure);
                }
            }
        }
        if (perms.isEmpty() || !isIdentity(perms.get(0))) {
            throw new IllegalStateException("the first symmetry element of " + sc + " is not the identity");
        }
        return new SupercellGroup(n, perms, translations);
    }

    /** A permutation as a hash key. */
    private record Key(int[] p) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(k.p, p);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(p);
        }
    }

    private static boolean isIdentity(int[] p) {
        for (int s = 0; s < p.length; s++) {
            if (p[s] != s) {
                return false;
            }
        }
        return true;
    }
}
