package org.sublattice.api.crystal;

import java.util.Arrays;
import org.sublattice.api.Checks;

/**
 * A space-group operation of a prim in fractional coordinates, acting on row vectors:
 * f' = f·M + τ, with M an integer matrix of determinant ±1 and τ the fractional translation
 * (in [0, 1)). Immutable.
 */
public final class SymOp {
    private final int[][] m;
    private final Vec3 tau;

    public SymOp(int[][] rotation, Vec3 translation) {
        Checks.notNull(rotation, "rotation");
        Checks.notNull(translation, "translation");
        if (rotation.length != 3 || Arrays.stream(rotation).anyMatch(r -> r == null || r.length != 3)) {
            throw new IllegalArgumentException("rotation must be 3x3, got " + Arrays.deepToString(rotation));
        }
        this.m = new int[][] {rotation[0].clone(), rotation[1].clone(), rotation[2].clone()};
        int det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        if (Math.abs(det) != 1) {
            throw new IllegalArgumentException("rotation " + Arrays.deepToString(rotation) + " has determinant " + det + ", not ±1");
        }
        this.tau = translation;
    }

    /** A copy of the integer rotation matrix (fractional coordinates, row-vector convention). */
    public int[][] rotation() {
        return new int[][] {m[0].clone(), m[1].clone(), m[2].clone()};
    }

    /** Element (r, c) of the rotation matrix. */
    public int rotation(int r, int c) {
        return m[r][c];
    }

    public Vec3 translation() {
        return tau;
    }

    /** f·M + τ. */
    public Vec3 apply(Vec3 f) {
        return new Vec3(f.x() * m[0][0] + f.y() * m[1][0] + f.z() * m[2][0] + tau.x(),
                f.x() * m[0][1] + f.y() * m[1][1] + f.z() * m[2][1] + tau.y(),
                f.x() * m[0][2] + f.y() * m[1][2] + f.z() * m[2][2] + tau.z());
    }

    /** Whether M is the identity. */
    public boolean isPureTranslation() {
        return m[0][0] == 1 && m[1][1] == 1 && m[2][2] == 1 && m[0][1] == 0 && m[0][2] == 0 && m[1][0] == 0
                && m[1][2] == 0 && m[2][0] == 0 && m[2][1] == 0;
    }

    /** Determinant of M (+1 proper rotation, −1 improper). */
    public int determinant() {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymOp s && Arrays.deepEquals(s.m, m) && s.tau.equals(tau);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(m) * 31 + tau.hashCode();
    }

    @Override
    public String toString() {
        return "SymOp" + Arrays.deepToString(m) + " + " + tau;
    }
}
