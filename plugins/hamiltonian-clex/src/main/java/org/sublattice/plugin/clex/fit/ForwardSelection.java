package org.sublattice.plugin.clex.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * Cluster selection by cross-validation, greedily (as proposed for cluster expansions by van de
 * Walle and Ceder, J. Phase Equilib. 23, 348 (2002)): starting from the intercept alone, add the
 * candidate column whose inclusion gives the lowest CV score; stop when no candidate lowers the
 * score by more than {@link #IMPROVEMENT} (relative) or the columns run out. The estimator is
 * refitted for every candidate set, so this is for fast estimators (least squares).
 */
public final class ForwardSelection {
    /** Smallest relative CV improvement worth another column. */
    public static final double IMPROVEMENT = 0.01;

    private ForwardSelection() {
    }

    /**
     * One step of the selection.
     *
     * @param column the column added
     * @param cv the CV score with it
     */
    public record Step(int column, double cv) {
    }

    /**
     * @param mandatory columns always included (e.g. point functions), added first in one step
     * @return the steps, in order; the selected columns are the mandatory ones and those of the
     *     steps
     */
    public static List<Step> run(Estimator estimator, double[][] x, double[] y, double[] w, List<int[]> folds, int[] mandatory,
            int maxColumns) {
        int p = x[0].length;
        List<Integer> chosen = new ArrayList<>();
        for (int c : mandatory) {
            chosen.add(c);
        }
        double best = score(estimator, x, y, w, folds, chosen);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(-1, best));
        while (chosen.size() < Math.min(p, maxColumns)) {
            int bestColumn = -1;
            double bestScore = Double.POSITIVE_INFINITY;
            for (int c = 0; c < p; c++) {
                if (chosen.contains(c)) {
                    continue;
                }
                chosen.add(c);
                double s = score(estimator, x, y, w, folds, chosen);
                chosen.remove(chosen.size() - 1);
                if (s < bestScore) {
                    bestScore = s;
                    bestColumn = c;
                }
            }
            if (bestColumn < 0 || !(bestScore < best * (1 - IMPROVEMENT))) {
                break;
            }
            chosen.add(bestColumn);
            best = bestScore;
            steps.add(new Step(bestColumn, bestScore));
        }
        return steps;
    }

    private static double score(Estimator estimator, double[][] x, double[] y, double[] w, List<int[]> folds, List<Integer> columns) {
        double[][] sub = LinearFit.columns(x, columns.stream().mapToInt(Integer::intValue).toArray());
        return CrossValidation.run(estimator, sub, y, w, folds).rmse()[0];
    }
}
