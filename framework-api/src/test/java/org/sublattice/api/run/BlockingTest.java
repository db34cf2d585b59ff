package org.sublattice.api.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BlockingTest {
    @Test
    void errorOfAnAutocorrelatedSeriesGrowsToTheExactValue() {
        // AR(1) with φ = 0.9: the standard error of the mean is σ_x √((1+φ)/(1−φ)) / √n.
        SplittableRandom r = new SplittableRandom(3);
        int n = 1 << 18;
        double phi = 0.9;
        double[] x = new double[n];
        double v = 0;
        for (int i = 0; i < n; i++) {
            v = phi * v + r.nextGaussian();
            x[i] = v;
        }
        double sigmaX = 1 / Math.sqrt(1 - phi * phi);
        double exact = sigmaX * Math.sqrt((1 + phi) / (1 - phi)) / Math.sqrt(n);
        double[] me = Blocking.meanAndError(x);
        assertEquals(exact, me[1], 0.15 * exact, "blocking error");
        assertTrue(Math.abs(me[0]) < 4 * exact);
        double naive = sigmaX / Math.sqrt(n);
        assertTrue(me[1] > 3 * naive, "the correlation raises the error well above the naive one");
    }

    @Test
    void mserCutsTheInitialTransient() {
        SplittableRandom r = new SplittableRandom(4);
        double[] x = new double[2000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i < 300 ? 10.0 * (300 - i) / 300 : 0) + r.nextGaussian();
        }
        int d = Blocking.mserTruncation(x, x.length);
        assertTrue(d >= 200 && d <= 400, "truncation " + d);
        double[] flat = new double[2000];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = r.nextGaussian();
        }
        assertTrue(Blocking.mserTruncation(flat, flat.length) < 500);
    }
}
