/** The γ-brass structure ({@code gamma-brass}, D8<sub>2</sub>, Cu<sub>5</sub>Zn<sub>8</sub> type). */
module org.sublattice.plugin.lattice.gammabrass {
    requires org.sublattice.crystal;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.lattice.gammabrass.GammaBrassPlugin;

    opens org.sublattice.plugin.lattice.gammabrass to com.google.guice, org.sublattice.core;
}
