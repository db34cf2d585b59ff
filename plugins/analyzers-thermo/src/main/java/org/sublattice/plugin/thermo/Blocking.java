package org.sublattice.plugin.thermo;

/**
 * Mean and standard error of a correlated time series by the blocking method of Flyvbjerg and
 * Petersen (J. Chem. Phys. 91, 461 (1989)): successive pairwise block averages leave the mean
 * unchanged while the naive error of the blocked series rises to a plateau once blocks are longer
 * than the correlation time. We take the largest estimate over the levels that still have at least
 * {@link #MIN_BLOCKS} blocks, a conservative reading of the plateau.
 */
final class Blocking {
    /** Fewest blocks a level must have for its error estimate to be used. */
    static final int MIN_BLOCKS = 32;

    private Blocking() {
    }

    /** {mean, standard error}; error NaN for fewer than 2 samples, 0 for a constant series. */
    static double[] meanAndError(double[] x) {
        int n = x.length;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        if (n < 2) {
            return new double[] {mean, Double.NaN};
        }
        double[] b = x.clone();
        int len = n;
        double best = naiveError(b, len, mean);
        while (len / 2 >= MIN_BLOCKS) {
            for (int i = 0; i < len / 2; i++) {
                b[i] = 0.5 * (b[2 * i] + b[2 * i + 1]);
            }
            len /= 2;
            best = Math.max(best, naiveError(b, len, mean));
        }
        return new double[] {mean, best};
    }

    private static double naiveError(double[] b, int len, double mean) {
        double s = 0;
        for (int i = 0; i < len; i++) {
            double d = b[i] - mean;
            s += d * d;
        }
        return Math.sqrt(s / ((double) len * (len - 1)));
    }
}
