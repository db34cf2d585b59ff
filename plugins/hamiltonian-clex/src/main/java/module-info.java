/**
 * Cluster expansion, evaluated and fitted: the {@code cluster-expansion} Hamiltonian (multi-sublattice,
 * vacancies, local updates) and the {@code fit} task (DFT data to ECIs with cross-validation).
 */
module org.sublattice.plugin.clex {
    requires org.sublattice.crystal;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.clex.ClexPlugin;

    opens org.sublattice.plugin.clex to com.google.guice, org.sublattice.core;
}
