/** The body-centred cubic parent lattice ({@code bcc}, A2). */
module org.sublattice.plugin.lattice.bcc {
    requires org.sublattice.crystal;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.lattice.bcc.BccPlugin;

    opens org.sublattice.plugin.lattice.bcc to com.google.guice, org.sublattice.core;
}
