package org.sublattice.api.run;

import java.util.random.RandomGenerator;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Configuration;

/**
 * Everything one chain needs: the bound Hamiltonian, the configuration it starts from (changed in
 * place), its conditions, a random generator seeded for this chain alone, and a progress sink.
 * Owned by one thread.
 *
 * @param index the condition point's index in its stage
 * @param seed the seed {@code random} was created from (for checkpoints and reports)
 */
public record Chain(int index, BoundHamiltonian hamiltonian, Configuration configuration, ConditionPoint conditions,
        RandomGenerator random, long seed, ProgressSink progress) {
    public Chain {
        Checks.notNull(hamiltonian, "hamiltonian");
        Checks.notNull(configuration, "configuration");
        Checks.notNull(conditions, "conditions");
        Checks.notNull(random, "random");
        Checks.notNull(progress, "progress");
        if (configuration.supercell() != hamiltonian.supercell()) {
            throw new IllegalArgumentException("configuration and Hamiltonian are bound to different supercells");
        }
    }
}
