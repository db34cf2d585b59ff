package org.sublattice.plugin.clex.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SvdTest {
    @Test
    void reconstructsTallWideAndRankDeficientMatricesWithOrthonormalFactors() {
        SplittableRandom r = new SplittableRandom(5);
        int[][] shapes = {{7, 3}, {3, 7}, {5, 5}, {9, 4}};
        for (int[] shape : shapes) {
            double[][] a = new double[shape[0]][shape[1]];
            for (double[] row : a) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = r.nextDouble(-1, 1);
                }
            }
            if (shape[0] == 9) {
                for (double[] row : a) {
                    row[3] = row[0] + 2 * row[1]; // rank 3
                }
            }
            Svd svd = Svd.of(a);
            double[] s = svd.s();
            for (int k = 1; k < s.length; k++) {
                assertTrue(s[k] <= s[k - 1], "singular values not sorted");
            }
            for (int i = 0; i < shape[0]; i++) {
                for (int j = 0; j < shape[1]; j++) {
                    double v = 0;
                    for (int k = 0; k < s.length; k++) {
                        v += svd.u()[i][k] * s[k] * svd.v()[j][k];
                    }
                    assertEquals(a[i][j], v, 1e-12);
                }
            }
            for (int k = 0; k < s.length; k++) {
                for (int l = 0; l < s.length; l++) {
                    double vv = 0;
                    for (int j = 0; j < shape[1]; j++) {
                        vv += svd.v()[j][k] * svd.v()[j][l];
                    }
                    assertEquals(k == l ? 1 : 0, vv, 1e-12, "V not orthonormal");
                    if (s[k] > svd.rankThreshold() && s[l] > svd.rankThreshold()) {
                        double uu = 0;
                        for (int i = 0; i < shape[0]; i++) {
                            uu += svd.u()[i][k] * svd.u()[i][l];
                        }
                        assertEquals(k == l ? 1 : 0, uu, 1e-12, "U not orthonormal");
                    }
                }
            }
            if (shape[0] == 9) {
                assertTrue(s[3] < svd.rankThreshold(), "rank-3 matrix has a fourth singular value " + s[3]);
            }
        }
    }
}
