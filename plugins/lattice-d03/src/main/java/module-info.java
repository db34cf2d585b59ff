/** The D0<sub>3</sub> (BiF<sub>3</sub>) ordering of BCC ({@code d03}). */
module org.sublattice.plugin.lattice.d03 {
    requires org.sublattice.crystal;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.lattice.d03.D03Plugin;

    opens org.sublattice.plugin.lattice.d03 to com.google.guice, org.sublattice.core;
}
