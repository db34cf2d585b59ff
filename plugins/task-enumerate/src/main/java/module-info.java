/** The {@code enumerate} task: symmetry-distinct supercells and orderings as POSCAR sets with a manifest, in a pipeline stage. */
module org.sublattice.plugin.enumerate {
    requires org.sublattice.crystal;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.enumerate.EnumeratePlugin;

    opens org.sublattice.plugin.enumerate to com.google.guice, org.sublattice.core;
}
