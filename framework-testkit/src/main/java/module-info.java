/**
 * Test kit for plugin authors: contract suites (lattice, Hamiltonian, sampler, analyzer, task) that every
 * implementation of a role passes, and {@link org.sublattice.testkit.PluginKit} to discover
 * plugins and build components from YAML in-process.
 */
module org.sublattice.testkit {
    requires transitive org.sublattice.core;
    requires transitive org.sublattice.crystal;
    requires transitive org.junit.jupiter.api;

    exports org.sublattice.testkit;

    uses org.sublattice.api.SublatticePlugin;
}
