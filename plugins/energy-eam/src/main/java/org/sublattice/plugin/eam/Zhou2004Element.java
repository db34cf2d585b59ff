package org.sublattice.plugin.eam;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analytic EAM of Zhou, Johnson and Wadley, Phys. Rev. B 69, 144113 (2004), Eqs. (2)–(5):
 *
 * <pre>
 * f(r) = f_e exp[−β(r/r_e − 1)] / (1 + (r/r_e − λ)²⁰)
 * φ(r) = A exp[−α(r/r_e − 1)] / (1 + (r/r_e − κ)²⁰) − B exp[−β(r/r_e − 1)] / (1 + (r/r_e − λ)²⁰)
 * F(ρ) = Σ_{i=0..3} F_ni (ρ/ρ_n − 1)^i                 ρ < ρ_n = 0.85 ρ_e
 *      = Σ_{i=0..3} F_i (ρ/ρ_e − 1)^i                  ρ_n ≤ ρ < ρ_0 = 1.15 ρ_e
 *      = F_e [1 − η ln(ρ/ρ_s)] (ρ/ρ_s)^η               ρ_0 ≤ ρ
 * </pre>
 *
 * The functions have no cutoff of their own; the model file gives one (the pairs beyond it are
 * dropped, as when the functions are tabulated for LAMMPS). F(0) = 0 (an isolated atom).
 */
final class Zhou2004Element implements ElementModel {
    static final Set<String> KEYS = Set.of("form", "re", "fe", "rhoe", "rhos", "alpha", "beta", "A", "B", "kappa", "lambda", "Fn", "F",
            "eta", "Fe", "cutoff", "source", "rho-low", "rho-high");

    private final String element;
    private final double re;
    private final double fe;
    private final double rhoe;
    private final double rhos;
    private final double alpha;
    private final double beta;
    private final double a;
    private final double b;
    private final double kappa;
    private final double lambda;
    private final double[] fn;
    private final double[] f;
    private final double eta;
    private final double fE;
    private final double rhoN;
    private final double rho0;
    private final double cutoff;

    Zhou2004Element(String element, YamlNode node) {
        Map<String, YamlNode> m = node.map(KEYS);
        this.element = element;
        re = node.positive("re");
        fe = node.positive("fe");
        rhoe = node.positive("rhoe");
        rhos = node.positive("rhos");
        alpha = node.positive("alpha");
        beta = node.positive("beta");
        a = node.get("A").number();
        b = node.get("B").number();
        kappa = node.get("kappa").number();
        lambda = node.get("lambda").number();
        fn = four(node.get("Fn"));
        f = four(node.get("F"));
        eta = node.get("eta").number();
        fE = node.get("Fe").number();
        rhoN = node.number("rho-low", 0.85) * rhoe;
        rho0 = node.number("rho-high", 1.15) * rhoe;
        cutoff = node.positive("cutoff");
        if (!m.containsKey("form")) {
            throw node.error("missing key 'form'");
        }
    }

    private static double[] four(YamlNode n) {
        List<YamlNode> l = n.list();
        if (l.size() != 4) {
            throw n.error("expected four coefficients (powers 0 to 3), found " + l.size());
        }
        return new double[] {l.get(0).number(), l.get(1).number(), l.get(2).number(), l.get(3).number()};
    }

    @Override
    public String element() {
        return element;
    }

    @Override
    public double cutoff() {
        return cutoff;
    }

    @Override
    public double embedding(double rho) {
        if (rho <= 0) {
            return 0;
        }
        if (rho < rhoN) {
            double x = rho / rhoN - 1;
            return fn[0] + x * (fn[1] + x * (fn[2] + x * fn[3]));
        }
        if (rho < rho0) {
            double x = rho / rhoe - 1;
            return f[0] + x * (f[1] + x * (f[2] + x * f[3]));
        }
        double y = rho / rhos;
        return fE * (1 - eta * Math.log(y)) * Math.pow(y, eta);
    }

    @Override
    public double embeddingDerivative(double rho) {
        if (rho <= 0) {
            return 0;
        }
        if (rho < rhoN) {
            double x = rho / rhoN - 1;
            return (fn[1] + x * (2 * fn[2] + x * 3 * fn[3])) / rhoN;
        }
        if (rho < rho0) {
            double x = rho / rhoe - 1;
            return (f[1] + x * (2 * f[2] + x * 3 * f[3])) / rhoe;
        }
        double y = rho / rhos;
        // d/dy [(1 − η ln y) y^η] = −η² ln y · y^(η−1)
        return fE * (-eta * eta * Math.log(y) * Math.pow(y, eta - 1)) / rhos;
    }

    /** c·exp(−k(x − 1)) / (1 + (x − m)²⁰) with x = r/r_e, and its r-derivative in d[0]. */
    private double term(double r, double c, double k, double m, double[] d) {
        double x = r / re;
        double e = c * Math.exp(-k * (x - 1));
        double u = x - m;
        double u19 = Math.pow(u, 19);
        double den = 1 + u19 * u;
        double v = e / den;
        if (d != null) {
            d[0] = (-k * v - v * 20 * u19 / den) / re;
        }
        return v;
    }

    @Override
    public double density(double r) {
        return r < cutoff ? term(r, fe, beta, lambda, null) : 0;
    }

    @Override
    public double densityDerivative(double r) {
        if (r >= cutoff) {
            return 0;
        }
        double[] d = new double[1];
        term(r, fe, beta, lambda, d);
        return d[0];
    }

    @Override
    public double pair(double r) {
        return r < cutoff ? term(r, a, alpha, kappa, null) - term(r, b, beta, lambda, null) : 0;
    }

    @Override
    public double pairDerivative(double r) {
        if (r >= cutoff) {
            return 0;
        }
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        term(r, a, alpha, kappa, d1);
        term(r, b, beta, lambda, d2);
        return d1[0] - d2[0];
    }
}
