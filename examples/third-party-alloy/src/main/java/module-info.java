/** An L1₂ (Cu₃Au-type) lattice for Sublattice. Exports nothing; provides the plugin service. */
module com.example.alloy {
    requires org.sublattice.api;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with com.example.alloy.L12Plugin;

    opens com.example.alloy to com.google.guice, org.sublattice.core;
}
