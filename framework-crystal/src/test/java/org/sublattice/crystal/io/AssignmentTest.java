package org.sublattice.crystal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AssignmentTest {
    @Test
    void findsTheCheapestPermutationOfRandomMatrices() {
        SplittableRandom r = new SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + r.nextInt(6);
            double[][] c = new double[n][n];
            for (double[] row : c) {
                for (int j = 0; j < n; j++) {
                    row[j] = r.nextInt(5) == 0 ? Double.POSITIVE_INFINITY : r.nextDouble(10);
                }
            }
            double best = brute(c, 0, new boolean[n]);
            int[] col = Assignment.solve(c);
            if (Double.isInfinite(best)) {
                assertNull(col);
            } else {
                double got = 0;
                for (int i = 0; i < n; i++) {
                    got += c[i][col[i]];
                }
                assertEquals(best, got, 1e-9);
            }
        }
    }

    private static double brute(double[][] c, int row, boolean[] used) {
        if (row == c.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < c.length; j++) {
            if (!used[j] && !Double.isInfinite(c[row][j])) {
                used[j] = true;
                best = Math.min(best, c[row][j] + brute(c, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
