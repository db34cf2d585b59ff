package org.sublattice.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sublattice.api.Sampler;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ChainResult;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.ProgressSink;

/**
 * The contract every equilibrium sampler passes: the same seed gives the same chain, and on a toy
 * system of four interacting binary sites the sampled states occur with their Boltzmann
 * frequencies (a chi-square test over every state, p above {@link #P_MIN}). Subclasses give the
 * samplers, each configured to sample every {@code thin} passes.
 */
public abstract class SamplerContract {
    /** Smallest acceptable p-value of the chi-square test (fixed seeds, so the test is repeatable). */
    public static final double P_MIN = 1e-4;
    /** Sites of the toy system. */
    public static final int SITES = 4;

    /** Which ensemble a sampler samples. */
    public enum Ensemble { SEMI_GRAND, CANONICAL }

    /**
     * @param name test name
     * @param sampler the sampler, configured for many samples (tens of thousands)
     * @param ensemble the ensemble it samples
     */
    public record Case(String name, Sampler sampler, Ensemble ensemble) {
    }

    protected abstract Stream<Case> samplers();

    @TestFactory
    Stream<DynamicTest> theSameSeedGivesTheSameChain() {
        return samplers().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ChainResult a = run(c, 42);
            ChainResult b = run(c, 42);
            assertArrayEquals(a.series().get(ChainResult.ENERGY), b.series().get(ChainResult.ENERGY));
        }));
    }

    @TestFactory
    Stream<DynamicTest> statesOccurWithBoltzmannFrequencies() {
        return samplers().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ToyHamiltonian h = toy();
            ConditionPoint cond = conditions();
            byte[] start = start(c);
            // Every state reachable in the ensemble, with its weight exp(−β(E − μ N_B)).
            List<byte[]> states = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            int nb0 = count(start);
            for (int code = 0; code < 1 << SITES; code++) {
                byte[] s = new byte[SITES];
                for (int i = 0; i < SITES; i++) {
                    s[i] = (byte) ((code >> i) & 1);
                }
                if (c.ensemble() == Ensemble.CANONICAL && count(s) != nb0) {
                    continue;
                }
                states.add(s);
                weights.add(Math.exp(-cond.beta() * (h.energy(s) - cond.mu("B") * count(s))));
            }
            double z = weights.stream().mapToDouble(Double::doubleValue).sum();
            double[] energy = run(c, h, start, 7).series().get(ChainResult.ENERGY);
            long[] observed = new long[states.size()];
            for (double e : energy) {
                observed[stateOf(h, states, e)]++;
            }
            double chi2 = 0;
            for (int k = 0; k < states.size(); k++) {
                double expected = energy.length * weights.get(k) / z;
                chi2 += (observed[k] - expected) * (observed[k] - expected) / expected;
            }
            double p = Statistics.chiSquarePValue(chi2, states.size() - 1);
            assertTrue(p > P_MIN, c.name() + ": chi-square " + chi2 + " over " + states.size() + " states from " + energy.length
                    + " samples, p = " + p);
        }));
    }

    private static int stateOf(ToyHamiltonian h, List<byte[]> states, double e) {
        for (int k = 0; k < states.size(); k++) {
            if (Math.abs(h.energy(states.get(k)) - e) < 1e-9) {
                return k;
            }
        }
        throw new AssertionError("sampled energy " + e + " is not the energy of any allowed state");
    }

    private static int count(byte[] s) {
        int n = 0;
        for (byte b : s) {
            n += b;
        }
        return n;
    }

    private static ToyHamiltonian toy() {
        return new ToyHamiltonian(List.of("A", "B"), SITES, 0.05, 5);
    }

    private static ConditionPoint conditions() {
        return new ConditionPoint(600, Map.of("B", 0.02));
    }

    private static byte[] start(Case c) {
        return c.ensemble() == Ensemble.CANONICAL ? new byte[] {1, 1, 0, 0} : new byte[SITES];
    }

    private ChainResult run(Case c, long seed) {
        return run(c, toy(), start(c), seed);
    }

    private static ChainResult run(Case c, ToyHamiltonian h, byte[] start, long seed) {
        Chain chain = new Chain(0, h, new Configuration(h.supercell(), start), conditions(), new SplittableRandom(seed), seed,
                ProgressSink.NONE);
        ChainResult r = c.sampler().run(chain);
        assertEquals(r.finalState().occupation().length, SITES);
        return r;
    }
}
