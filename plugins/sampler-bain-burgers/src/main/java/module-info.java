/**
 * Bain and Burgers strain-path scans ({@code bain-burgers} sampler) and their analysis ({@code
 * strain-path}: energy tables and plots, structures as POSCAR, end points named by symmetry).
 */
module org.sublattice.plugin.strainpath {
    requires org.sublattice.crystal;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.strainpath.StrainPathPlugin;

    opens org.sublattice.plugin.strainpath to com.google.guice, org.sublattice.core;
}
