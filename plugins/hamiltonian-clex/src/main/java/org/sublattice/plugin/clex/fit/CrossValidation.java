package org.sublattice.plugin.clex.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Cross-validation of linear fits: the data are split into folds; each fold is predicted by the
 * model fitted to the others (with the same weights); the score is the root mean square of those
 * prediction errors over every row (unweighted, in the units of y), for each setting of the
 * estimator's path. Leave-one-out has one row per fold; k-fold shuffles the rows with the given
 * generator (Fisher–Yates) and deals them into k folds of nearly equal size.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /** One fold per row. */
    public static List<int[]> leaveOneOut(int n) {
        List<int[]> folds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            folds.add(new int[] {i});
        }
        return folds;
    }

    /** k folds of a random permutation of 0 … n−1 (k capped at n). */
    public static List<int[]> kFold(int n, int k, RandomGenerator random) {
        if (k < 2) {
            throw new IllegalArgumentException("k-fold cross-validation needs k >= 2, got " + k);
        }
        int folds = Math.min(k, n);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int f = 0; f < folds; f++) {
            int size = n / folds + (f < n % folds ? 1 : 0);
            int[] fold = new int[size];
            System.arraycopy(perm, start, fold, 0, size);
            java.util.Arrays.sort(fold);
            out.add(fold);
            start += size;
        }
        return out;
    }

    /**
     * Scores and held-out predictions.
     *
     * @param rmse per path setting, the root mean square of the held-out errors
     * @param predictions per path setting, the held-out prediction of every row
     */
    public record Result(double[] rmse, double[][] predictions) {
        /** Index of the setting with the least score. */
        public int best() {
            int b = 0;
            for (int k = 1; k < rmse.length; k++) {
                if (rmse[k] < rmse[b]) {
                    b = k;
                }
            }
            return b;
        }
    }

    /** Cross-validates the estimator on rows of x (columns already selected). */
    public static Result run(Estimator estimator, double[][] x, double[] y, double[] w, List<int[]> folds) {
        int n = x.length;
        int settings = estimator.pathLength();
        double[][] predictions = new double[settings][n];
        boolean[] inFold = new boolean[n];
        for (int[] fold : folds) {
            java.util.Arrays.fill(inFold, false);
            for (int i : fold) {
                inFold[i] = true;
            }
            int[] train = new int[n - fold.length];
            int t = 0;
            for (int i = 0; i < n; i++) {
                if (!inFold[i]) {
                    train[t++] = i;
                }
            }
            if (train.length == 0) {
                throw new IllegalArgumentException("a fold holds every row; cross-validation needs at least two rows");
            }
            List<LinearFit.Model> models = LinearFit.fit(estimator, x, y, w, train);
            for (int k = 0; k < settings; k++) {
                for (int i : fold) {
                    predictions[k][i] = models.get(k).predict(x[i]);
                }
            }
        }
        double[] rmse = new double[settings];
        for (int k = 0; k < settings; k++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                double e = predictions[k][i] - y[i];
                s += e * e;
            }
            rmse[k] = Math.sqrt(s / n);
        }
        return new Result(rmse, predictions);
    }
}
