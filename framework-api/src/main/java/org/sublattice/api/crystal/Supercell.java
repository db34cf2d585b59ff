package org.sublattice.api.crystal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.Checks;

/**
 * A supercell of a prim given by an integer transformation matrix T: supercell vector r is
 * Σ_c T[r][c]·(prim vector c). Any non-singular T is allowed, not only diagonal repeats.
 *
 * <p>Sites are indexed {@code site = b·V + l}, b the basis index and l the index of the lattice
 * translation (i, j, k) among the V = |det T| translations inside the supercell, so each basis
 * site occupies a contiguous block. Reduction of an arbitrary translation to its periodic image is
 * exact integer arithmetic (l·adj(T) mod det). Immutable and thread-safe.
 */
public final class Supercell {
    private final Prim prim;
    private final int[][] t;
    private final int volume;
    private final long det;
    private final long[][] adj;
    private final boolean diagonal;
    private final int[] cellI;
    private final int[] cellJ;
    private final int[] cellK;
    private final Map<Long, Integer> cellIndex;

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
        this.diagonal = t[0][1] == 0 && t[0][2] == 0 && t[1][0] == 0 && t[1][2] == 0 && t[2][0] == 0 && t[2][1] == 0
                && t[0][0] > 0 && t[1][1] > 0 && t[2][2] > 0;
        this.cellI = new int[volume];
        this.cellJ = new int[volume];
        this.cellK = new int[volume];
        this.cellIndex = diagonal ? Map.of() : new HashMap<>(volume * 2);
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
        for (int i = lo[0]; i <= hi[0]; i++) {
            for (int j = lo[1]; j <= hi[1]; j++) {
                for (int k = lo[2]; k <= hi[2]; k++) {
                    scaledFractional(i, j, k, g);
                    if (g[0] >= 0 && g[0] < volume && g[1] >= 0 && g[1] < volume && g[2] >= 0 && g[2] < volume) {
                        cellI[n] = i;
                        cellJ[n] = j;
                        cellK[n] = k;
                        cellIndex.put(key(g), n);
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

    private static long key(long[] g) {
        return (g[0] << 42) | (g[1] << 21) | g[2];
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
        return site / volume;
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
        if (diagonal) {
            int n0 = t[0][0];
            int n1 = t[1][1];
            int n2 = t[2][2];
            return Math.floorMod(i, n0) + n0 * (Math.floorMod(j, n1) + n1 * Math.floorMod(k, n2));
        }
        long[] g = new long[3];
        scaledFractional(i, j, k, g);
        for (int c = 0; c < 3; c++) {
            g[c] = Math.floorMod(g[c], (long) volume);
        }
        return cellIndex.get(key(g));
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
        int nb = prim.size();
        int[] count = new int[nb];
        for (Neighbour n : neighbours) {
            count[n.from()]++;
        }
        int width = Arrays.stream(count).max().orElse(0);
        int[] table = new int[size() * width];
        Arrays.fill(table, -1);
        int[] filled = new int[nb];
        for (Neighbour n : neighbours) {
            int col = filled[n.from()]++;
            for (int l = 0; l < volume; l++) {
                int s = n.from() * volume + l;
                table[s * width + col] = index(n.to(), cellI[l] + n.i(), cellJ[l] + n.j(), cellK[l] + n.k());
            }
        }
        return new NeighbourTable(width, table);
    }

    /** A flat neighbour table and its row width; see {@link Supercell#neighbourTable(List)}. */
    public record NeighbourTable(int width, int[] table) {
    }

    @Override
    public String toString() {
        return "Supercell" + Arrays.deepToString(t) + " of " + prim.name() + " (" + size() + " sites)";
    }
}
