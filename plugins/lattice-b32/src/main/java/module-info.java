/** The B32 (NaTl) ordering of BCC ({@code b32}): two interpenetrating diamond sublattices. */
module org.sublattice.plugin.lattice.b32 {
    requires org.sublattice.crystal;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.lattice.b32.B32Plugin;

    opens org.sublattice.plugin.lattice.b32 to com.google.guice, org.sublattice.core;
}
