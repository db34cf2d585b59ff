/** Test fixture: a square-lattice Ising model as a drop-in plugin. */
module org.sublattice.fixture {
    requires org.sublattice.api;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.fixture.FixturePlugin;

    opens org.sublattice.fixture to com.google.guice, org.sublattice.core;
}
