package org.sublattice.crystal.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.Matrix3;

/**
 * Maps a relaxed structure (from DFT, say) onto the ideal sites of a supercell of a prim, giving
 * the configuration whose energy the structure's energy is, and how far the structure is from
 * that ideal: the approach of CASM's structure mapping (Thomas, Natarajan and Van der Ven, npj
 * Comput. Mater. 7, 164 (2021)), restricted to one lattice and its supercells.
 *
 * <ol>
 *   <li>The supercell: the structure's cell L, scaled to the volume of N prim cells (N from the
 *   atom count, or from the volume when sites may be vacant), is written as T·P with P the prim
 *   cell and T rounded to integers with |det T| = N; if that fails or is strained beyond the limit
 *   (a rotated cell, another choice of cell vectors), the integer bases whose lengths and angles
 *   match L's are searched for the least strained.</li>
 *   <li>The lattice strain: L = T·P·F; the right stretch U of the polar decomposition of F (its
 *   rotation is discarded) measures the cell's deformation. The lattice cost is
 *   ⅓‖U/det(U)^⅓ − 1‖², the shape change at fixed volume; the volume change is reported apart.</li>
 *   <li>The sites: fractional coordinates are invariant under the homogeneous deformation, so
 *   atoms are compared with the ideal sites in the undeformed supercell. A rigid translation is
 *   tried for the least common species' first atom on each allowed prim site, then atoms are
 *   assigned to sites one to one at least total squared displacement (Hungarian method), sites
 *   left over become vacancies; the mean displacement is removed and the assignment repeated.
 *   Atoms may only take sites that allow their species. The basis cost is the mean squared
 *   displacement over (volume per site)^⅔.</li>
 * </ol>
 *
 * A structure is rejected, with the reason, if a species fits no site, the cell is no supercell
 * of the prim, no assignment respects the allowed occupants, either cost exceeds its limit, or an
 * atom moved more than half the shortest distance between sites (its site is then ambiguous).
 * Stateless and thread-safe.
 */
public final class StructureMapper {
    /** Largest distance (fraction of a lattice vector) of the volume-normalised L·P⁻¹ from integers. */
    public static final double ROUNDING_TOLERANCE = 0.3;

    private StructureMapper() {
    }

    /**
     * Limits beyond which a mapping is rejected.
     *
     * @param maxLatticeCost largest lattice cost ⅓‖U/det(U)^⅓ − 1‖² (dimensionless; 0.01 is a
     *     shear strain of about 10 %)
     * @param maxBasisCost largest basis cost, mean squared displacement / (volume per site)^⅔
     * @param maxVolumeChange largest |det U − 1|
     */
    public record Limits(double maxLatticeCost, double maxBasisCost, double maxVolumeChange) {
        public Limits {
            Checks.positive(maxLatticeCost, "maxLatticeCost");
            Checks.positive(maxBasisCost, "maxBasisCost");
            Checks.positive(maxVolumeChange, "maxVolumeChange");
        }

        /** Lattice cost 0.01, basis cost 0.05, volume change 30 %. */
        public static Limits defaults() {
            return new Limits(0.01, 0.05, 0.3);
        }
    }

    /** The outcome of mapping one structure. */
    public sealed interface Result permits Mapping, Failure {
    }

    /**
     * A structure that mapped.
     *
     * @param configuration the occupation of the ideal supercell
     * @param transformation the supercell matrix T (rows: supercell vectors in prim units)
     * @param latticeCost ⅓‖U/det(U)^⅓ − 1‖²
     * @param volumeChange det U − 1
     * @param basisCost mean squared displacement / (volume per site)^⅔
     * @param maxDisplacement the largest displacement of an atom from its site, Å (undeformed frame)
     * @param siteOfAtom the supercell site each atom of the structure took, in atom order
     */
    public record Mapping(Configuration configuration, int[][] transformation, double latticeCost, double volumeChange, double basisCost,
            double maxDisplacement, int[] siteOfAtom) implements Result {
        public Mapping {
            transformation = new int[][] {transformation[0].clone(), transformation[1].clone(), transformation[2].clone()};
            siteOfAtom = siteOfAtom.clone();
        }

        @Override
        public int[][] transformation() {
            return new int[][] {transformation[0].clone(), transformation[1].clone(), transformation[2].clone()};
        }

        @Override
        public int[] siteOfAtom() {
            return siteOfAtom.clone();
        }

        /** Mean of the lattice and basis costs: one score, lower is better. */
        public double score() {
            return 0.5 * (latticeCost + basisCost);
        }
    }

    /**
     * A structure that did not map.
     *
     * @param reason why, naming the offending value
     */
    public record Failure(String reason) implements Result {
        public Failure {
            Checks.notNull(reason, "reason");
        }
    }

    /** Maps {@code structure} onto supercells of {@code prim}. */
    public static Result map(Prim prim, Structure structure, Limits limits) {
        List<Structure.Atom> atoms = structure.atoms();
        if (atoms.isEmpty()) {
            return new Failure("the structure has no atoms");
        }
        int nb = prim.size();
        Set<String> placeable = new LinkedHashSet<>();
        boolean vacancies = false;
        for (Site s : prim.basis()) {
            placeable.addAll(s.occupants());
            vacancies |= s.occupants().contains(Site.VACANCY);
        }
        placeable.remove(Site.VACANCY);
        for (Structure.Atom a : atoms) {
            if (!placeable.contains(a.species())) {
                return new Failure("species " + a.species() + " is allowed on no site of the prim (species: " + String.join(", ", placeable) + ")");
            }
        }
        double primVolume = Math.abs(prim.cell().volume());
        double volume = Math.abs(structure.cell().volume());
        int cells;
        if (!vacancies) {
            if (atoms.size() % nb != 0) {
                return new Failure(atoms.size() + " atoms do not fill whole prim cells of " + nb + " sites, and no site may be vacant");
            }
            cells = atoms.size() / nb;
        } else {
            int least = (atoms.size() + nb - 1) / nb;
            cells = Math.max(least, (int) Math.round(volume / primVolume));
        }
        double[][] p = Matrix3.rows(prim.cell());
        double[][] l = Matrix3.rows(structure.cell());
        double scale = Math.cbrt(cells * primVolume / volume);
        int sign = Long.signum(Math.round(Math.signum(structure.cell().volume() * prim.cell().volume())));
        // Fast path: the cell in the prim's orientation, T = L·P⁻¹ at the volume of N cells, rounded.
        double[][] tReal = Matrix3.mul(l, Matrix3.inverse(p));
        int[][] t = new int[3][3];
        double off = 0;
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                double x = tReal[r][c] * scale;
                t[r][c] = (int) Math.round(x);
                off = Math.max(off, Math.abs(x - t[r][c]));
            }
        }
        double latticeCost = Long.signum(determinant(t)) == sign && Math.abs(determinant(t)) == cells && off <= ROUNDING_TOLERANCE
                ? latticeCost(p, t, l) : Double.POSITIVE_INFINITY;
        if (latticeCost > limits.maxLatticeCost()) {
            // A rotated or differently set-up cell: search integer bases with the cell's lengths and angles.
            int[][] found = search(p, l, scale, cells, sign, limits.maxLatticeCost());
            if (found != null) {
                double c = latticeCost(p, found, l);
                if (c < latticeCost) {
                    t = found;
                    latticeCost = c;
                }
            }
        }
        if (Double.isInfinite(latticeCost)) {
            return new Failure("the cell is not a supercell of the prim: no integer basis of " + cells + " prim cells has the lengths "
                    + "and angles of the cell within the lattice-cost limit " + limits.maxLatticeCost() + " (L·P⁻¹ at that volume = "
                    + format(tReal, scale) + ")");
        }
        if (latticeCost > limits.maxLatticeCost()) {
            return new Failure("the cell is strained too much: lattice cost " + round3(latticeCost) + " > " + limits.maxLatticeCost()
                    + " (supercell " + Arrays.deepToString(t) + ")");
        }
        Supercell sc = Supercell.of(prim, t);
        Cell ideal = sc.cell();
        double volumeChange = volume / Math.abs(ideal.volume()) - 1;
        if (Math.abs(volumeChange) > limits.maxVolumeChange()) {
            return new Failure("the volume differs from the ideal supercell's by " + round3(100 * volumeChange) + " % (limit "
                    + round3(100 * limits.maxVolumeChange()) + " %)");
        }
        return assignSites(prim, structure, sc, ideal, latticeCost, volumeChange, limits, t);
    }

    private static Result assignSites(Prim prim, Structure structure, Supercell sc, Cell ideal, double latticeCost, double volumeChange,
            Limits limits, int[][] t) {
        // Row i of T·P corresponds to row i of the cell (L = T·P·F), so the atoms' fractional
        // coordinates are their coordinates in the undeformed ideal supercell.
        List<Structure.Atom> atoms = structure.atoms();
        int n = sc.size();
        Vec3[] sites = new Vec3[n];
        for (int s = 0; s < n; s++) {
            sites[s] = ideal.toFractional(sc.position(s));
        }
        // Anchor: the first atom of the least common species, tried on one site of each basis
        // index (translations by prim vectors are symmetries of the ideal supercell).
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        atoms.forEach(a -> counts.merge(a.species(), 1, Integer::sum));
        Structure.Atom anchor = atoms.stream().min(java.util.Comparator.comparingInt((Structure.Atom a) -> counts.get(a.species()))).orElseThrow();
        Assigned best = null;
        for (int b = 0; b < prim.size(); b++) {
            if (!prim.basis().get(b).occupants().contains(anchor.species())) {
                continue;
            }
            Vec3 shift = anchor.position().minus(sites[sc.index(b, 0, 0, 0)]);
            Assigned a = assign(atoms, sites, sc, ideal, shift);
            if (a != null) {
                // Remove the mean displacement and assign again.
                a = assign(atoms, sites, sc, ideal, shift.plus(a.meanShift));
            }
            if (a != null && (best == null || a.cost < best.cost)) {
                best = a;
            }
        }
        if (best == null) {
            return new Failure("no one-to-one assignment of atoms to sites respects the sites' allowed occupants");
        }
        double volumePerSite = Math.abs(ideal.volume()) / n;
        double basisCost = best.cost / atoms.size() / Math.pow(volumePerSite, 2.0 / 3.0);
        double shortest = prim.shellDistances(1)[0];
        if (best.maxDisplacement > shortest / 2) {
            return new Failure("atom " + (best.worstAtom + 1) + " (" + atoms.get(best.worstAtom).species() + ") is " + round3(best.maxDisplacement)
                    + " Å from its site, more than half the shortest site distance " + round3(shortest) + " Å: its site is ambiguous");
        }
        if (basisCost > limits.maxBasisCost()) {
            return new Failure("atoms are too far from the ideal sites: basis cost " + round3(basisCost) + " > " + limits.maxBasisCost()
                    + " (largest displacement " + round3(best.maxDisplacement) + " Å)");
        }
        byte[] occ = new byte[n];
        boolean[] taken = new boolean[n];
        for (int a = 0; a < atoms.size(); a++) {
            int s = best.siteOfAtom[a];
            occ[s] = (byte) sc.site(s).indexOf(atoms.get(a).species());
            taken[s] = true;
        }
        for (int s = 0; s < n; s++) {
            if (!taken[s]) {
                occ[s] = (byte) sc.site(s).indexOf(Site.VACANCY);
            }
        }
        return new Mapping(new Configuration(sc, occ), t, latticeCost, volumeChange, basisCost, best.maxDisplacement, best.siteOfAtom);
    }

    /**
     * Lattice cost of L against the ideal supercell T·P: with L = T·P·F (rows), U² = F·Fᵀ is the
     * squared right stretch in the column picture (rotation-free), and the cost is
     * ⅓ Σ (λᵢ^½ / det(U)^⅓ − 1)² over its eigenvalues λᵢ.
     */
    private static double latticeCost(double[][] p, int[][] t, double[][] l) {
        double[][] l0 = Matrix3.mul(Matrix3.toDouble(t), p);
        double[][] f = Matrix3.mul(Matrix3.inverse(l0), l);
        double[] eigen = Matrix3.symmetricEigen(Matrix3.mul(f, Matrix3.transpose(f)), null);
        double detU = Math.sqrt(Math.abs(eigen[0] * eigen[1] * eigen[2]));
        double cost = 0;
        for (double e : eigen) {
            double stretch = Math.sqrt(Math.max(e, 0)) / Math.cbrt(detU);
            cost += (stretch - 1) * (stretch - 1) / 3;
        }
        return cost;
    }

    /** Relative tolerance on lengths and angles when searching supercell bases. */
    static final double SEARCH_TOLERANCE = 0.25;

    /**
     * Integer bases T of N prim cells whose metric T·P·Pᵀ·Tᵀ matches the (volume-normalised)
     * metric of L within {@link #SEARCH_TOLERANCE}, with the handedness of L; the one of least
     * lattice cost, or null. Rotation-invariant: only lengths and angles are compared.
     */
    private static int[][] search(double[][] p, double[][] l, double scale, int cells, int sign, double maxCost) {
        double[][] g = Matrix3.mul(l, Matrix3.transpose(l));
        double[][] gp = Matrix3.mul(p, Matrix3.transpose(p));
        double[][] pInv = Matrix3.inverse(p);
        List<List<int[]>> candidates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            double length = Math.sqrt(g[i][i]) * scale;
            double lo = length * (1 - SEARCH_TOLERANCE);
            double hi = length * (1 + SEARCH_TOLERANCE);
            int[] bound = new int[3];
            for (int k = 0; k < 3; k++) {
                bound[k] = (int) Math.ceil(hi * Math.sqrt(pInv[0][k] * pInv[0][k] + pInv[1][k] * pInv[1][k] + pInv[2][k] * pInv[2][k]));
            }
            List<int[]> list = new ArrayList<>();
            for (int a = -bound[0]; a <= bound[0]; a++) {
                for (int b = -bound[1]; b <= bound[1]; b++) {
                    for (int c = -bound[2]; c <= bound[2]; c++) {
                        int[] n = {a, b, c};
                        double len = Math.sqrt(quadratic(n, gp, n));
                        if (len >= lo && len <= hi) {
                            list.add(n);
                        }
                    }
                }
            }
            candidates.add(list);
        }
        int[][] best = null;
        double bestCost = maxCost;
        for (int[] n0 : candidates.get(0)) {
            for (int[] n1 : candidates.get(1)) {
                if (!angleMatches(n0, n1, gp, g, 0, 1, scale)) {
                    continue;
                }
                for (int[] n2 : candidates.get(2)) {
                    if (!angleMatches(n0, n2, gp, g, 0, 2, scale) || !angleMatches(n1, n2, gp, g, 1, 2, scale)) {
                        continue;
                    }
                    int[][] t = {n0, n1, n2};
                    long det = determinant(t);
                    if (Math.abs(det) != cells || Long.signum(det) != sign) {
                        continue;
                    }
                    double cost = latticeCost(p, t, l);
                    if (cost <= bestCost) {
                        bestCost = cost;
                        best = new int[][] {n0.clone(), n1.clone(), n2.clone()};
                    }
                }
            }
        }
        return best;
    }

    private static boolean angleMatches(int[] a, int[] b, double[][] gp, double[][] g, int i, int j, double scale) {
        double ideal = quadratic(a, gp, b);
        double target = g[i][j] * scale * scale;
        return Math.abs(ideal - target) <= SEARCH_TOLERANCE * Math.sqrt(g[i][i] * g[j][j]) * scale * scale;
    }

    private static double quadratic(int[] a, double[][] m, int[] b) {
        double s = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s += a[i] * m[i][j] * b[j];
            }
        }
        return s;
    }


    private record Assigned(int[] siteOfAtom, double cost, double maxDisplacement, int worstAtom, Vec3 meanShift) {
    }

    /** Optimal assignment for atoms translated by −shift; null if none respects the occupants. */
    private static Assigned assign(List<Structure.Atom> atoms, Vec3[] sites, Supercell sc, Cell ideal, Vec3 shift) {
        int n = sites.length;
        double[][] cost = new double[n][n];
        Vec3[][] delta = new Vec3[atoms.size()][n];
        for (int a = 0; a < n; a++) {
            for (int s = 0; s < n; s++) {
                Site site = sc.site(s);
                if (a < atoms.size()) {
                    if (site.indexOf(atoms.get(a).species()) < 0) {
                        cost[a][s] = Double.POSITIVE_INFINITY;
                        continue;
                    }
                    Vec3 d = nearestImage(ideal, atoms.get(a).position().minus(shift).minus(sites[s]));
                    delta[a][s] = d;
                    cost[a][s] = ideal.toCartesian(d).dot(ideal.toCartesian(d));
                } else {
                    // Rows beyond the atoms are vacancies.
                    cost[a][s] = site.indexOf(Site.VACANCY) >= 0 ? 0 : Double.POSITIVE_INFINITY;
                }
            }
        }
        int[] col = Assignment.solve(cost);
        if (col == null) {
            return null;
        }
        double total = 0;
        double max = 0;
        int worst = 0;
        double[] mean = new double[3];
        int[] siteOfAtom = new int[atoms.size()];
        for (int a = 0; a < atoms.size(); a++) {
            siteOfAtom[a] = col[a];
            total += cost[a][col[a]];
            double d = Math.sqrt(cost[a][col[a]]);
            if (d > max) {
                max = d;
                worst = a;
            }
            Vec3 f = delta[a][col[a]];
            mean[0] += f.x() / atoms.size();
            mean[1] += f.y() / atoms.size();
            mean[2] += f.z() / atoms.size();
        }
        return new Assigned(siteOfAtom, total, max, worst, new Vec3(mean[0], mean[1], mean[2]));
    }

    /** The periodic image of a fractional difference with the shortest Cartesian length. */
    private static Vec3 nearestImage(Cell cell, Vec3 d) {
        Vec3 w = new Vec3(d.x() - Math.rint(d.x()), d.y() - Math.rint(d.y()), d.z() - Math.rint(d.z()));
        Vec3 best = w;
        double bestNorm = cell.toCartesian(w).norm();
        for (int i = -1; i <= 1; i++) {
            for (int j = -1; j <= 1; j++) {
                for (int k = -1; k <= 1; k++) {
                    Vec3 v = new Vec3(w.x() + i, w.y() + j, w.z() + k);
                    double norm = cell.toCartesian(v).norm();
                    if (norm < bestNorm - 1e-12) {
                        best = v;
                        bestNorm = norm;
                    }
                }
            }
        }
        return best;
    }





    private static long determinant(int[][] m) {
        return (long) m[0][0] * ((long) m[1][1] * m[2][2] - (long) m[1][2] * m[2][1])
                - (long) m[0][1] * ((long) m[1][0] * m[2][2] - (long) m[1][2] * m[2][0])
                + (long) m[0][2] * ((long) m[1][0] * m[2][1] - (long) m[1][1] * m[2][0]);
    }


    private static String format(double[][] m, double scale) {
        List<String> rows = new ArrayList<>();
        for (double[] r : m) {
            rows.add("[" + round3(r[0] * scale) + ", " + round3(r[1] * scale) + ", " + round3(r[2] * scale) + "]");
        }
        return "[" + String.join(", ", rows) + "]";
    }

    private static String round3(double x) {
        return String.format(java.util.Locale.ROOT, "%.3g", x);
    }
}
