package org.sublattice.plugin.eam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An analytic EAM element built as in Johnson's analytic models (R. A. Johnson, Phys. Rev. B 37,
 * 3924 (1988) for FCC; R. A. Johnson and D. J. Oh, J. Mater. Res. 4, 1195 (1989) for BCC): a
 * density function f and a pair potential φ are chosen, and the embedding function is defined so
 * that the reference lattice, scaled uniformly by s = r/r_e, follows Rose's universal equation of
 * state E(s) = −E_c (1 + a*) e^(−a*), a* = α(s − 1), α = √(9ΩB/E_c) (Rose, Smith, Guinea and
 * Ferrante, Phys. Rev. B 29, 2963 (1984)):
 *
 * <pre>
 * F(ρ̄(s)) = E(s) − ½ Σ_k n_k φ(s d_k),   ρ̄(s) = Σ_k n_k f(s d_k)
 * </pre>
 *
 * over the neighbour shells k (n_k atoms at d_k) of the reference lattice. The lattice constant,
 * cohesive energy and bulk modulus are therefore reproduced exactly; the shapes of f and φ set
 * the shear response and the energies of other structures.
 *
 * <p>f is {@code power}: f_e (r_e/r)^β (Johnson–Oh) or {@code exponential}: f_e e^(−β(r/r_e−1))
 * (Johnson 1988); φ is {@code exponential}: φ_e e^(−γ(r/r_e−1)) or a {@code polynomial} Σ K_n
 * (r/r_e − 1)^n. Both are multiplied by a smooth taper going from 1 at {@code cutoff.inner} to 0
 * at {@code cutoff.outer} (1 − 10x³ + 15x⁴ − 6x⁵), so energies along strain paths have no jumps
 * when neighbours cross the cutoff. F(ρ) is found by solving ρ̄(s) = ρ (safeguarded Newton); beyond
 * the most compressed tabulated scale (s = 0.5) it continues linearly.
 */
final class UniversalElement implements ElementModel {
    static final Set<String> KEYS = Set.of("form", "lattice", "a", "cohesive-energy", "bulk-modulus", "density", "pair", "cutoff", "source");
    /** 1 GPa in eV/Å³. */
    static final double GPA = 1.0 / 160.21766208;
    private static final double S_MIN = 0.5;
    private static final int MAX_ITERATIONS = 200;

    private final String element;
    private final double re;
    private final double ec;
    private final double alpha;
    private final boolean powerDensity;
    private final double fe;
    private final double beta;
    private final double[] pairPolynomial;
    private final double phiE;
    private final double gamma;
    private final double inner;
    private final double outer;
    private final double[] shellDistance;
    private final int[] shellCount;
    private final double sMax;
    private final double rhoAtSMin;
    private final double embeddingAtSMin;
    private final double slopeAtSMin;

    UniversalElement(String element, YamlNode node) {
        node.map(KEYS);
        this.element = element;
        String lattice = node.get("lattice").text();
        double a = node.positive("a");
        double omega;
        if (lattice.equals("fcc")) {
            re = a / Math.sqrt(2);
            omega = a * a * a / 4;
        } else if (lattice.equals("bcc")) {
            re = a * Math.sqrt(3) / 2;
            omega = a * a * a / 2;
        } else {
            throw node.get("lattice").error("reference lattice '" + lattice + "' is not supported; allowed: fcc, bcc");
        }
        ec = node.positive("cohesive-energy");
        double b = node.positive("bulk-modulus") * GPA;
        alpha = Math.sqrt(9 * omega * b / ec);

        YamlNode d = node.get("density");
        d.map(Set.of("form", "fe", "beta"));
        String df = d.get("form").text();
        if (!df.equals("power") && !df.equals("exponential")) {
            throw d.get("form").error("density form '" + df + "' is not supported; allowed: power, exponential");
        }
        powerDensity = df.equals("power");
        fe = d.positive("fe");
        beta = d.positive("beta");

        YamlNode p = node.get("pair");
        Map<String, YamlNode> pm = p.map(Set.of("form", "phi-e", "gamma", "coefficients"));
        String pf = p.get("form").text();
        if (pf.equals("exponential")) {
            phiE = p.get("phi-e").number();
            gamma = p.positive("gamma");
            pairPolynomial = null;
        } else if (pf.equals("polynomial")) {
            List<YamlNode> cs = pm.containsKey("coefficients") ? p.get("coefficients").list() : List.of();
            if (cs.isEmpty()) {
                throw p.error("a polynomial pair needs coefficients [K0, K1, …] of (r/r_e − 1)^n");
            }
            pairPolynomial = cs.stream().mapToDouble(YamlNode::number).toArray();
            phiE = 0;
            gamma = 0;
        } else {
            throw p.get("form").error("pair form '" + pf + "' is not supported; allowed: exponential, polynomial");
        }

        YamlNode c = node.get("cutoff");
        c.map(Set.of("inner", "outer"));
        inner = c.positive("inner");
        outer = c.positive("outer");
        if (!(outer > inner) || inner <= re) {
            throw c.error("need r_e = " + re + " Å < inner < outer, got inner " + inner + ", outer " + outer);
        }

        // Shells of the reference lattice out to the cutoff at the most compressed scale.
        List<double[]> shells = shells(lattice, a, outer / S_MIN);
        shellDistance = shells.stream().mapToDouble(x -> x[0]).toArray();
        shellCount = shells.stream().mapToInt(x -> (int) x[1]).toArray();
        sMax = outer / shellDistance[0];
        rhoAtSMin = rhoBar(S_MIN);
        embeddingAtSMin = embeddingAtScale(S_MIN);
        slopeAtSMin = embeddingSlope(S_MIN);
    }

    /** Shell radii (Å) and counts of the FCC or BCC lattice of cubic constant a, up to {@code max}. */
    static List<double[]> shells(String lattice, double a, double max) {
        double[][] basis = lattice.equals("fcc") ? new double[][] {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}}
                : new double[][] {{0, 0, 0}, {.5, .5, .5}};
        int n = (int) Math.ceil(max / a) + 1;
        List<Double> ds = new ArrayList<>();
        for (int i = -n; i <= n; i++) {
            for (int j = -n; j <= n; j++) {
                for (int k = -n; k <= n; k++) {
                    for (double[] bb : basis) {
                        double x = (i + bb[0]) * a;
                        double y = (j + bb[1]) * a;
                        double z = (k + bb[2]) * a;
                        double r = Math.sqrt(x * x + y * y + z * z);
                        if (r > 1e-9 && r <= max) {
                            ds.add(r);
                        }
                    }
                }
            }
        }
        ds.sort(null);
        List<double[]> out = new ArrayList<>();
        for (double r : ds) {
            if (!out.isEmpty() && Math.abs(out.get(out.size() - 1)[0] - r) < 1e-9 * a) {
                out.get(out.size() - 1)[1]++;
            } else {
                out.add(new double[] {r, 1});
            }
        }
        return out;
    }

    private double taper(double r) {
        if (r <= inner) {
            return 1;
        }
        if (r >= outer) {
            return 0;
        }
        double x = (r - inner) / (outer - inner);
        return 1 - x * x * x * (10 - 15 * x + 6 * x * x);
    }

    private double taperDerivative(double r) {
        if (r <= inner || r >= outer) {
            return 0;
        }
        double w = outer - inner;
        double x = (r - inner) / w;
        return -30 * x * x * (1 - x) * (1 - x) / w;
    }

    private double rawDensity(double r) {
        return powerDensity ? fe * Math.pow(re / r, beta) : fe * Math.exp(-beta * (r / re - 1));
    }

    private double rawDensityDerivative(double r) {
        return powerDensity ? -beta / r * rawDensity(r) : -beta / re * rawDensity(r);
    }

    private double rawPair(double r) {
        if (pairPolynomial == null) {
            return phiE * Math.exp(-gamma * (r / re - 1));
        }
        double x = r / re - 1;
        double v = 0;
        for (int n = pairPolynomial.length - 1; n >= 0; n--) {
            v = v * x + pairPolynomial[n];
        }
        return v;
    }

    private double rawPairDerivative(double r) {
        if (pairPolynomial == null) {
            return -gamma / re * rawPair(r);
        }
        double x = r / re - 1;
        double v = 0;
        for (int n = pairPolynomial.length - 1; n >= 1; n--) {
            v = v * x + n * pairPolynomial[n];
        }
        return v / re;
    }

    @Override
    public String element() {
        return element;
    }

    @Override
    public double cutoff() {
        return outer;
    }

    @Override
    public double density(double r) {
        return r >= outer ? 0 : rawDensity(r) * taper(r);
    }

    @Override
    public double densityDerivative(double r) {
        return r >= outer ? 0 : rawDensityDerivative(r) * taper(r) + rawDensity(r) * taperDerivative(r);
    }

    @Override
    public double pair(double r) {
        return r >= outer ? 0 : rawPair(r) * taper(r);
    }

    @Override
    public double pairDerivative(double r) {
        return r >= outer ? 0 : rawPairDerivative(r) * taper(r) + rawPair(r) * taperDerivative(r);
    }

    private double rhoBar(double s) {
        double rho = 0;
        for (int k = 0; k < shellDistance.length; k++) {
            rho += shellCount[k] * density(s * shellDistance[k]);
        }
        return rho;
    }

    private double rhoBarDerivative(double s) {
        double d = 0;
        for (int k = 0; k < shellDistance.length; k++) {
            d += shellCount[k] * shellDistance[k] * densityDerivative(s * shellDistance[k]);
        }
        return d;
    }

    /** Rose's energy per atom at scale s. */
    private double rose(double s) {
        double x = alpha * (s - 1);
        return -ec * (1 + x) * Math.exp(-x);
    }

    private double roseDerivative(double s) {
        double x = alpha * (s - 1);
        return ec * alpha * x * Math.exp(-x);
    }

    private double embeddingAtScale(double s) {
        double pairs = 0;
        for (int k = 0; k < shellDistance.length; k++) {
            pairs += shellCount[k] * pair(s * shellDistance[k]);
        }
        return rose(s) - 0.5 * pairs;
    }

    /** dF/dρ at scale s: (dE/ds − ½ Σ n_k d_k φ'(s d_k)) / (dρ̄/ds). */
    private double embeddingSlope(double s) {
        double pairs = 0;
        for (int k = 0; k < shellDistance.length; k++) {
            pairs += shellCount[k] * shellDistance[k] * pairDerivative(s * shellDistance[k]);
        }
        double drho = rhoBarDerivative(s);
        return drho == 0 ? 0 : (roseDerivative(s) - 0.5 * pairs) / drho;
    }

    /** The scale s at which the reference lattice has density ρ (0 < ρ < ρ̄(S_MIN)). */
    private double scale(double rho) {
        double lo = S_MIN;
        double hi = sMax;
        double s = Math.min(Math.max(powerDensity ? Math.pow(rho / rhoBar(1), -1 / beta) : 1 - Math.log(rho / rhoBar(1)) / beta, lo), hi);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double g = rhoBar(s) - rho;
            if (g == 0) {
                return s;
            }
            if (g > 0) {
                lo = s;
            } else {
                hi = s;
            }
            double dg = rhoBarDerivative(s);
            double next = dg < 0 ? s - g / dg : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - s) <= 1e-15 * s || hi - lo <= 1e-15 * s) {
                return next;
            }
            s = next;
        }
        return s;
    }

    @Override
    public double embedding(double rho) {
        if (rho >= rhoAtSMin) {
            return embeddingAtSMin + slopeAtSMin * (rho - rhoAtSMin);
        }
        if (rho <= 0) {
            return embeddingAtScale(sMax);
        }
        return embeddingAtScale(scale(rho));
    }

    @Override
    public double embeddingDerivative(double rho) {
        if (rho >= rhoAtSMin) {
            return slopeAtSMin;
        }
        if (rho <= 0) {
            return 0;
        }
        return embeddingSlope(scale(rho));
    }
}
