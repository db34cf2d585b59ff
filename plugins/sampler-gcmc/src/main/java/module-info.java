/** Metropolis Monte Carlo samplers: semi-grand canonical ({@code gcmc}) and canonical ({@code canonical}). */
module org.sublattice.plugin.gcmc {
    requires org.sublattice.api;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.gcmc.GcmcPlugin;

    opens org.sublattice.plugin.gcmc to com.google.guice, org.sublattice.core;
}
