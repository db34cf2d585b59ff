/**
 * Crystallographic algorithms on the API's crystal values: factor groups, cluster orbits,
 * structure files, and enumeration of supercells, orderings and hop environments. A library
 * module in the host layer that plugins may require.
 */
module org.sublattice.crystal {
    requires transitive org.sublattice.api;
    requires com.fasterxml.jackson.databind;

    exports org.sublattice.crystal;
    exports org.sublattice.crystal.io;
    exports org.sublattice.crystal.lattice;
    exports org.sublattice.crystal.enumerate;
}
