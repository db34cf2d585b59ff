/** Rejection-free kinetic Monte Carlo ({@code kmc}) with event catalogs expanded by symmetry. */
module org.sublattice.plugin.kmc {
    requires org.sublattice.crystal;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.kmc.KmcPlugin;

    opens org.sublattice.plugin.kmc to com.google.guice, org.sublattice.core;
}
