package org.sublattice.plugin.eam;

import java.util.ArrayList;
import java.util.List;
import org.sublattice.api.InvalidInputException;

/**
 * A first-nearest-neighbour modified embedded-atom model (MEAM) of one or more elements, with the
 * settings and alloy defaults that LAMMPS's {@code pair_style meam} applies to a library file read
 * with no parameter file (LAMMPS documentation of {@code pair_style meam}; the source of its MEAM
 * package, read for the default values).
 *
 * <p>The energy (Baskes, Phys. Rev. B 46, 2727 (1992); the screening of Baskes, Mater. Chem. Phys.
 * 50, 152 (1997)) is E = Σ_i F_i(ρ̄_i) + ½ Σ_{i≠j} S_ij φ_ij(r_ij), with
 * <ul>
 * <li>atomic partial densities ρ_j^(l)(r) = ρ₀_j exp(−β_j^(l) (r/r_e,j − 1)), l = 0…3, each pair
 *     weighted by S_ij;</li>
 * <li>ρ⁽⁰⁾ = Σ_j ρ_j^(0); (ρ⁽¹⁾)² = Σ_α (Σ_j ρ_j^(1) x_α/r)²; (ρ⁽²⁾)² = Σ_αβ (Σ_j ρ_j^(2) x_α x_β/r²)²
 *     − ⅓ (Σ_j ρ_j^(2))²; (ρ⁽³⁾)² = Σ_αβγ (Σ_j ρ_j^(3) x_α x_β x_γ/r³)² − ⅗ Σ_α (Σ_j ρ_j^(3) x_α/r)²
 *     (the Legendre-corrected ρ⁽³⁾, with t⁽¹⁾ raised by ⅗ t⁽³⁾ as LAMMPS does by default);</li>
 * <li>Γ = Σ_l t̄^(l) (ρ^(l))² / (ρ⁽⁰⁾)², the weights t̄^(l) averaged over neighbours with their ρ_j^(0)
 *     (LAMMPS {@code ialloy = 0}); ρ̄ = ρ⁽⁰⁾ G(Γ), G from {@code ibar} (0: √(1+Γ), with LAMMPS's smooth
 *     continuation below Γ = −99/100);</li>
 * <li>F(ρ̄) = A E_c (ρ̄/ρ_ref) ln(ρ̄/ρ_ref), ρ_ref = Z ρ₀ (Z neighbours in the reference structure), 0
 *     for ρ̄ ≤ 0;</li>
 * <li>φ_ab(r) = [2 E^u_ab(r) − F_a(ρ̄_a^ref(r)) − F_b(ρ̄_b^ref(r))] / Z_ab, the Rose energy
 *     E^u(r) = −E_c (1 + a*) e^{−a*}, a* = α (r/r_e − 1) (Rose, Smith, Guinea &amp; Ferrante, Phys.
 *     Rev. B 29, 2963 (1984)) of the reference structure of the pair, so that the reference structure
 *     follows Rose's equation of state exactly while its second neighbours are screened; blended into
 *     the Ziegler–Biersack–Littmark universal repulsion for a* &lt; −1 (LAMMPS default {@code zbl = 1});</li>
 * <li>S_ij = f_c((r_c − r)/Δr) Π_k S_ikj, S_ikj = f_c((C_ikj − C_min)/(C_max − C_min)), C from the
 *     ellipse through i, j, k; f_c(x) = [1 − (1 − x)⁴]² on 0…1.</li>
 * </ul>
 * Unlike pairs (Baskes, Nelson &amp; Wright, Phys. Rev. B 40, 6085 (1989), in LAMMPS's form) take the
 * LAMMPS defaults: an FCC reference structure, E_c, α and r_e the means of the elements' values.
 * Immutable.
 */
final class MeamPotential {
    /** LAMMPS's smoothing exponent of G below Γ = −k/(k+1) for ibar 0 and 4. */
    static final double G_SMOOTH = 99;
    /** Densities below which the reference-structure pair term is zero (as in LAMMPS). */
    static final double TINY_DENSITY = 1e-14;
    /** e²/(4πε₀) in eV·Å, and the ZBL screening length constant 0.8854·a₀ in Å, as LAMMPS uses them. */
    static final double COULOMB = 14.3997;
    static final double ZBL_LENGTH = 0.4685;
    private static final double[] ZBL_C = {0.028171, 0.28022, 0.50986, 0.18175};
    private static final double[] ZBL_D = {0.20162, 0.40290, 0.94229, 3.1998};

    /**
     * Global settings.
     *
     * @param rc radial cutoff (Å); LAMMPS default 4.0
     * @param delr width of the radial taper below rc (Å); default 0.1
     * @param cmin screening C_min, all triples; default 2.0
     * @param cmax screening C_max, all triples; default 2.8
     * @param zbl blend the pair term into the ZBL repulsion at short range; default true
     */
    record Settings(double rc, double delr, double cmin, double cmax, boolean zbl) {
        static final Settings LAMMPS_DEFAULTS = new Settings(4.0, 0.1, 2.0, 2.8, true);

        Settings {
            if (!(rc > 0) || !(delr > 0) || !(delr <= rc)) {
                throw new InvalidInputException("MEAM cutoff rc = " + rc + " and taper delr = " + delr + " need 0 < delr <= rc");
            }
            if (!(cmin >= 0) || !(cmax > cmin) || !(cmax > 1)) {
                throw new InvalidInputException("MEAM screening needs 0 <= Cmin < Cmax and Cmax > 1, got Cmin = " + cmin + ", Cmax = "
                        + cmax);
            }
        }

        /** Squared distance ratio beyond which no atom k can screen a pair (LAMMPS's "ebound"). */
        double ebound() {
            return cmax * cmax / (4 * (cmax - 1));
        }
    }

    private final String source;
    private final List<MeamElement> elements;
    private final Settings settings;
    private final int n;
    // Per element.
    final double[] re;
    final double[][] beta;
    /** t⁽¹⁾ (augmented by ⅗ t⁽³⁾), t⁽²⁾, t⁽³⁾. */
    final double[][] t;
    final double[] rho0;
    final double[] rhoRef;
    final double[] aEc;
    final int[] ibar;
    // Per pair.
    private final double[][] pairRe;
    private final double[][] pairAlpha;
    private final double[][] pairEc;
    private final int[][] pairZ;

    MeamPotential(List<MeamElement> elements, Settings settings, String source) {
        this.source = source;
        this.elements = List.copyOf(elements);
        this.settings = settings;
        this.n = elements.size();
        if (n == 0) {
            throw new InvalidInputException(source + ": no elements");
        }
        List<String> seen = new ArrayList<>();
        for (MeamElement e : elements) {
            if (seen.contains(e.symbol())) {
                throw new InvalidInputException(source + ": element " + e.symbol() + " given twice");
            }
            seen.add(e.symbol());
        }
        re = new double[n];
        beta = new double[n][];
        t = new double[n][];
        rho0 = new double[n];
        rhoRef = new double[n];
        aEc = new double[n];
        ibar = new int[n];
        for (int i = 0; i < n; i++) {
            MeamElement e = elements.get(i);
            re[i] = e.re();
            beta[i] = new double[] {e.beta0(), e.beta1(), e.beta2(), e.beta3()};
            t[i] = new double[] {e.t1() + 0.6 * e.t3(), e.t2(), e.t3()};
            rho0[i] = e.rho0();
            // Cubic reference structures have Γ = 0 and no second-neighbour term: ρ_ref = Z ρ₀.
            rhoRef[i] = e.rho0() * e.reference().z;
            aEc[i] = e.embeddingScale() * e.cohesiveEnergy();
            ibar[i] = e.ibar();
        }
        pairRe = new double[n][n];
        pairAlpha = new double[n][n];
        pairEc = new double[n][n];
        pairZ = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                MeamElement ea = elements.get(a);
                MeamElement eb = elements.get(b);
                if (a == b) {
                    pairRe[a][b] = re[a];
                    pairAlpha[a][b] = ea.alpha();
                    pairEc[a][b] = ea.cohesiveEnergy();
                    pairZ[a][b] = ea.reference().z;
                } else {
                    pairRe[a][b] = (re[a] + re[b]) / 2;
                    pairAlpha[a][b] = (ea.alpha() + eb.alpha()) / 2;
                    pairEc[a][b] = (ea.cohesiveEnergy() + eb.cohesiveEnergy()) / 2;
                    pairZ[a][b] = MeamElement.Reference.FCC.z;
                }
            }
        }
    }

    String source() {
        return source;
    }

    Settings settings() {
        return settings;
    }

    List<MeamElement> elementModels() {
        return elements;
    }

    List<String> elements() {
        return elements.stream().map(MeamElement::symbol).toList();
    }

    int indexOf(String symbol) {
        for (int i = 0; i < n; i++) {
            if (elements.get(i).symbol().equals(symbol)) {
                return i;
            }
        }
        return -1;
    }

    /** f_c(x) = [1 − (1 − x)⁴]² on (0, 1), 0 below, 1 above (Baskes 1997). */
    static double fcut(double x) {
        if (x >= 1) {
            return 1;
        }
        if (x <= 0) {
            return 0;
        }
        double a = 1 - x;
        a *= a;
        a *= a;
        a = 1 - a;
        return a * a;
    }

    /** G(Γ) of form {@code ibar}. */
    static double g(double gamma, int ibar) {
        switch (ibar) {
            case 0:
            case 4: {
                double switchpoint = -G_SMOOTH / (G_SMOOTH + 1);
                if (gamma < switchpoint) {
                    return Math.sqrt(1 / (G_SMOOTH + 1) * Math.pow(switchpoint / gamma, G_SMOOTH));
                }
                return Math.sqrt(1 + gamma);
            }
            case 1:
                return Math.exp(gamma / 2);
            case 3:
                return 2 / (1 + Math.exp(-gamma));
            case -5:
                return 1 + gamma >= 0 ? Math.sqrt(1 + gamma) : -Math.sqrt(-1 - gamma);
            default:
                throw new IllegalStateException("ibar " + ibar);
        }
    }

    /** F_e(ρ̄) with ρ̄ already divided by ρ_ref: A E_c ρ̄ ln ρ̄, zero for ρ̄ ≤ 0. */
    double embedding(int e, double rhobar) {
        return rhobar > 0 ? aEc[e] * rhobar * Math.log(rhobar) : 0;
    }

    /** Rose's universal binding energy, E^u(r) = −E_c (1 + a*) e^{−a*}. */
    static double rose(double r, double re, double alpha, double ec) {
        if (r <= 0) {
            return 0;
        }
        double astar = alpha * (r / re - 1);
        return -ec * (1 + astar) * Math.exp(-astar);
    }

    /** The Ziegler–Biersack–Littmark universal screened Coulomb repulsion of nuclei za and zb (eV). */
    static double zbl(double r, int za, int zb) {
        double a = ZBL_LENGTH / (Math.pow(za, 0.23) + Math.pow(zb, 0.23));
        double x = r / a;
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += ZBL_C[i] * Math.exp(-ZBL_D[i] * x);
        }
        return r > 0 ? sum * za * zb / r * COULOMB : sum;
    }

    /** The pair term φ_ab(r) (eV), before screening. */
    double pair(int a, int b, double r) {
        double phi = rosePair(a, b, r);
        if (settings.zbl()) {
            double astar = pairAlpha[a][b] * (r / pairRe[a][b] - 1);
            if (astar <= -3) {
                phi = zbl(r, elements.get(a).atomicNumber(), elements.get(b).atomicNumber());
            } else if (astar < -1) {
                double frac = fcut(1 - (astar + 1) / (-3 + 1));
                phi = frac * phi + (1 - frac) * zbl(r, elements.get(a).atomicNumber(), elements.get(b).atomicNumber());
            }
        }
        return phi;
    }

    /** φ from the Rose energy of the pair's reference structure, every atom with Z like neighbours. */
    private double rosePair(int a, int b, double r) {
        if (r == 0) {
            return 0;
        }
        int z = pairZ[a][b];
        // Atom a sees z atoms b and vice versa (FCC or BCC of one element, or the alloy's FCC default).
        double rhoA = z * rho0[b] * Math.exp(-beta[b][0] * (r / re[b] - 1));
        double rhoB = z * rho0[a] * Math.exp(-beta[a][0] * (r / re[a] - 1));
        if (rhoA <= TINY_DENSITY && rhoB <= TINY_DENSITY) {
            return 0;
        }
        double fa = embedding(a, rhoA / rhoRef[a]);
        double fb = embedding(b, rhoB / rhoRef[b]);
        double eu = rose(r, pairRe[a][b], pairAlpha[a][b], pairEc[a][b]);
        return (2 * eu - fa - fb) / z;
    }
}
