/** The hexagonal close-packed parent lattice ({@code hcp}, A3). */
module org.sublattice.plugin.lattice.hcp {
    requires org.sublattice.crystal;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.lattice.hcp.HcpPlugin;

    opens org.sublattice.plugin.lattice.hcp to com.google.guice, org.sublattice.core;
}
