/** The B2 (CsCl) ordering of BCC ({@code b2}). */
module org.sublattice.plugin.lattice.b2 {
    requires org.sublattice.crystal;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.lattice.b2.B2Plugin;

    opens org.sublattice.plugin.lattice.b2 to com.google.guice, org.sublattice.core;
}
