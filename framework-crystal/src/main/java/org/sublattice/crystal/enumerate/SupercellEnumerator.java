package org.sublattice.crystal.enumerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SymOp;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.FactorGroup;

/**
 * Symmetry-distinct supercells (superlattices) of a prim.
 *
 * <p>Algorithm: Hart and Forcade, PRB 77, 224115 (2008), Sec. II. Every superlattice of index n
 * has exactly one Hermite normal form; all of them are generated (there are Σ_{adf=n} d·f² of
 * them, OEIS A001001), and two are equivalent when a rotation M of the factor group maps one onto
 * the other: HNF(T·M) = HNF(T'). Generating them in a fixed order and keeping the first of each
 * class picks the class's smallest form as its representative. Stateless.
 */
public final class SupercellEnumerator {
    /** Volumes up to which a given matrix is named by its place among all supercells of its volume. */
    private static final int NAME_BY_INDEX_UP_TO = 64;
    /** Relative length gain below which the reduction of a basis stops (round-off guard). */
    private static final double REDUCTION_TOLERANCE = 1e-9;

    private SupercellEnumerator() {
    }

    /**
     * Enumerates the spec's supercells, ordered by volume, then by Hermite normal form.
     *
     * @param progress told after each volume (done and total volumes, supercells so far)
     */
    public static List<EnumeratedSupercell> enumerate(SupercellSpec spec, Progress progress) {
        Checks.notNull(spec, "spec");
        Checks.notNull(progress, "progress");
        Prim prim = spec.prim();
        List<long[][]> rotations = rotations(FactorGroup.of(prim));
        long[][] unit = IntMatrices.toLong(spec.unitCell());
        int unitVolume = Math.toIntExact(Math.abs(IntMatrices.det(unit)));
        List<EnumeratedSupercell> out = new ArrayList<>();
        int volumes = spec.maxVolume() - spec.minVolume() + 1;
        boolean identity = unitVolume == 1 && IntMatrices.isSublattice(IDENTITY, unit);
        Map<Integer, List<EnumeratedSupercell>> named = new LinkedHashMap<>();
        for (int n = spec.minVolume(); n <= spec.maxVolume(); n++) {
            for (EnumeratedSupercell s : ofVolume(prim, rotations, unit, unitVolume, n)) {
                // Supercells of another unit cell take the name of their class among all
                // supercells of the prim, so that names mean the same whatever generated them.
                out.add(identity ? s : rename(prim, rotations, s, named));
            }
            progress.update(n - spec.minVolume() + 1, volumes, out.size());
        }
        return List.copyOf(out);
    }

    private static final long[][] IDENTITY = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    private static EnumeratedSupercell rename(Prim prim, List<long[][]> rotations, EnumeratedSupercell s,
            Map<Integer, List<EnumeratedSupercell>> byVolume) {
        long[][] t = IntMatrices.toLong(s.matrix());
        long key = IntMatrices.key(canonical(t, rotations));
        int volume = s.volume();
        if (volume <= NAME_BY_INDEX_UP_TO) {
            EnumeratedSupercell global = byVolume.computeIfAbsent(volume, v -> ofVolume(prim, rotations, IDENTITY, 1, v)).stream()
                    .filter(g -> IntMatrices.key(IntMatrices.toLong(g.matrix())) == key).findFirst().orElseThrow();
            return new EnumeratedSupercell(global.name(), volume, global.index(), s.matrix(), s.reduced(), s.symmetry(), s.equivalents());
        }
        return new EnumeratedSupercell(hnfName(volume, canonical(t, rotations)), volume, 0, s.matrix(), s.reduced(), s.symmetry(),
                s.equivalents());
    }

    private static String hnfName(int volume, long[][] canonical) {
        int[][] h = IntMatrices.toInt(canonical);
        return "SCEL" + volume + "_" + h[0][0] + "_" + h[1][1] + "_" + h[2][2] + "_" + h[0][1] + "_" + h[0][2] + "_" + h[1][2];
    }

    /**
     * The distinct classes among given supercells (rows in prim units), in the order given; a
     * matrix equivalent to an earlier one is left out. Each is named as {@link #enumerate} names
     * it when its volume is at most 64 prim cells, otherwise {@code SCEL<V>_<HNF entries>}.
     *
     * @throws IllegalArgumentException naming a singular matrix
     */
    public static List<EnumeratedSupercell> of(Prim prim, List<int[][]> matrices) {
        Checks.notNull(prim, "prim");
        Checks.noNulls(matrices, "supercell matrices");
        List<long[][]> rotations = rotations(FactorGroup.of(prim));
        Map<Long, EnumeratedSupercell> seen = new LinkedHashMap<>();
        Map<Integer, List<EnumeratedSupercell>> byVolume = new LinkedHashMap<>();
        for (int[][] m : matrices) {
            if (m.length != 3 || Arrays.stream(m).anyMatch(r -> r == null || r.length != 3)) {
                throw new IllegalArgumentException("supercell matrix must be 3×3, got " + Arrays.deepToString(m));
            }
            long[][] t = IntMatrices.toLong(m);
            long det = IntMatrices.det(t);
            if (det == 0) {
                throw new IllegalArgumentException("supercell matrix " + Arrays.deepToString(m) + " is singular (determinant 0)");
            }
            if (Math.abs(det) >= 1024) {
                throw new IllegalArgumentException("supercell matrix " + Arrays.deepToString(m) + " has " + Math.abs(det)
                        + " prim cells; at most 1023 can be classified");
            }
            long[][] canonical = canonical(t, rotations);
            long key = IntMatrices.key(canonical);
            if (seen.containsKey(key)) {
                continue;
            }
            int volume = Math.toIntExact(Math.abs(det));
            EnumeratedSupercell s = supercell(prim, rotations, "given", volume, 0, IntMatrices.hnf(t));
            seen.put(key, rename(prim, rotations, s, byVolume));
        }
        return List.copyOf(seen.values());
    }

    /** The smallest Hermite normal form (in generation order) of the class of {@code t}. */
    static long[][] canonical(long[][] t, List<long[][]> rotations) {
        long[][] best = null;
        for (long[][] m : rotations) {
            long[][] h = IntMatrices.hnf(IntMatrices.multiply(t, m));
            if (best == null || compare(h, best) < 0) {
                best = h;
            }
        }
        return best;
    }

    /** Generation order: a, then d, then b, c, e (f = n/(a·d) follows). */
    private static int compare(long[][] x, long[][] y) {
        long[] kx = {x[0][0], x[1][1], x[0][1], x[0][2], x[1][2]};
        long[] ky = {y[0][0], y[1][1], y[0][1], y[0][2], y[1][2]};
        return Arrays.compare(kx, ky);
    }

    private static List<EnumeratedSupercell> ofVolume(Prim prim, List<long[][]> rotations, long[][] unit, int unitVolume, int n) {
        List<EnumeratedSupercell> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int index = 0;
        for (int a = 1; a <= n; a++) {
            if (n % a != 0) {
                continue;
            }
            for (int d = 1; d <= n / a; d++) {
                if ((n / a) % d != 0) {
                    continue;
                }
                int f = n / a / d;
                for (int b = 0; b < d; b++) {
                    for (int c = 0; c < f; c++) {
                        for (int e = 0; e < f; e++) {
                            long[][] h = {{a, b, c}, {0, d, e}, {0, 0, f}};
                            long[][] t = IntMatrices.hnf(IntMatrices.multiply(h, unit));
                            if (seen.contains(IntMatrices.key(t))) {
                                continue;
                            }
                            // A new class: mark every rotated image. Images outside the
                            // unit-cell lattice are marked too; they are never generated.
                            for (long[][] m : rotations) {
                                seen.add(IntMatrices.key(IntMatrices.hnf(IntMatrices.multiply(t, m))));
                            }
                            index++;
                            int volume = n * unitVolume;
                            out.add(supercell(prim, rotations, "SCEL" + volume + "_" + index, volume, index, t));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static EnumeratedSupercell supercell(Prim prim, List<long[][]> rotations, String name, int volume, int index, long[][] t) {
        int symmetry = 0;
        Set<Long> images = new HashSet<>();
        for (long[][] m : rotations) {
            long[][] image = IntMatrices.multiply(t, m);
            if (IntMatrices.isSublattice(image, t)) {
                symmetry++;
            }
            images.add(IntMatrices.key(IntMatrices.hnf(image)));
        }
        return new EnumeratedSupercell(name, volume, index, IntMatrices.toInt(t), reduce(IntMatrices.toInt(t), prim.cell()), symmetry,
                images.size());
    }

    /** The distinct rotation matrices of the factor group (pure translations of a non-primitive prim repeat them). */
    static List<long[][]> rotations(FactorGroup group) {
        Map<String, long[][]> distinct = new LinkedHashMap<>();
        for (SymOp op : group.operations()) {
            long[][] m = IntMatrices.toLong(op.rotation());
            distinct.putIfAbsent(Arrays.deepToString(m), m);
        }
        return List.copyOf(distinct.values());
    }

    /**
     * A basis of the superlattice of {@code t} with short vectors: pairwise Lagrange–Gauss
     * reduction (subtract the nearest integer multiple of one vector from another while that
     * shortens it) until nothing changes, sorted by length and made right-handed.
     */
    static int[][] reduce(int[][] t, Cell cell) {
        long[][] m = IntMatrices.toLong(t);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    if (i == j) {
                        continue;
                    }
                    Vec3 vi = cartesian(m[i], cell);
                    Vec3 vj = cartesian(m[j], cell);
                    long mu = Math.round(vi.dot(vj) / vj.dot(vj));
                    if (mu != 0) {
                        Vec3 w = vi.minus(vj.times(mu));
                        if (w.dot(w) < vi.dot(vi) * (1 - REDUCTION_TOLERANCE)) {
                            for (int k = 0; k < 3; k++) {
                                m[i][k] -= mu * m[j][k];
                            }
                            changed = true;
                        }
                    }
                }
            }
        }
        long[][] sorted = m.clone();
        Arrays.sort(sorted, (x, y) -> Double.compare(cartesian(x, cell).norm(), cartesian(y, cell).norm()));
        if (IntMatrices.det(sorted) * Math.signum(cell.volume()) < 0) {
            for (long[] row : sorted) {
                for (int k = 0; k < 3; k++) {
                    row[k] = -row[k];
                }
            }
        }
        return IntMatrices.toInt(sorted);
    }

    private static Vec3 cartesian(long[] row, Cell cell) {
        return cell.a().times(row[0]).plus(cell.b().times(row[1])).plus(cell.c().times(row[2]));
    }
}
