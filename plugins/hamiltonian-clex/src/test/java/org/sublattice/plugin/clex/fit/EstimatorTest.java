package org.sublattice.plugin.clex.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EstimatorTest {
    private static final double[] BETA = {0.5, -0.2, 0.0, 0.1, 0.0, 0.0, -0.05, 0.0};

    @Test
    void leastSquaresRecoversNoiseFreeCoefficientsAndTheIntercept() {
        Data d = Data.linear(30, BETA, 0, 1);
        LinearFit.Model m = LinearFit.fit(new LeastSquares(), d.x, d.y, Data.ones(30)).get(0);
        assertArrayEquals(BETA, m.coefficients(), 1e-12);
        assertEquals(0.3, m.intercept(), 1e-12);
    }

    @Test
    void leastSquaresGivesTheMinimumNormSolutionForADuplicatedColumn() {
        double[][] x = {{1, 1}, {2, 2}, {3, 3}, {-1, -1}};
        double[] y = {2, 4, 6, -2};
        double[] b = new LeastSquares().solve(x, y)[0];
        assertEquals(1, b[0], 1e-12);
        assertEquals(1, b[1], 1e-12);
    }

    @Test
    void ridgeMatchesTheNormalEquations() {
        Data d = Data.linear(25, BETA, 0.05, 2);
        LinearFit.Centred c = LinearFit.centre(d.x, d.y, Data.ones(25), range(25));
        double alpha = 0.01;
        double[] b = new Ridge(alpha).solve(c.x(), c.y())[0];
        double[][] g = Dense.gram(c.x());
        for (int j = 0; j < g.length; j++) {
            g[j][j] += 25 * alpha;
        }
        double[] expected = Dense.times(Dense.spdInverse(g), Dense.transposeTimes(c.x(), c.y()));
        assertArrayEquals(expected, b, 1e-12);
    }

    @Test
    void lassoSatisfiesItsOptimalityConditionsAlongThePath() {
        Data d = Data.linear(40, BETA, 0.02, 3);
        LinearFit.Centred c = LinearFit.centre(d.x, d.y, Data.ones(40), range(40));
        double max = Lasso.alphaMax(c.x(), c.y());
        double[] alphas = Lasso.logPath(max, 1e-3, 12);
        double[][] path = new Lasso(alphas).solve(c.x(), c.y());
        for (double b : path[0]) {
            assertEquals(0, b, "all coefficients vanish at alpha_max");
        }
        for (int k = 0; k < alphas.length; k++) {
            double[] r = c.y().clone();
            double[] fit = Dense.times(c.x(), path[k]);
            for (int i = 0; i < r.length; i++) {
                r[i] -= fit[i];
            }
            double[] g = Dense.transposeTimes(c.x(), r);
            for (int j = 0; j < g.length; j++) {
                double grad = g[j] / 40;
                // Karush–Kuhn–Tucker: |xⱼᵀr/n| ≤ α, with equality (and the sign of βⱼ) where βⱼ ≠ 0.
                if (path[k][j] == 0) {
                    assertTrue(Math.abs(grad) <= alphas[k] * (1 + 1e-6) + 1e-12, "inactive coefficient " + j + " violates KKT");
                } else {
                    assertEquals(alphas[k] * Math.signum(path[k][j]), grad, 1e-6 * alphas[0]);
                }
            }
        }
        // The last, weakest penalty is close to least squares.
        double[] ols = new LeastSquares().solve(c.x(), c.y())[0];
        assertArrayEquals(ols, path[alphas.length - 1], 0.01);
    }

    @Test
    void bayesianRidgeReachesTheEvidenceFixedPoint() {
        Data d = Data.linear(30, BETA, 0.05, 4);
        LinearFit.Centred c = LinearFit.centre(d.x, d.y, Data.ones(30), range(30));
        BayesianRidge br = new BayesianRidge();
        double[] m = br.solve(c.x(), c.y())[0];
        // The posterior mean is the ridge solution at the effective strength.
        double[] ridge = new Ridge(br.effectiveAlpha(30)).solve(c.x(), c.y())[0];
        assertArrayEquals(ridge, m, 1e-9);
        assertArrayEquals(BETA, m, 0.1);
    }

    @Test
    void ardPrunesIrrelevantCoefficientsAndKeepsRelevantOnes() {
        Data d = Data.linear(60, BETA, 0.01, 5);
        LinearFit.Model m = LinearFit.fit(new Ard(), d.x, d.y, Data.ones(60)).get(0);
        double[] b = m.coefficients();
        for (int j = 0; j < BETA.length; j++) {
            if (BETA[j] == 0) {
                assertTrue(Math.abs(b[j]) < 0.01, "coefficient " + j + " should be pruned or tiny, got " + b[j]);
            } else {
                assertEquals(BETA[j], b[j], 0.01);
            }
        }
        long zeros = java.util.Arrays.stream(b).filter(v -> v == 0).count();
        assertTrue(zeros >= 2, "ARD pruned only " + zeros + " coefficients: " + java.util.Arrays.toString(b));
    }

    @Test
    void weightsActLikeRepeatedRows() {
        Data d = Data.linear(12, new double[] {0.4, -0.3}, 0.1, 6);
        double[] w = Data.ones(12);
        w[0] = 3;
        double[][] x = new double[14][];
        double[] y = new double[14];
        for (int i = 0; i < 12; i++) {
            x[i] = d.x[i];
            y[i] = d.y[i];
        }
        x[12] = d.x[0];
        y[12] = d.y[0];
        x[13] = d.x[0];
        y[13] = d.y[0];
        LinearFit.Model weighted = LinearFit.fit(new LeastSquares(), d.x, d.y, w).get(0);
        LinearFit.Model repeated = LinearFit.fit(new LeastSquares(), x, y, Data.ones(14)).get(0);
        assertArrayEquals(repeated.coefficients(), weighted.coefficients(), 1e-12);
        assertEquals(repeated.intercept(), weighted.intercept(), 1e-12);
    }

    @Test
    void leaveOneOutOfLeastSquaresEqualsThePressResiduals() {
        Data d = Data.linear(15, new double[] {0.4, -0.3, 0.2}, 0.1, 7);
        CrossValidation.Result r = CrossValidation.run(new LeastSquares(), d.x, d.y, Data.ones(15), CrossValidation.leaveOneOut(15));
        // PRESS: eᵢ/(1 − hᵢᵢ) with the hat matrix of [1 X].
        double[][] a = new double[15][4];
        for (int i = 0; i < 15; i++) {
            a[i][0] = 1;
            System.arraycopy(d.x[i], 0, a[i], 1, 3);
        }
        double[][] inv = Dense.spdInverse(Dense.gram(a));
        double[] beta = Dense.times(inv, Dense.transposeTimes(a, d.y));
        double ss = 0;
        for (int i = 0; i < 15; i++) {
            double h = Dense.dot(a[i], Dense.times(inv, a[i]));
            double e = (d.y[i] - Dense.dot(a[i], beta)) / (1 - h);
            ss += e * e;
        }
        assertEquals(Math.sqrt(ss / 15), r.rmse()[0], 1e-12);
    }

    @Test
    void kFoldDealsEveryRowToExactlyOneFoldReproduciblyBySeed() {
        List<int[]> a = CrossValidation.kFold(23, 5, new java.util.SplittableRandom(9));
        List<int[]> b = CrossValidation.kFold(23, 5, new java.util.SplittableRandom(9));
        boolean[] seen = new boolean[23];
        assertEquals(5, a.size());
        for (int f = 0; f < 5; f++) {
            assertArrayEquals(a.get(f), b.get(f));
            assertTrue(a.get(f).length == 4 || a.get(f).length == 5);
            for (int i : a.get(f)) {
                assertTrue(!seen[i], "row " + i + " twice");
                seen[i] = true;
            }
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
    }

    @Test
    void forwardSelectionFindsTheColumnsTheDataDependOn() {
        double[] beta = {0, 0.8, 0, 0, -0.5, 0};
        Data d = Data.linear(100, beta, 0.01, 8);
        List<ForwardSelection.Step> steps = ForwardSelection.run(new LeastSquares(), d.x, d.y, Data.ones(100),
                CrossValidation.leaveOneOut(100), new int[0], 6);
        List<Integer> chosen = steps.stream().map(ForwardSelection.Step::column).filter(c -> c >= 0).sorted().toList();
        assertEquals(List.of(1, 4), chosen);
        assertTrue(steps.get(steps.size() - 1).cv() < 0.02);
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
