package org.sublattice.crystal.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SmithNormalFormTest {
    @Test
    void decomposesRandomMatricesIntoUnimodularFactorsAndADividingDiagonal() {
        SplittableRandom r = new SplittableRandom(11);
        int checked = 0;
        while (checked < 500) {
            long[][] m = new long[3][3];
            for (long[] row : m) {
                for (int j = 0; j < 3; j++) {
                    row[j] = r.nextInt(-4, 5);
                }
            }
            if (SmithNormalForm.det(m) == 0) {
                continue;
            }
            SmithNormalForm snf = SmithNormalForm.of(m);
            long[][] product = SmithNormalForm.mul(SmithNormalForm.mul(snf.u, snf.s), snf.v);
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(m[i], product[i]);
            }
            assertEquals(1, Math.abs(SmithNormalForm.det(snf.u)));
            assertEquals(1, Math.abs(SmithNormalForm.det(snf.v)));
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    assertTrue(i == j ? snf.s[i][j] > 0 : snf.s[i][j] == 0, "S not diagonal and positive");
                }
            }
            assertEquals(0, snf.s[1][1] % snf.s[0][0]);
            assertEquals(0, snf.s[2][2] % snf.s[1][1]);
            assertEquals(Math.abs(SmithNormalForm.det(m)), snf.s[0][0] * snf.s[1][1] * snf.s[2][2]);
            checked++;
        }
    }

    @Test
    void extendedEuclidFoldsInTheSigns() {
        long[] g = SmithNormalForm.egcd(-12, 18);
        assertEquals(6, g[0]);
        assertEquals(6, g[1] * -12 + g[2] * 18);
    }
}
