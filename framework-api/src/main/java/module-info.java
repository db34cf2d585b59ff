/**
 * The Sublattice service-provider interface: the roles (lattice, Hamiltonian, sampler, analyzer,
 * task), the factories plugins contribute for them, and the immutable values they exchange.
 */
module org.sublattice.api {
    requires transitive com.google.guice;

    exports org.sublattice.api;
    exports org.sublattice.api.crystal;
    exports org.sublattice.api.run;

    uses org.sublattice.api.SublatticePlugin;
}
