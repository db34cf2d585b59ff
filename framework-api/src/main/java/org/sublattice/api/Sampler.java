package org.sublattice.api;

import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ChainResult;

/**
 * Runs one Markov chain (or trajectory, or scan) at one condition point.
 *
 * <p>Contract: the result depends only on the chain's initial configuration, conditions and
 * random generator (same seed, same numbers, whatever the thread), the sampler changes the
 * chain's configuration in place so that it holds the final state when {@code run} returns, it
 * reports progress through {@link Chain#progress()} in coarse increments, and it stops early, with
 * what it has, when {@link Chain#progress()} says the run is cancelled. Implementations are
 * immutable; one instance serves many chains concurrently.
 */
public interface Sampler {

    /** Total trial steps (or events) the sampler will make for one chain of this supercell size. */
    long plannedSteps(int sites);

    /** Runs the chain. */
    ChainResult run(Chain chain);
}
