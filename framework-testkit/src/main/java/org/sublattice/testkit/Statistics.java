package org.sublattice.testkit;

/** Small statistics helpers for contract tests. */
public final class Statistics {
    private Statistics() {
    }

    /**
     * Upper tail Q(a, x) = Γ(a, x)/Γ(a) of the regularized incomplete gamma function, by its
     * series for x &lt; a + 1 and its continued fraction otherwise (Press et al., Numerical Recipes,
     * 3rd ed., §6.2). The p-value of a chi-square statistic χ² with k degrees of freedom is
     * Q(k/2, χ²/2).
     */
    public static double upperGamma(double a, double x) {
        if (x < 0 || a <= 0) {
            throw new IllegalArgumentException("upperGamma needs a > 0 and x >= 0, got a=" + a + ", x=" + x);
        }
        if (x == 0) {
            return 1;
        }
        double lnPrefix = -x + a * Math.log(x) - logGamma(a);
        if (x < a + 1) {
            double sum = 1 / a;
            double term = sum;
            for (int n = 1; n < 10_000; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * 1e-15) {
                    break;
                }
            }
            return 1 - sum * Math.exp(lnPrefix);
        }
        // Lentz's method for the continued fraction.
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-15) {
                break;
            }
        }
        return Math.exp(lnPrefix) * h;
    }

    /** ln Γ(x) for x &gt; 0 (Lanczos approximation, g = 7, n = 9; relative error ≈ 1e−15). */
    public static double logGamma(double x) {
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        x -= 1;
        double a = c[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            a += c[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }

    /** p-value of a chi-square statistic with {@code dof} degrees of freedom. */
    public static double chiSquarePValue(double chi2, int dof) {
        return upperGamma(dof / 2.0, chi2 / 2.0);
    }
}
