package org.sublattice.plugin.eam;

import java.util.List;

/**
 * An embedded-atom potential of several elements: E = Σ_i F_i(ρ_i) + ½ Σ_i Σ_{j≠i} φ_ij(r_ij),
 * ρ_i = Σ_{j≠i} ρ_{j→i}(r_ij), over pairs closer than {@link #cutoff()} (Daw and Baskes, Phys. Rev.
 * B 29, 6443 (1984)). Elements are indexed in {@link #elements()} order. Immutable and thread-safe.
 */
interface EamPotential {

    /** Element symbols, index order. */
    List<String> elements();

    /** Pairs at distances strictly below this (Å) interact. */
    double cutoff();

    /** Where the potential came from (file name), for messages. */
    String source();

    /** Embedding energy F_e(ρ) (eV). */
    double embedding(int e, double rho);

    /** dF_e/dρ. */
    double embeddingDerivative(int e, double rho);

    /** Density contributed at an atom of element {@code at} by an atom of element {@code from} at distance r. */
    double density(int from, int at, double r);

    /** d/dr of {@link #density}. */
    double densityDerivative(int from, int at, double r);

    /** Pair energy φ_ab(r) (eV). */
    double pair(int a, int b, double r);

    /** dφ_ab/dr. */
    double pairDerivative(int a, int b, double r);

    /** Index of an element, or -1. */
    default int indexOf(String element) {
        return elements().indexOf(element);
    }
}
