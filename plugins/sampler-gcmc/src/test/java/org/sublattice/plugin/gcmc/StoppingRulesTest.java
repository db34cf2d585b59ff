package org.sublattice.plugin.gcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.api.run.Blocking;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ChainResult;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.ProgressSink;
import org.sublattice.testkit.PluginKit;

class StoppingRulesTest {
    private static final Supercell SC = Supercell.repeat(new Prim("p", Cell.cubic(3),
            List.of(new Site("s", Vec3.ZERO, List.of("A", "B"), "A"))), 10, 10, 1);

    /** Non-interacting sites: B costs 0.01 eV. */
    private static final BoundHamiltonian SITES = new BoundHamiltonian() {
        @Override
        public Supercell supercell() {
            return SC;
        }

        @Override
        public double energy(byte[] occ) {
            double e = 0;
            for (byte b : occ) {
                e += 0.01 * b;
            }
            return e;
        }

        @Override
        public double deltaFlip(byte[] occ, int site, int nw) {
            return 0.01 * (nw - occ[site]);
        }
    };

    private static ChainResult run(String yaml, double muB) {
        var sampler = PluginKit.discover(Path.of(".")).sampler("gcmc", yaml);
        return sampler.run(new Chain(0, SITES, Configuration.ideal(SC), new ConditionPoint(300, Map.of("B", muB)),
                new SplittableRandom(8), 8, ProgressSink.NONE));
    }

    @Test
    void samplingContinuesUntilTheRequestedCompositionErrorIsReached() {
        ChainResult r = run("{passes: {equilibration: 20, sampling: 20}, precision: {composition: 0.002, max-passes: 100000}}", 0.01);
        assertEquals(1.0, r.scalars().get("precision_met"));
        double[] nB = r.series().get(ChainResult.count("s", "B"));
        assertTrue(nB.length > 20, "chain was not extended: " + nB.length);
        assertTrue(Blocking.meanAndError(nB)[1] / 100 <= 0.002);
        ChainResult capped = run("{passes: {equilibration: 20, sampling: 20}, precision: {composition: 1.0e-6, max-passes: 400}}", 0.01);
        assertEquals(0.0, capped.scalars().get("precision_met"));
        assertTrue(capped.series().get(ChainResult.ENERGY).length <= 400);
    }

    @Test
    void theMserRuleDropsTheTransientOfAChainStartedFarFromEquilibrium() {
        // All A at the start, but μ_B strongly favours B: the first passes are a transient.
        ChainResult r = run("{passes: {equilibration: 0, sampling: 400}}", 0.2);
        assertTrue(r.scalars().get("discarded_samples") > 0, "nothing discarded");
        double[] nB = r.series().get(ChainResult.count("s", "B"));
        assertTrue(nB[0] > 90, "first kept sample still in the transient: " + nB[0]);
        ChainResult none = run("{passes: {equilibration: 0, sampling: 400}, equilibration-detection: none}", 0.2);
        assertEquals(400, none.series().get(ChainResult.ENERGY).length);
    }
}
