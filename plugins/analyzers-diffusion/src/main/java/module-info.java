/** Diffusion analyzers: tracer and collective D, correlation factors, Haven ratio; the dilute-limit formula. */
module org.sublattice.plugin.diffusion {
    requires org.sublattice.api;
    requires static com.google.auto.service;

    provides org.sublattice.api.SublatticePlugin with org.sublattice.plugin.diffusion.DiffusionPlugin;

    opens org.sublattice.plugin.diffusion to com.google.guice, org.sublattice.core;
}
