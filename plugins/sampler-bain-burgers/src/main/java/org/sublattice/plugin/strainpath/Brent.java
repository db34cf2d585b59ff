package org.sublattice.plugin.strainpath;

import java.util.function.DoubleUnaryOperator;

/**
 * One-dimensional minimisation: a downhill bracket from a starting point and step, then Brent's
 * method (golden section with parabolic interpolation; R. P. Brent, Algorithms for Minimization
 * without Derivatives, 1973, ch. 5).
 */
final class Brent {
    private static final double GOLDEN = 0.3819660112501051;
    private static final double GROW = 1.618033988749895;
    private static final int MAX_BRACKET = 60;
    private static final int MAX_ITERATIONS = 200;

    /** The minimum found: argument and value. */
    record Minimum(double x, double value) {
    }

    private Brent() {
    }

    /**
     * @param f the function (NaN is treated as +∞, e.g. where a strain is not admissible)
     * @param x0 starting point
     * @param step initial step of the bracket search
     * @param tolerance absolute tolerance on x
     */
    static Minimum minimize(DoubleUnaryOperator f, double x0, double step, double tolerance) {
        DoubleUnaryOperator g = x -> {
            double v = f.applyAsDouble(x);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        };
        // Bracket a < b < c (or reversed) with f(b) below both ends.
        double a = x0;
        double fa = g.applyAsDouble(a);
        double b = x0 + step;
        double fb = g.applyAsDouble(b);
        if (fb > fa) {
            double t = a;
            a = b;
            b = t;
            t = fa;
            fa = fb;
            fb = t;
        }
        double c = b + GROW * (b - a);
        double fc = g.applyAsDouble(c);
        int n = 0;
        while (fc <= fb && n++ < MAX_BRACKET) {
            a = b;
            fa = fb;
            b = c;
            fb = fc;
            c = b + GROW * (b - a);
            fc = g.applyAsDouble(c);
        }
        if (fc <= fb) {
            return new Minimum(c, fc);
        }
        double lo = Math.min(a, c);
        double hi = Math.max(a, c);
        // Brent's method on [lo, hi] with best point b.
        double x = b;
        double w = b;
        double v = b;
        double fx = fb;
        double fw = fb;
        double fv = fb;
        double d = 0;
        double e = 0;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double m = 0.5 * (lo + hi);
            double tol1 = tolerance + 1e-12 * Math.abs(x);
            double tol2 = 2 * tol1;
            if (Math.abs(x - m) <= tol2 - 0.5 * (hi - lo)) {
                break;
            }
            boolean golden = true;
            if (Math.abs(e) > tol1) {
                double r = (x - w) * (fx - fv);
                double q = (x - v) * (fx - fw);
                double p = (x - v) * q - (x - w) * r;
                q = 2 * (q - r);
                if (q > 0) {
                    p = -p;
                }
                q = Math.abs(q);
                double eOld = e;
                e = d;
                if (Math.abs(p) < Math.abs(0.5 * q * eOld) && p > q * (lo - x) && p < q * (hi - x)) {
                    d = p / q;
                    double u = x + d;
                    if (u - lo < tol2 || hi - u < tol2) {
                        d = x < m ? tol1 : -tol1;
                    }
                    golden = false;
                }
            }
            if (golden) {
                e = (x < m ? hi : lo) - x;
                d = GOLDEN * e;
            }
            double u = Math.abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
            double fu = g.applyAsDouble(u);
            if (fu <= fx) {
                if (u < x) {
                    hi = x;
                } else {
                    lo = x;
                }
                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            } else {
                if (u < x) {
                    lo = u;
                } else {
                    hi = u;
                }
                if (fu <= fw || w == x) {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            }
        }
        return new Minimum(x, fx);
    }
}
