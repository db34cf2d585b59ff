/** The face-centred cubic parent lattice ({@code fcc}, A1). */
module org.sublattice.plugin.lattice.fcc {
    requires org.sublattice.crystal;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.lattice.fcc.FccPlugin;

    opens org.sublattice.plugin.lattice.fcc to com.google.guice, org.sublattice.core;
}
