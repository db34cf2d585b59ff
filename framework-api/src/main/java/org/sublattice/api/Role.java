package org.sublattice.api;

import java.util.Locale;

/** The roles a plugin component can play in a pipeline. Each role has its own factory interface. */
public enum Role {
    /** A parent crystal with its sublattices and allowed occupants: {@link LatticeFactory}. */
    LATTICE(LatticeFactory.class),
    /** An energy model of configurations on a lattice: {@link HamiltonianFactory}. */
    HAMILTONIAN(HamiltonianFactory.class),
    /** A Monte Carlo chain or scan run at given conditions: {@link SamplerFactory}. */
    SAMPLER(SamplerFactory.class),
    /** Turns a stage's chain results into tables and plots: {@link AnalyzerFactory}. */
    ANALYZER(AnalyzerFactory.class),
    /**
     * A one-shot job that is a stage of its own (fitting a model to data, enumerating
     * structures): {@link TaskFactory}. It may produce a Hamiltonian for later stages.
     */
    TASK(TaskFactory.class);

    private final Class<?> factoryType;

    Role(Class<?> factoryType) {
        this.factoryType = factoryType;
    }

    /** The factory interface a contribution of this role must implement. */
    public Class<?> factoryType() {
        return factoryType;
    }

    /** The name used in YAML pipelines and on the command line, e.g. {@code sampler}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
