package org.sublattice.api.run;

/**
 * Mean and standard error of a correlated time series by the blocking method of Flyvbjerg and
 * Petersen (J. Chem. Phys. 91, 461 (1989)): successive pairwise block averages leave the mean
 * unchanged while the naive error of the blocked series rises to a plateau once blocks are longer
 * than the correlation time. We take the first level whose successor does not raise the estimate
 * by more than the estimate's own uncertainty e/√(2(n−1)) (the larger of the two), using levels
 * with at least {@link #MIN_BLOCKS} blocks; the last level if no plateau is reached. Stateless.
 */
public final class Blocking {
    /** Fewest blocks a level must have for its error estimate to be used. */
    public static final int MIN_BLOCKS = 32;

    private Blocking() {
    }

    /** {mean, standard error}; error NaN for fewer than 2 samples, 0 for a constant series. */
    public static double[] meanAndError(double[] x) {
        return meanAndError(x, x.length);
    }

    /** As {@link #meanAndError(double[])} over the first {@code n} samples. */
    public static double[] meanAndError(double[] x, int n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += x[i];
        }
        mean /= n;
        if (n < 2) {
            return new double[] {mean, Double.NaN};
        }
        double[] b = java.util.Arrays.copyOf(x, n);
        int len = n;
        java.util.List<double[]> levels = new java.util.ArrayList<>();
        levels.add(new double[] {naiveError(b, len, mean), len});
        while (len / 2 >= MIN_BLOCKS) {
            for (int i = 0; i < len / 2; i++) {
                b[i] = 0.5 * (b[2 * i] + b[2 * i + 1]);
            }
            len /= 2;
            levels.add(new double[] {naiveError(b, len, mean), len});
        }
        // The plateau: the first level from which blocking no longer raises the estimate by more
        // than its own uncertainty, e/√(2(n−1)); if there is none, the last level.
        double best = levels.get(levels.size() - 1)[0];
        for (int k = 0; k + 1 < levels.size(); k++) {
            double e = levels.get(k)[0];
            double uncertainty = e / Math.sqrt(2 * (levels.get(k)[1] - 1));
            if (levels.get(k + 1)[0] - e < uncertainty) {
                best = Math.max(e, levels.get(k + 1)[0]);
                break;
            }
        }
        return new double[] {mean, best};
    }

    /**
     * The MSER truncation point (White, Simulation 69, 323 (1997), in its batched form MSER-5): the
     * number of leading samples d that minimises the squared standard error of the mean of the
     * rest, Var(x[d…]) / (n − d), searched over batches of {@value #MSER_BATCH} samples and only in
     * the first half of the series. Samples before d are the transient to discard.
     */
    public static int mserTruncation(double[] x, int n) {
        int batches = n / MSER_BATCH;
        if (batches < 4) {
            return 0;
        }
        double[] m = new double[batches];
        for (int b = 0; b < batches; b++) {
            double s = 0;
            for (int k = 0; k < MSER_BATCH; k++) {
                s += x[b * MSER_BATCH + k];
            }
            m[b] = s / MSER_BATCH;
        }
        // Suffix sums give the variance of every tail in one pass.
        double sum = 0;
        double sumSq = 0;
        double best = Double.MAX_VALUE;
        int bestD = 0;
        double[] tailSum = new double[batches + 1];
        double[] tailSq = new double[batches + 1];
        for (int b = batches - 1; b >= 0; b--) {
            sum += m[b];
            sumSq += m[b] * m[b];
            tailSum[b] = sum;
            tailSq[b] = sumSq;
        }
        for (int d = 0; d <= batches / 2; d++) {
            int k = batches - d;
            double mean = tailSum[d] / k;
            double var = Math.max(0, tailSq[d] / k - mean * mean);
            double score = var / k;
            if (score < best) {
                best = score;
                bestD = d;
            }
        }
        return bestD * MSER_BATCH;
    }

    /** Batch size of the MSER rule. */
    public static final int MSER_BATCH = 5;

    private static double naiveError(double[] b, int len, double mean) {
        double s = 0;
        for (int i = 0; i < len; i++) {
            double d = b[i] - mean;
            s += d * d;
        }
        return Math.sqrt(s / ((double) len * (len - 1)));
    }
}
