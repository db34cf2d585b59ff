package org.sublattice.crystal;

import java.util.ArrayList;
import java.util.List;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Vec3;

/**
 * What a factor group and its lattice say about the space group, short of full identification:
 * the number of operations, the point-group order, the lattice system (from the order of the
 * lattice's own point group, the holohedry: 48 cubic, 24 hexagonal, 16 tetragonal, 12
 * rhombohedral, 8 orthorhombic, 4 monoclinic, 2 triclinic) and the centring (P, I, F, C, R), found
 * from the smallest conventional (orthogonal; for cubic, equal-edged) cell among short lattice
 * vectors: its number of lattice points and where the extra ones sit.
 *
 * @param operations factor-group size
 * @param pointGroupOrder operations per pure translation
 * @param latticeSystem cubic, hexagonal, tetragonal, rhombohedral, orthorhombic, monoclinic or triclinic
 * @param centring P, I, F, C or R
 */
public record SpaceGroupInfo(int operations, int pointGroupOrder, String latticeSystem, String centring) {
    /** Relative tolerance on lengths and right angles when looking for the conventional cell. */
    public static final double METRIC_TOLERANCE = 1e-4;

    /** Describes the factor group of a prim (for a primitive prim, of its space group). */
    public static SpaceGroupInfo of(FactorGroup g) {
        Cell cell = g.prim().cell();
        int holohedry = FactorGroup.latticePointGroupOrder(cell);
        String system = switch (holohedry) {
            case 48 -> "cubic";
            case 24 -> "hexagonal";
            case 16 -> "tetragonal";
            case 12 -> "rhombohedral";
            case 8 -> "orthorhombic";
            case 4 -> "monoclinic";
            default -> "triclinic";
        };
        String centring = switch (system) {
            case "cubic", "tetragonal", "orthorhombic" -> centring(cell, system.equals("cubic"));
            case "rhombohedral" -> "R";
            default -> "P";
        };
        return new SpaceGroupInfo(g.size(), g.pointGroupOrder(), system, centring);
    }

    private static String centring(Cell cell, boolean cubic) {
        List<Vec3> vs = new ArrayList<>();
        for (int i = -2; i <= 2; i++) {
            for (int j = -2; j <= 2; j++) {
                for (int k = -2; k <= 2; k++) {
                    if (i != 0 || j != 0 || k != 0) {
                        vs.add(cell.a().times(i).plus(cell.b().times(j)).plus(cell.c().times(k)));
                    }
                }
            }
        }
        double v = Math.abs(cell.volume());
        Cell best = null;
        double bestVolume = Double.MAX_VALUE;
        for (Vec3 a : vs) {
            for (Vec3 b : vs) {
                if (!orthogonal(a, b) || cubic && !equalLength(a, b)) {
                    continue;
                }
                for (Vec3 c : vs) {
                    if (!orthogonal(a, c) || !orthogonal(b, c) || cubic && !equalLength(a, c)) {
                        continue;
                    }
                    double vol = Math.abs(a.dot(b.cross(c)));
                    if (vol > 0.5 * v && vol < bestVolume - 1e-9 * v) {
                        bestVolume = vol;
                        best = new Cell(a, b, c);
                    }
                }
            }
        }
        if (best == null) {
            return "P";
        }
        int points = (int) Math.round(bestVolume / v);
        if (points == 4) {
            return "F";
        }
        if (points != 2) {
            return "P";
        }
        // One extra lattice point: body centre (all coordinates ½) or a face centre (two ½).
        for (Vec3 p : new Vec3[] {cell.a(), cell.b(), cell.c()}) {
            Vec3 f = best.toFractional(p);
            int halves = half(f.x()) + half(f.y()) + half(f.z());
            if (halves == 3) {
                return "I";
            }
            if (halves == 2) {
                return "C";
            }
        }
        return "P";
    }

    private static int half(double x) {
        double d = x - Math.floor(x);
        return Math.abs(d - 0.5) < 1e-6 ? 1 : 0;
    }

    private static boolean orthogonal(Vec3 a, Vec3 b) {
        return Math.abs(a.dot(b)) <= METRIC_TOLERANCE * a.norm() * b.norm();
    }

    private static boolean equalLength(Vec3 a, Vec3 b) {
        return Math.abs(a.norm() - b.norm()) <= METRIC_TOLERANCE * a.norm();
    }

    @Override
    public String toString() {
        return latticeSystem + " " + centring + ", point group of order " + pointGroupOrder + ", " + operations + " operations";
    }
}
