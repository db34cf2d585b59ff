package org.sublattice.api.crystal;

import java.util.Arrays;
import java.util.List;
import org.sublattice.api.Checks;

/**
 * A supercell of a prim given by an integer transformation matrix T: supercell vector r is
 * Σ_c T[r][c]·(prim vector c). Any non-singular T is allowed, not only diagonal repeats.
 *
 * <p>Sites are indexed {@code site = b·V + l}, b the basis index and l the index of the lattice
 * translation (i, j, k) among the V = |det T| translations inside the supercell, so each basis
 * site occupies a contiguous block. The translations modulo the supercell form a finite abelian
 * group, which the diagonal form D = U·T·W of T (U, W unimodular) splits into cyclic factors:
 * (i, j, k)·W taken modulo (D₀, D₁, D₂) are coordinates in which a lattice shift is a fixed
 * vector added with per-component wrap, and l = g₀ + D₀·(g₁ + D₁·g₂). Hence reducing a
 * translation to its periodic image and shifting a site ({@link Stencil}) are integer arithmetic
 * without tables. For a diagonal T, W is the identity and l = i + n₀·(j + n₁·k). Immutable and
 * thread-safe.
 */
public final class Supercell {
    private final Prim prim;
    private final int[][] t;
    private final int volume;
    /** ⌈2⁶³/V⌉, so that {@link #basis} multiplies rather than divides (samplers call it per event). */
    private final long invVolume;
    private final long det;
    private final long[][] adj;
    private final boolean diagonal;
    private final int[] cellI;
    private final int[] cellJ;
    private final int[] cellK;
    /** Diagonal D of the cyclic decomposition and the unimodular W: g = (i, j, k)·W mod D. */
    private final int[] order;
    private final long[][] w;

    private Supercell(Prim prim, int[][] t) {
        this.prim = Checks.notNull(prim, "prim");
        Checks.notNull(t, "transformation matrix");
        if (t.length != 3 || Arrays.stream(t).anyMatch(r -> r == null || r.length != 3)) {
            throw new IllegalArgumentException("transformation matrix must be 3x3, got " + Arrays.deepToString(t));
        }
        this.t = new int[][] {t[0].clone(), t[1].clone(), t[2].clone()};
        this.adj = adjugate(this.t);
        long d = 0;
        for (int c = 0; c < 3; c++) {
            d += (long) this.t[0][c] * adj[c][0];
        }
        if (d == 0) {
            throw new IllegalArgumentException("supercell transformation matrix " + Arrays.deepToString(t)
                    + " is singular (determinant 0)");
        }
        if (Math.abs(d) > Integer.MAX_VALUE / prim.size()) {
            throw new IllegalArgumentException("supercell " + Arrays.deepToString(t) + " has " + Math.abs(d)
                    + " primitive cells, too many sites to index");
        }
        this.det = d;
        this.volume = (int) Math.abs(d);
        this.invVolume = Stencil.reciprocal(volume);
        this.diagonal = t[0][1] == 0 && t[0][2] == 0 && t[1][0] == 0 && t[1][2] == 0 && t[2][0] == 0 && t[2][1] == 0
                && t[0][0] > 0 && t[1][1] > 0 && t[2][2] > 0;
        this.cellI = new int[volume];
        this.cellJ = new int[volume];
        this.cellK = new int[volume];
        this.w = new long[3][3];
        this.order = diagonalize(this.t, w);
        enumerateCells();
    }

    /** Supercell from an integer transformation matrix (rows = supercell vectors in prim units). */
    public static Supercell of(Prim prim, int[][] transformation) {
        return new Supercell(prim, transformation);
    }

    /** Supercell repeating the prim n0 × n1 × n2 times. */
    public static Supercell repeat(Prim prim, int n0, int n1, int n2) {
        if (n0 < 1 || n1 < 1 || n2 < 1) {
            throw new IllegalArgumentException("supercell repeats must be >= 1, got [" + n0 + ", " + n1 + ", " + n2 + "]");
        }
        return new Supercell(prim, new int[][] {{n0, 0, 0}, {0, n1, 0}, {0, 0, n2}});
    }

    private void enumerateCells() {
        if (diagonal) {
            int n0 = t[0][0];
            int n1 = t[1][1];
            for (int l = 0; l < volume; l++) {
                cellI[l] = l % n0;
                cellJ[l] = (l / n0) % n1;
                cellK[l] = l / (n0 * n1);
            }
            return;
        }
        // Bounding box of the parallelepiped spanned by the rows of T; keep the points whose
        // supercell-fractional coordinates lie in [0, 1).
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int mask = 0; mask < 8; mask++) {
            for (int c = 0; c < 3; c++) {
                int s = 0;
                for (int r = 0; r < 3; r++) {
                    if ((mask & (1 << r)) != 0) {
                        s += t[r][c];
                    }
                }
                lo[c] = Math.min(lo[c], s);
                hi[c] = Math.max(hi[c], s);
            }
        }
        int n = 0;
        long[] g = new long[3];
        boolean[] filled = new boolean[volume];
        for (int i = lo[0]; i <= hi[0]; i++) {
            for (int j = lo[1]; j <= hi[1]; j++) {
                for (int k = lo[2]; k <= hi[2]; k++) {
                    scaledFractional(i, j, k, g);
                    if (g[0] >= 0 && g[0] < volume && g[1] >= 0 && g[1] < volume && g[2] >= 0 && g[2] < volume) {
                        int l = cellIndex(i, j, k);
                        if (filled[l]) {
                            throw new IllegalStateException("translations (" + cellI[l] + ", " + cellJ[l] + ", " + cellK[l] + ") and ("
                                    + i + ", " + j + ", " + k + ") of supercell " + Arrays.deepToString(t) + " coincide");
                        }
                        filled[l] = true;
                        cellI[l] = i;
                        cellJ[l] = j;
                        cellK[l] = k;
                        n++;
                    }
                }
            }
        }
        if (n != volume) {
            throw new IllegalStateException("found " + n + " lattice points in a supercell of volume " + volume);
        }
    }

    /** g = sign(det)·(i,j,k)·adj(T): supercell-fractional coordinates times |det|. */
    private void scaledFractional(long i, long j, long k, long[] g) {
        long s = det > 0 ? 1 : -1;
        for (int c = 0; c < 3; c++) {
            g[c] = s * (i * adj[0][c] + j * adj[1][c] + k * adj[2][c]);
        }
    }

    /**
     * Diagonalizes T by integer row and column operations (Euclid on the smallest entry, as in
     * the Smith normal form without the divisibility condition, which is not needed here):
     * U·T·W = D. Fills W (column operations) and returns the positive diagonal of D.
     */
    private static int[] diagonalize(int[][] t, long[][] w) {
        long[][] a = new long[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                a[r][c] = t[r][c];
                w[r][c] = r == c ? 1 : 0;
            }
        }
        for (int p = 0; p < 3; p++) {
            // a pivot already alone in its row and column stays (a diagonal T keeps W = 1)
            while (!alone(a, p)) {
                // the smallest non-zero entry of the remaining block becomes the pivot
                int pr = -1;
                int pc = -1;
                for (int r = p; r < 3; r++) {
                    for (int c = p; c < 3; c++) {
                        if (a[r][c] != 0 && (pr < 0 || Math.abs(a[r][c]) < Math.abs(a[pr][pc]))) {
                            pr = r;
                            pc = c;
                        }
                    }
                }
                long[] row = a[p];
                a[p] = a[pr];
                a[pr] = row;
                swapColumns(a, p, pc);
                swapColumns(w, p, pc);
                for (int r = p + 1; r < 3; r++) {
                    long q = Math.floorDiv(a[r][p], a[p][p]);
                    for (int c = 0; c < 3; c++) {
                        a[r][c] -= q * a[p][c];
                    }
                }
                for (int c = p + 1; c < 3; c++) {
                    long q = Math.floorDiv(a[p][c], a[p][p]);
                    for (int r = 0; r < 3; r++) {
                        a[r][c] -= q * a[r][p];
                        w[r][c] -= q * w[r][p];
                    }
                }
            }
        }
        int[] d = new int[3];
        for (int p = 0; p < 3; p++) {
            d[p] = (int) Math.abs(a[p][p]);
        }
        return d;
    }

    private static boolean alone(long[][] a, int p) {
        if (a[p][p] == 0) {
            return false;
        }
        for (int q = p + 1; q < 3; q++) {
            if (a[q][p] != 0 || a[p][q] != 0) {
                return false;
            }
        }
        return true;
    }

    private static void swapColumns(long[][] m, int a, int b) {
        for (long[] row : m) {
            long x = row[a];
            row[a] = row[b];
            row[b] = x;
        }
    }

    private static long[][] adjugate(int[][] m) {
        long[][] a = new long[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                int r1 = (c + 1) % 3;
                int r2 = (c + 2) % 3;
                int c1 = (r + 1) % 3;
                int c2 = (r + 2) % 3;
                a[r][c] = (long) m[r1][c1] * m[r2][c2] - (long) m[r1][c2] * m[r2][c1];
            }
        }
        return a;
    }

    public Prim prim() {
        return prim;
    }

    /** A copy of the transformation matrix. */
    public int[][] transformation() {
        return new int[][] {t[0].clone(), t[1].clone(), t[2].clone()};
    }

    /** Number of primitive cells V = |det T|. */
    public int volume() {
        return volume;
    }

    /** Number of sites V · (basis size). */
    public int size() {
        return volume * prim.size();
    }

    /** Supercell lattice vectors (Å). */
    public Cell cell() {
        Vec3[] v = new Vec3[3];
        for (int r = 0; r < 3; r++) {
            v[r] = prim.cell().a().times(t[r][0]).plus(prim.cell().b().times(t[r][1])).plus(prim.cell().c().times(t[r][2]));
        }
        return new Cell(v[0], v[1], v[2]);
    }

    /** Basis index of a site. */
    public int basis(int site) {
        return site >= 0 ? Stencil.divide(site, volume, invVolume) : site / volume;
    }

    /** Translation index of a site (0 … V−1). */
    public int cell(int site) {
        return site % volume;
    }

    /** The prim translation (i, j, k) of a site. */
    public int[] translation(int site) {
        int l = site % volume;
        return new int[] {cellI[l], cellJ[l], cellK[l]};
    }

    /** Index of basis site b in the periodic image of prim cell (i, j, k). */
    public int index(int b, int i, int j, int k) {
        if (b < 0 || b >= prim.size()) {
            throw new IndexOutOfBoundsException("basis index " + b + " of a prim with " + prim.size() + " sites");
        }
        return b * volume + cellIndex(i, j, k);
    }

    private int cellIndex(int i, int j, int k) {
        int l = 0;
        int stride = 1;
        for (int c = 0; c < 3; c++) {
            long g = i * w[0][c] + j * w[1][c] + k * w[2][c];
            l += stride * (int) Math.floorMod(g, (long) order[c]);
            stride *= order[c];
        }
        return l;
    }

    /** Cartesian position (Å) of a site. */
    public Vec3 position(int site) {
        int l = site % volume;
        return prim.position(site / volume, cellI[l], cellJ[l], cellK[l]);
    }

    /** The allowed-occupant site description of a site. */
    public Site site(int site) {
        return prim.basis().get(site / volume);
    }

    /**
     * Flat neighbour table: for every site s and every neighbour n of its basis site (in the order
     * of {@code neighbours} restricted to that basis site), entry {@code [s·m + n]} is the index of
     * that neighbour, where m is the returned row width. Rows of basis sites with fewer neighbours
     * are padded with -1.
     *
     * @param neighbours neighbour relations from {@link Prim#neighbours(double)}
     * @return {@code table} and width as {@code NeighbourTable}
     */
    public NeighbourTable neighbourTable(List<Neighbour> neighbours) {
        Stencil stencil = stencil(neighbours);
        int width = stencil.width();
        int[] table = new int[size() * width];
        Arrays.fill(table, -1);
        int[] row = new int[width];
        for (int s = 0; s < size(); s++) {
            int n = stencil.fill(s, row);
            System.arraycopy(row, 0, table, s * width, n);
        }
        return new NeighbourTable(width, table);
    }

    /**
     * The neighbour relations as arithmetic instead of a table: {@link Stencil#fill} writes for a
     * site the same indices, in the same order, as that site's row of {@link #neighbourTable}
     * (without the padding), at the cost of a few integer operations per neighbour. Where a table
     * with several entries per site no longer fits in the processor's caches (about 10⁶ sites),
     * computing an index is faster than reading it.
     *
     * @param neighbours neighbour relations from {@link Prim#neighbours(double)}, or any others
     *     (b, b', i, j, k) between basis sites of this prim
     * @return the stencil
     */
    public Stencil stencil(List<Neighbour> neighbours) {
        int nb = prim.size();
        int[] count = new int[nb];
        for (Neighbour n : neighbours) {
            if (n.from() >= nb || n.to() >= nb) {
                throw new IndexOutOfBoundsException("neighbour " + n + " names a basis site beyond the prim's " + nb);
            }
            count[n.from()]++;
        }
        int[] start = new int[nb + 1];
        for (int b = 0; b < nb; b++) {
            start[b + 1] = start[b] + count[b];
        }
        int[] entry = new int[4 * start[nb]];
        int[] filled = start.clone();
        for (Neighbour n : neighbours) {
            int e = filled[n.from()]++;
            int lin = n.to() * volume;
            int stride = 1;
            for (int c = 0; c < 3; c++) {
                long g = n.i() * w[0][c] + n.j() * w[1][c] + n.k() * w[2][c];
                int d = (int) Math.floorMod(g, (long) order[c]);
                entry[4 * e + 1 + c] = d;
                lin += stride * d;
                stride *= order[c];
            }
            entry[4 * e] = lin;
        }
        return new Stencil(volume, order, start, entry);
    }

    /**
     * Neighbour relations of a supercell applied by integer arithmetic; see
     * {@link Supercell#stencil(List)}. Immutable and thread-safe.
     *
     * <p>A site's translation index is split into its cyclic coordinates g (divisions by
     * invariant divisors, done as multiplications by precomputed reciprocals). Sites far enough
     * from every wrap boundary (most of a large supercell) get all neighbours as fixed offsets;
     * the others wrap each coordinate that crosses.
     */
    public static final class Stencil {
        private final int volume;
        private final int d0;
        private final int d1;
        private final int d2;
        private final int d01;
        /** ⌈2⁶³/d⌉ for the divisions by V, D₀ and D₁ (0 where the divisor is 1). */
        private final long invVolume;
        private final long inv0;
        private final long inv1;
        private final int[] start;
        /**
         * Per relation: the index offset without wrap for δ in [0, D) (b'·V + Σ stride·δ), then
         * δ₀, δ₁, δ₂ in [0, D); then the offset for δ taken in (−D/2, D/2].
         */
        private final int[] entry;
        /** Per basis: the range [lo, hi) of each cyclic coordinate with no wrap for any relation (3 pairs). */
        private final int[] interior;
        private final int width;

        private Stencil(int volume, int[] order, int[] start, int[] entry4) {
            this.volume = volume;
            this.d0 = order[0];
            this.d1 = order[1];
            this.d2 = order[2];
            this.d01 = order[0] * order[1];
            this.invVolume = reciprocal(volume);
            this.inv0 = reciprocal(d0);
            this.inv1 = reciprocal(d1);
            this.start = start;
            int relations = entry4.length / 4;
            this.entry = new int[5 * relations];
            int nb = start.length - 1;
            this.interior = new int[6 * nb];
            int most = 0;
            for (int b = 0; b < nb; b++) {
                most = Math.max(most, start[b + 1] - start[b]);
                int[] lo = {0, 0, 0};
                int[] hi = {d0, d1, d2};
                for (int e = start[b]; e < start[b + 1]; e++) {
                    int signed = entry4[4 * e] - (entry4[4 * e + 1] + d0 * entry4[4 * e + 2] + d01 * entry4[4 * e + 3]);
                    for (int c = 0; c < 3; c++) {
                        int d = order[c];
                        int delta = entry4[4 * e + 1 + c];
                        int s = 2 * delta > d ? delta - d : delta;
                        signed += s * (c == 0 ? 1 : c == 1 ? d0 : d01);
                        // g + s must stay in [0, d) for every g in [lo, hi)
                        lo[c] = Math.max(lo[c], -s);
                        hi[c] = Math.min(hi[c], d - s);
                    }
                    System.arraycopy(entry4, 4 * e, entry, 5 * e, 4);
                    entry[5 * e + 4] = signed;
                }
                for (int c = 0; c < 3; c++) {
                    interior[6 * b + 2 * c] = lo[c];
                    interior[6 * b + 2 * c + 1] = hi[c];
                }
            }
            this.width = most;
        }

        private static long reciprocal(int d) {
            return d == 1 ? 0 : Long.divideUnsigned(Long.MIN_VALUE, d) + (Long.remainderUnsigned(Long.MIN_VALUE, d) == 0 ? 0 : 1);
        }

        /**
         * ⌊x/d⌋ for 0 ≤ x < 2³¹ from inv = ⌈2⁶³/d⌉: 2x·inv/2⁶⁴ exceeds x/d by less than
         * x/2⁶³ < 1/(2d), so the floor is exact (Granlund and Montgomery, PLDI 1994).
         */
        private static int divide(int x, int d, long inv) {
            return d == 1 ? x : (int) Math.multiplyHigh((long) x << 1, inv);
        }

        /** Most relations of one basis site (the row width of the equivalent table). */
        public int width() {
            return width;
        }

        /** Number of relations of basis site b. */
        public int count(int basis) {
            return start[basis + 1] - start[basis];
        }

        /**
         * Writes the neighbours of {@code site} (the relations of its basis site, in their order)
         * to {@code out} and returns how many.
         */
        public int fill(int site, int[] out) {
            int b = divide(site, volume, invVolume);
            int l = site - b * volume;
            int r = divide(l, d0, inv0);
            int g0 = l - r * d0;
            int g2 = divide(r, d1, inv1);
            int g1 = r - g2 * d1;
            int n = 0;
            int[] in = interior;
            int i = 6 * b;
            if (g0 >= in[i] && g0 < in[i + 1] && g1 >= in[i + 2] && g1 < in[i + 3] && g2 >= in[i + 4] && g2 < in[i + 5]) {
                for (int e = 5 * start[b] + 4, end = 5 * start[b + 1]; e < end; e += 5) {
                    out[n++] = l + entry[e];
                }
                return n;
            }
            for (int e = 5 * start[b], end = 5 * start[b + 1]; e < end; e += 5) {
                int x = l + entry[e];
                // subtract D where g + δ ≥ D: (D − 1 − g − δ) >> 31 is −1 exactly then
                x -= d0 & ((d0 - 1 - g0 - entry[e + 1]) >> 31);
                x -= d01 & ((d1 - 1 - g1 - entry[e + 2]) >> 31);
                x -= volume & ((d2 - 1 - g2 - entry[e + 3]) >> 31);
                out[n++] = x;
            }
            return n;
        }
    }

    /** A flat neighbour table and its row width; see {@link Supercell#neighbourTable(List)}. */
    public record NeighbourTable(int width, int[] table) {
    }

    @Override
    public String toString() {
        return "Supercell" + Arrays.deepToString(t) + " of " + prim.name() + " (" + size() + " sites)";
    }
}
