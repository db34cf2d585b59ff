package org.sublattice.api.run;

/** Physical constants in the units Sublattice uses (eV, K, Å, s). */
public final class Physics {
    private Physics() {
    }

    /** Boltzmann constant in eV/K (CODATA 2018). */
    public static final double BOLTZMANN_EV = 8.617333262e-5;
}
