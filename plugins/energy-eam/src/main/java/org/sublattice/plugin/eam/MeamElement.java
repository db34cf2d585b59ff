package org.sublattice.plugin.eam;

import org.sublattice.api.InvalidInputException;

/**
 * One element of a modified embedded-atom model (Baskes, Phys. Rev. B 46, 2727 (1992)), with the
 * parameters of a LAMMPS {@code library.meam} entry. Validated on construction.
 *
 * @param symbol element symbol
 * @param reference the reference structure (its nearest-neighbour shell defines the pair term)
 * @param atomicNumber atomic number (only the ZBL core repulsion uses it)
 * @param alpha α of the Rose equation of state (dimensionless)
 * @param beta0 decay β⁽⁰⁾ of the spherical partial density
 * @param beta1 decay β⁽¹⁾
 * @param beta2 decay β⁽²⁾
 * @param beta3 decay β⁽³⁾
 * @param a lattice constant of the reference structure (Å)
 * @param cohesiveEnergy E_c (eV, positive)
 * @param embeddingScale A of F(ρ̄) = A E_c (ρ̄/ρ⁰) ln(ρ̄/ρ⁰)
 * @param t1 weight t⁽¹⁾ as tabulated (before LAMMPS's augmentation by 3/5 t⁽³⁾)
 * @param t2 weight t⁽²⁾
 * @param t3 weight t⁽³⁾
 * @param rho0 density scale ρ₀ of the element's atomic densities
 * @param ibar the form of G(Γ): 0 or 4 √(1+Γ), 1 exp(Γ/2), 3 2/(1+e^−Γ), −5 ±√|1+Γ|
 * @param source where the numbers come from, for messages
 */
record MeamElement(String symbol, Reference reference, int atomicNumber, double alpha, double beta0, double beta1, double beta2,
        double beta3, double a, double cohesiveEnergy, double embeddingScale, double t1, double t2, double t3, double rho0, int ibar,
        String source) {

    /** Reference structures supported: those whose partial densities ρ⁽¹⁻³⁾ vanish by symmetry. */
    enum Reference {
        FCC(12, Math.sqrt(0.5)), BCC(8, Math.sqrt(3) / 2);

        /** Nearest-neighbour count. */
        final int z;
        /** Nearest-neighbour distance over the lattice constant. */
        final double nearest;

        Reference(int z, double nearest) {
            this.z = z;
            this.nearest = nearest;
        }
    }

    MeamElement {
        if (symbol == null || !symbol.matches("[A-Z][a-z]?[a-z]?")) {
            throw new InvalidInputException(source + ": '" + symbol + "' is not an element symbol");
        }
        if (reference == null) {
            throw new InvalidInputException(source + ": " + symbol + ": no reference structure");
        }
        if (atomicNumber < 1 || atomicNumber > 118) {
            throw new InvalidInputException(source + ": " + symbol + ": atomic number " + atomicNumber + " is not in 1..118");
        }
        positive(symbol, "alpha", alpha, source);
        positive(symbol, "a", a, source);
        positive(symbol, "cohesive energy", cohesiveEnergy, source);
        positive(symbol, "rho0", rho0, source);
        for (double x : new double[] {beta0, beta1, beta2, beta3, embeddingScale, t1, t2, t3}) {
            if (!Double.isFinite(x)) {
                throw new InvalidInputException(source + ": " + symbol + ": parameters must be finite, got " + x);
            }
        }
        if (ibar != 0 && ibar != 1 && ibar != 3 && ibar != 4 && ibar != -5) {
            throw new InvalidInputException(source + ": " + symbol + ": ibar " + ibar + " is not one of 0, 1, 3, 4, -5");
        }
    }

    private static void positive(String symbol, String name, double x, String source) {
        if (!(x > 0) || !Double.isFinite(x)) {
            throw new InvalidInputException(source + ": " + symbol + ": " + name + " must be > 0, got " + x);
        }
    }

    /** The same parameters with another {@code source}. */
    MeamElement withSource(String other) {
        return new MeamElement(symbol, reference, atomicNumber, alpha, beta0, beta1, beta2, beta3, a, cohesiveEnergy, embeddingScale, t1, t2,
                t3, rho0, ibar, other);
    }

    /** Nearest-neighbour distance r_e of the reference structure (Å). */
    double re() {
        return a * reference.nearest;
    }

    /** Parses a reference-structure name ({@code fcc}, {@code bcc}); null if unsupported. */
    static Reference reference(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "fcc" -> Reference.FCC;
            case "bcc" -> Reference.BCC;
            default -> null;
        };
    }
}
