package org.sublattice.plugin.eam;

/**
 * The three functions of one element in an EAM model: embedding F(ρ), the density f(r) an atom of
 * the element contributes at distance r, and the pair energy φ(r) between two such atoms, each
 * zero from {@link #cutoff()} on. Immutable and thread-safe.
 */
interface ElementModel {
    String element();

    double cutoff();

    double embedding(double rho);

    double embeddingDerivative(double rho);

    double density(double r);

    double densityDerivative(double r);

    double pair(double r);

    double pairDerivative(double r);
}
