/**
 * Structure energy models: embedded-atom potentials ({@code eam}: LAMMPS funcfl, setfl and eam/fs
 * files, analytic forms in YAML), the modified embedded-atom method ({@code meam}) and a bridge to an
 * installed LAMMPS ({@code lammps}).
 */
module org.sublattice.plugin.eam {
    requires org.sublattice.crystal;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.eam.EamPlugin;

    opens org.sublattice.plugin.eam to com.google.guice, org.sublattice.core;
}
