package org.sublattice.crystal.io;

import java.util.Arrays;

/**
 * Minimum-cost one-to-one assignment of rows to columns of a square cost matrix: the Hungarian
 * method (Kuhn, Naval Res. Logist. Q. 2, 83 (1955); Munkres, J. SIAM 5, 32 (1957)) in its
 * O(n³) shortest-augmenting-path form with row and column potentials (as in Jonker and
 * Volgenant, Computing 38, 325 (1987)). Entries may be {@link Double#POSITIVE_INFINITY} for
 * forbidden pairs.
 */
final class Assignment {
    private Assignment() {
    }

    /**
     * @param cost n×n costs, finite or +∞
     * @return {@code col[row]}, or null if every assignment uses a forbidden pair
     */
    static int[] solve(double[][] cost) {
        int n = cost.length;
        // 1-based arrays; column 0 is the virtual start of each augmenting path.
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] rowOfCol = new int[n + 1];
        int[] way = new int[n + 1];
        double[] minv = new double[n + 1];
        boolean[] used = new boolean[n + 1];
        for (int i = 1; i <= n; i++) {
            rowOfCol[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = rowOfCol[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = -1;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double c = cost[i0 - 1][j - 1];
                        double cur = Double.isInfinite(c) ? Double.POSITIVE_INFINITY : c - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                if (j1 < 0) {
                    return null; // only forbidden pairs remain for this row
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[rowOfCol[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOfCol[j0] != 0);
            do {
                int j1 = way[j0];
                rowOfCol[j0] = rowOfCol[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] colOfRow = new int[n];
        for (int j = 1; j <= n; j++) {
            colOfRow[rowOfCol[j] - 1] = j - 1;
        }
        for (int r = 0; r < n; r++) {
            if (Double.isInfinite(cost[r][colOfRow[r]])) {
                return null;
            }
        }
        return colOfRow;
    }
}
