package org.sublattice.crystal.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;

/**
 * Decides whether two structures given in the same cell are the same crystal up to an origin
 * shift and a point operation: some operation R from a given list and shift t map every atom of
 * the candidate (fractional f) onto an atom of the same species in the reference at R·f + t,
 * modulo lattice translations, one-to-one, within a tolerance on each fractional coordinate.
 *
 * <p>Operations are integer matrices acting on fractional coordinates; they must be symmetries of
 * the cell itself (e.g. {@link #cubicOperations()} for a cubic cell), since the cells are compared
 * as they are. Stateless and thread-safe.
 */
public final class StructureMatcher {
    private static final List<int[][]> CUBIC = cubic();
    private static final List<int[][]> IDENTITY = List.<int[][]>of(new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});

    private StructureMatcher() {
    }

    /**
     * A successful match.
     *
     * @param rotation the point operation R (fractional coordinates); a copy
     * @param shift the origin shift t (fractional)
     * @param maxDeviation the largest coordinate difference left, as a fraction of a lattice vector
     */
    public record Match(int[][] rotation, Vec3 shift, double maxDeviation) {
        public Match {
            rotation = new int[][] {rotation[0].clone(), rotation[1].clone(), rotation[2].clone()};
        }

        @Override
        public int[][] rotation() {
            return new int[][] {rotation[0].clone(), rotation[1].clone(), rotation[2].clone()};
        }

        @Override
        public String toString() {
            return "Match[rotation=" + Arrays.deepToString(rotation) + ", shift=" + shift + ", maxDeviation=" + maxDeviation + "]";
        }
    }

    /** The 48 operations of the cubic point group m-3m (signed permutations), identity first. */
    public static List<int[][]> cubicOperations() {
        return copy(CUBIC);
    }

    /** The identity alone: compare up to an origin shift only. */
    public static List<int[][]> identity() {
        return copy(IDENTITY);
    }

    /**
     * Finds an operation and origin shift mapping {@code candidate} onto {@code reference}.
     *
     * @param tolerance largest allowed difference of a fractional coordinate; lattice vectors must
     *     agree within {@code tolerance} times their length
     * @return the match, or empty if the cells, the species counts or the positions disagree
     */
    public static Optional<Match> match(Structure reference, Structure candidate, List<int[][]> operations, double tolerance) {
        Search s = search(reference, candidate, operations, tolerance);
        return s.problem == null && s.best != null && s.best.maxDeviation() <= tolerance ? Optional.of(s.best) : Optional.empty();
    }

    /**
     * Why {@link #match} fails, for test and log messages: the first cell vector or species count
     * that differs, or the smallest largest deviation any operation and shift achieved.
     *
     * @return the reason, or {@code "structures match"}
     */
    public static String explain(Structure reference, Structure candidate, List<int[][]> operations, double tolerance) {
        Search s = search(reference, candidate, operations, tolerance);
        if (s.problem != null) {
            return s.problem;
        }
        if (s.best == null) {
            return "no operation maps the atoms of '" + candidate.title() + "' one-to-one onto those of '" + reference.title() + "'";
        }
        if (s.best.maxDeviation() <= tolerance) {
            return "structures match";
        }
        return "closest fit " + s.best + " leaves a coordinate off by " + s.best.maxDeviation() + " > " + tolerance;
    }

    private record Search(Match best, String problem) {
    }

    private static Search search(Structure reference, Structure candidate, List<int[][]> operations, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
        }
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("give at least one point operation (the identity)");
        }
        String cellProblem = compareCells(reference.cell(), candidate.cell(), tolerance);
        if (cellProblem != null) {
            return new Search(null, cellProblem);
        }
        Map<String, List<Vec3>> ref = bySpecies(reference);
        Map<String, List<Vec3>> cand = bySpecies(candidate);
        if (!counts(ref).equals(counts(cand))) {
            return new Search(null, "species counts differ: reference " + counts(ref) + ", candidate " + counts(cand));
        }
        // Anchor on the rarest species: fewest trial shifts.
        String anchor = null;
        for (Map.Entry<String, List<Vec3>> e : cand.entrySet()) {
            if (anchor == null || e.getValue().size() < cand.get(anchor).size()) {
                anchor = e.getKey();
            }
        }
        if (anchor == null) {
            return new Search(new Match(operations.get(0), Vec3.ZERO, 0), null);
        }
        Match best = null;
        for (int[][] r : operations) {
            Vec3 a0 = apply(r, cand.get(anchor).get(0));
            for (Vec3 target : ref.get(anchor)) {
                Vec3 t = target.minus(a0);
                double dev = deviation(ref, cand, r, t, best == null ? Double.POSITIVE_INFINITY : best.maxDeviation());
                if (best == null || dev < best.maxDeviation()) {
                    best = new Match(r, wrap(t), dev);
                    if (dev <= tolerance) {
                        return new Search(best, null);
                    }
                }
            }
        }
        return new Search(best == null || Double.isInfinite(best.maxDeviation()) ? null : best, null);
    }

    /** Largest deviation of a one-to-one nearest assignment; infinity if not one-to-one or over {@code bound}. */
    private static double deviation(Map<String, List<Vec3>> ref, Map<String, List<Vec3>> cand, int[][] r, Vec3 t, double bound) {
        double worst = 0;
        for (Map.Entry<String, List<Vec3>> e : cand.entrySet()) {
            List<Vec3> targets = ref.get(e.getKey());
            boolean[] used = new boolean[targets.size()];
            for (Vec3 f : e.getValue()) {
                Vec3 p = apply(r, f).plus(t);
                int nearest = -1;
                double d = Double.POSITIVE_INFINITY;
                for (int j = 0; j < targets.size(); j++) {
                    double dj = distance(p, targets.get(j));
                    if (dj < d) {
                        d = dj;
                        nearest = j;
                    }
                }
                if (used[nearest]) {
                    return Double.POSITIVE_INFINITY;
                }
                used[nearest] = true;
                worst = Math.max(worst, d);
                if (worst >= bound) {
                    return worst;
                }
            }
        }
        return worst;
    }

    /** Largest component of the difference, each reduced to [-½, ½]. */
    private static double distance(Vec3 p, Vec3 q) {
        double dx = p.x() - q.x();
        double dy = p.y() - q.y();
        double dz = p.z() - q.z();
        return Math.max(Math.abs(dx - Math.rint(dx)), Math.max(Math.abs(dy - Math.rint(dy)), Math.abs(dz - Math.rint(dz))));
    }

    private static String compareCells(Cell ref, Cell cand, double tolerance) {
        for (int i = 0; i < 3; i++) {
            Vec3 u = ref.vector(i);
            Vec3 v = cand.vector(i);
            if (v.minus(u).norm() > tolerance * u.norm()) {
                return "lattice vector " + (i + 1) + " differs: reference " + u + ", candidate " + v;
            }
        }
        return null;
    }

    private static Map<String, List<Vec3>> bySpecies(Structure s) {
        Map<String, List<Vec3>> out = new HashMap<>();
        for (Structure.Atom a : s.atoms()) {
            out.computeIfAbsent(a.species(), k -> new ArrayList<>()).add(a.position());
        }
        return out;
    }

    private static Map<String, Integer> counts(Map<String, List<Vec3>> bySpecies) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        bySpecies.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    private static Vec3 apply(int[][] r, Vec3 f) {
        return new Vec3(r[0][0] * f.x() + r[0][1] * f.y() + r[0][2] * f.z(),
                r[1][0] * f.x() + r[1][1] * f.y() + r[1][2] * f.z(),
                r[2][0] * f.x() + r[2][1] * f.y() + r[2][2] * f.z());
    }

    private static Vec3 wrap(Vec3 t) {
        return new Vec3(t.x() - Math.floor(t.x()), t.y() - Math.floor(t.y()), t.z() - Math.floor(t.z()));
    }

    private static List<int[][]> cubic() {
        int[][] perms = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}, {1, 0, 2}, {0, 2, 1}, {2, 1, 0}};
        List<int[][]> ops = new ArrayList<>();
        for (int[] p : perms) {
            for (int signs = 0; signs < 8; signs++) {
                int[][] m = new int[3][3];
                for (int i = 0; i < 3; i++) {
                    m[i][p[i]] = (signs & (1 << i)) == 0 ? 1 : -1;
                }
                ops.add(m);
            }
        }
        return List.copyOf(ops);
    }

    private static List<int[][]> copy(List<int[][]> ops) {
        return ops.stream().map(m -> new int[][] {m[0].clone(), m[1].clone(), m[2].clone()}).toList();
    }
}
