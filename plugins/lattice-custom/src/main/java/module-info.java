/** The {@code prim} lattice: any prim, given inline or read from a CASM prim.json or a POSCAR. */
module org.sublattice.plugin.lattice.custom {
    requires org.sublattice.crystal;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.lattice.custom.CustomLatticePlugin;

    opens org.sublattice.plugin.lattice.custom to com.google.guice, org.sublattice.core;
}
