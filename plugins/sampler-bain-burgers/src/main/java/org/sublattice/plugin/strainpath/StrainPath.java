package org.sublattice.plugin.strainpath;

import java.util.ArrayList;
import java.util.List;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.Matrix3;

/**
 * Geometry of the Bain and Burgers paths of a BCC-based structure whose cubic axes lie along x, y,
 * z (seed 002 §3.2; docs/SCIENCE §6).
 *
 * <p>Strain is the Green–Lagrange tensor E relative to the input structure, written in the
 * symmetry-adapted components e₁ = (E_xx+E_yy+E_zz)/√3, e₂ = (E_xx−E_yy)/√2, e₃ = (2E_zz−E_xx−E_yy)/√6,
 * e₄ = √2E_yz, e₅ = √2E_xz, e₆ = √2E_xy; the deformation is the symmetric stretch U = √(I + 2E)
 * applied to the cell and the atoms.
 *
 * <ul>
 * <li>Bain: tetragonal strain along z; at fixed volume the BCT cell reaches c/a = √2, FCC, at
 * e₃ = (2^(2/3) − 2^(−1/3))/√6 ≈ 0.3240.
 * <li>Burgers: the (110) plane is strained into a hexagonal net ([001] compressed by 2^(−1/6),
 * [1−10] stretched by 2^(−1/6)√(3/2)) and the plane spacing set to the ideal c/2 (2^(−1/6)·2/√3),
 * while alternate (110) planes shuffle by ±1/12 of the [1−10] period a√2 in opposite directions;
 * at fixed volume this is ideal HCP, (110)_bcc ∥ (0001)_hcp, at e₃ ≈ −0.1350 (e₆ ≈ −0.0468).
 * </ul>
 *
 * A path point is the fraction t of its volume-conserving end: e₃ = t·e₃(end), e₆ = t·e₆(end) for
 * Burgers, shuffle t, e₂ = e₄ = e₅ = 0; e₁ then fixes the volume (or is relaxed). The Burgers
 * shuffle needs an even number of (110) planes per period: the structure is doubled along one
 * cell vector when it has an odd number.
 */
final class StrainPath {
    /** Largest distance (in units of a_bcc) of an atom from a BCC site. */
    static final double SITE_TOLERANCE = 1e-3;
    private static final double S2 = Math.sqrt(2);
    private static final double S3 = Math.sqrt(3);
    private static final double S6 = Math.sqrt(6);

    /** The two paths. */
    enum Kind { BAIN, BURGERS }

    private final Kind kind;
    private final Structure reference;
    private final double aBcc;
    private final double[] endStrain;
    /** Per atom: +1 or −1, the direction of its (110) plane's shuffle. */
    private final int[] shuffleSign;

    StrainPath(Kind kind, Structure input) {
        this.kind = kind;
        int n = input.atoms().size();
        if (n == 0) {
            throw new InvalidInputException("structure '" + input.title() + "' has no atoms to strain");
        }
        this.aBcc = Math.cbrt(2 * Math.abs(input.cell().volume()) / n);
        checkBcc(input, aBcc);
        this.reference = kind == Kind.BURGERS ? evenPlanes(input, aBcc) : input;
        this.endStrain = kind == Kind.BAIN ? bainEnd() : burgersEnd();
        this.shuffleSign = new int[reference.atoms().size()];
        Vec3 origin = reference.cell().toCartesian(reference.atoms().get(0).position());
        for (int i = 0; i < shuffleSign.length; i++) {
            Vec3 r = reference.cell().toCartesian(reference.atoms().get(i).position()).minus(origin);
            long plane = Math.round((r.x() + r.y()) / aBcc);
            shuffleSign[i] = (plane & 1) == 0 ? 1 : -1;
        }
    }

    Kind kind() {
        return kind;
    }

    /** The structure the path starts from (doubled for Burgers when needed). */
    Structure reference() {
        return reference;
    }

    /** The BCC lattice parameter of the input, from its volume per atom. */
    double aBcc() {
        return aBcc;
    }

    /** e₁ … e₆ of the volume-conserving end point (a copy). */
    double[] endStrain() {
        return endStrain.clone();
    }

    /** e₃ of the volume-conserving end point. */
    double endE3() {
        return endStrain[2];
    }

    /** The strain components of path fraction t before the volume is set: e₃ and, for Burgers, e₆. */
    double[] pathStrain(double t) {
        double[] e = new double[6];
        e[2] = t * endStrain[2];
        e[5] = t * endStrain[5];
        return e;
    }

    /** Path fraction of a given e₃. */
    double fraction(double e3) {
        return e3 / endStrain[2];
    }

    /** Shuffle amplitude (fraction of the full Burgers shuffle) at path fraction t; 0 for Bain. */
    double shuffle(double t) {
        return kind == Kind.BURGERS ? t : 0;
    }

    /** Green–Lagrange strain tensor of the components e₁ … e₆. */
    static double[][] tensor(double[] e) {
        double xx = e[0] / S3 + e[1] / S2 - e[2] / S6;
        double yy = e[0] / S3 - e[1] / S2 - e[2] / S6;
        double zz = e[0] / S3 + 2 * e[2] / S6;
        double yz = e[3] / S2;
        double xz = e[4] / S2;
        double xy = e[5] / S2;
        return new double[][] {{xx, xy, xz}, {xy, yy, yz}, {xz, yz, zz}};
    }

    /** Components e₁ … e₆ of a symmetric strain tensor. */
    static double[] components(double[][] m) {
        return new double[] {(m[0][0] + m[1][1] + m[2][2]) / S3, (m[0][0] - m[1][1]) / S2, (2 * m[2][2] - m[0][0] - m[1][1]) / S6,
            S2 * m[1][2], S2 * m[0][2], S2 * m[0][1]};
    }

    /** Right Cauchy–Green tensor C = I + 2E. */
    static double[][] cauchyGreen(double[] e) {
        double[][] c = tensor(e);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[i][j] = (i == j ? 1 : 0) + 2 * c[i][j];
            }
        }
        return c;
    }

    /** Volume ratio det U = √det C of a strain, NaN where C is not positive definite. */
    static double volumeRatio(double[] e) {
        double[] l = Matrix3.symmetricEigen(cauchyGreen(e), null);
        if (l[0] <= 0 || l[1] <= 0 || l[2] <= 0) {
            return Double.NaN;
        }
        return Math.sqrt(l[0] * l[1] * l[2]);
    }

    /**
     * e₁ that gives volume ratio {@code ratio} with the other components of {@code e}: adding c·I to
     * C shifts its eigenvalues λ_i by c, and Π(λ_i + c) = ratio² has one root above −min λ_i
     * (bisection on that monotonic product).
     */
    static double e1ForVolume(double[] e, double ratio) {
        double[] base = e.clone();
        base[0] = 0;
        double[] l = Matrix3.symmetricEigen(cauchyGreen(base), null);
        double target = ratio * ratio;
        double lo = -Math.min(l[0], Math.min(l[1], l[2]));
        double hi = Math.max(lo, 0) + 1;
        while ((l[0] + hi) * (l[1] + hi) * (l[2] + hi) < target) {
            hi = 2 * hi + 1;
        }
        for (int it = 0; it < 200 && hi - lo > 1e-16 * Math.max(1, Math.abs(hi)); it++) {
            double mid = 0.5 * (lo + hi);
            if ((l[0] + mid) * (l[1] + mid) * (l[2] + mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double c = 0.5 * (lo + hi);
        // C gains 2·(e₁/√3)·I per unit e₁.
        return c * S3 / 2;
    }

    /** The structure strained by e₁ … e₆ with the given shuffle amplitude. */
    Structure structure(double[] e, double shuffle, String title) {
        double[][] u = sqrt(cauchyGreen(e));
        Cell cell = reference.cell();
        Vec3[] v = new Vec3[3];
        for (int i = 0; i < 3; i++) {
            Vec3 c = cell.vector(i);
            double[] w = Matrix3.apply(u, new double[] {c.x(), c.y(), c.z()});
            v[i] = new Vec3(w[0], w[1], w[2]);
        }
        // Shuffle ±(a√2/12)·t along [1−10]/√2 in the undeformed frame, as a fractional shift.
        double amp = shuffle * aBcc * S2 / 12;
        Vec3 dir = new Vec3(1 / S2, -1 / S2, 0);
        List<Structure.Atom> atoms = new ArrayList<>();
        for (int i = 0; i < reference.atoms().size(); i++) {
            Structure.Atom a = reference.atoms().get(i);
            Vec3 f = a.position();
            if (amp != 0) {
                f = f.plus(cell.toFractional(dir.times(amp * shuffleSign[i])));
            }
            atoms.add(new Structure.Atom(a.species(), f));
        }
        return new Structure(title, new Cell(v[0], v[1], v[2]), atoms);
    }

    private static double[] bainEnd() {
        double a2 = Math.pow(2, -1.0 / 3);
        double g2 = Math.pow(2, 2.0 / 3);
        return components(new double[][] {{(a2 - 1) / 2, 0, 0}, {0, (a2 - 1) / 2, 0}, {0, 0, (g2 - 1) / 2}});
    }

    private static double[] burgersEnd() {
        double s = Math.pow(2, -1.0 / 6);
        double lu = s;
        double lv = s * Math.sqrt(1.5);
        double lw = s * 2 / S3;
        double[][] n = {{0, 0, 1}, {1 / S2, -1 / S2, 0}, {1 / S2, 1 / S2, 0}};
        double[] l2 = {lu * lu, lv * lv, lw * lw};
        double[][] c = new double[3][3];
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    c[i][j] += l2[k] * n[k][i] * n[k][j];
                }
            }
        }
        double[][] e = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                e[i][j] = (c[i][j] - (i == j ? 1 : 0)) / 2;
            }
        }
        return components(e);
    }

    /** Every atom must sit on the BCC lattice (cubic axes on x, y, z) through the first atom. */
    private static void checkBcc(Structure s, double a) {
        Vec3 origin = s.cell().toCartesian(s.atoms().get(0).position());
        for (int i = 0; i < s.atoms().size(); i++) {
            Vec3 r = s.cell().toCartesian(s.atoms().get(i).position()).minus(origin).times(2 / a);
            long ix = Math.round(r.x());
            long iy = Math.round(r.y());
            long iz = Math.round(r.z());
            double off = Math.max(Math.abs(r.x() - ix), Math.max(Math.abs(r.y() - iy), Math.abs(r.z() - iz)));
            if (off > 2 * SITE_TOLERANCE || ((ix ^ iy) & 1) != 0 || ((ix ^ iz) & 1) != 0) {
                throw new InvalidInputException("atom " + (i + 1) + " (" + s.atoms().get(i).species() + ") of '" + s.title()
                        + "' is not on a BCC site of a = " + a + " Å (from the volume per atom) with cubic axes on x, y, z; "
                        + "the strain-path scanner needs a BCC-based structure such as BCC, B2, D0_3 or B32");
            }
        }
    }

    /**
     * The structure with an even number of (110) planes (x + y = n·a) per period along every cell
     * vector, doubling the cell along one vector if needed.
     */
    private static Structure evenPlanes(Structure s, double a) {
        Cell cell = s.cell();
        long[] q = new long[3];
        int odd = -1;
        for (int i = 0; i < 3; i++) {
            Vec3 v = cell.vector(i);
            double x = (v.x() + v.y()) / a;
            q[i] = Math.round(x);
            if (Math.abs(x - q[i]) > 2 * SITE_TOLERANCE) {
                throw new InvalidInputException("cell vector " + (i + 1) + " " + v + " of '" + s.title()
                        + "' is not a BCC lattice vector with cubic axes on x, y, z");
            }
            if ((q[i] & 1) != 0 && odd < 0) {
                odd = i;
            }
        }
        if (odd < 0) {
            return s;
        }
        Vec3[] v = {cell.a(), cell.b(), cell.c()};
        Vec3[] w = new Vec3[3];
        for (int i = 0; i < 3; i++) {
            w[i] = i == odd ? v[i].times(2) : (q[i] & 1) != 0 ? v[i].minus(v[odd]) : v[i];
        }
        Cell doubled = new Cell(w[0], w[1], w[2]);
        List<Structure.Atom> atoms = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            for (Structure.Atom at : s.atoms()) {
                Vec3 r = cell.toCartesian(at.position()).plus(v[odd].times(copy));
                Vec3 f = doubled.toFractional(r);
                atoms.add(new Structure.Atom(at.species(), new Vec3(wrap(f.x()), wrap(f.y()), wrap(f.z()))));
            }
        }
        return new Structure(s.title(), doubled, atoms);
    }

    private static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1 - 1e-12 ? 0 : w;
    }

    /** f(M) = V f(Λ) Vᵀ of a symmetric matrix for f = √ (the stretch U of C = UᵀU). */
    private static double[][] sqrt(double[][] sym) {
        double[][] v = new double[3][];
        double[] l = Matrix3.symmetricEigen(sym, v);
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
