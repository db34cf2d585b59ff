/** Thermodynamic analyzers: composition per sublattice, energy and heat capacity, with autocorrelation-aware errors. */
module org.sublattice.plugin.thermo {
    requires org.sublattice.api;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.thermo.ThermoPlugin;

    opens org.sublattice.plugin.thermo to com.google.guice, org.sublattice.core;
}
