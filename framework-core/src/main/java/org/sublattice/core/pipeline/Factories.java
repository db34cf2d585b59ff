package org.sublattice.core.pipeline;

import org.sublattice.api.Analyzer;
import org.sublattice.api.AnalyzerFactory;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.HamiltonianFactory;
import org.sublattice.api.Lattice;
import org.sublattice.api.LatticeFactory;
import org.sublattice.api.Sampler;
import org.sublattice.api.SamplerFactory;
import org.sublattice.api.Task;
import org.sublattice.api.TaskFactory;

/**
 * Calls a bound component's factory. The casts are safe: the binder built the parameter record
 * from the factory's own {@code parameters()} type, and the registry checked the factory's role.
 */
@SuppressWarnings("unchecked")
public final class Factories {
    private Factories() {
    }

    public static Lattice lattice(BoundComponent c, BuildContext ctx) {
        return ((LatticeFactory<Record>) c.component().factory()).create(c.parameters(), ctx);
    }

    public static Hamiltonian hamiltonian(BoundComponent c, Lattice lattice, BuildContext ctx) {
        return ((HamiltonianFactory<Record>) c.component().factory()).create(c.parameters(), lattice, ctx);
    }

    public static Sampler sampler(BoundComponent c, BuildContext ctx) {
        return ((SamplerFactory<Record>) c.component().factory()).create(c.parameters(), ctx);
    }

    public static Analyzer analyzer(BoundComponent c, BuildContext ctx) {
        return ((AnalyzerFactory<Record>) c.component().factory()).create(c.parameters(), ctx);
    }

    public static Task task(BoundComponent c, Lattice lattice, BuildContext ctx) {
        return ((TaskFactory<Record>) c.component().factory()).create(c.parameters(), lattice, ctx);
    }
}
