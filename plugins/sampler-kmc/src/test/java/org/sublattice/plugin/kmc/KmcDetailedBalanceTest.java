package org.sublattice.plugin.kmc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.ProgressSink;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.testkit.PluginKit;
import org.sublattice.testkit.Statistics;

/**
 * Kinetic Monte Carlo with interactions obeys detailed balance: on a ring of four sites holding
 * two atoms and two vacancies, with point and pair interactions, the state seen at regular time
 * intervals occurs with its Boltzmann weight (chi-square over the six states).
 */
class KmcDetailedBalanceTest {
    @TempDir
    Path dir;

    @Test
    void timeSampledStatesFollowTheBoltzmannDistribution() throws Exception {
        Files.writeString(dir.resolve("ring.yaml"), "name: ring\nbasis: occupation\nclusters: {2: 6.1}\neci: {1: 0.03, 2: 0.02, 3: -0.015}\n");
        PluginKit kit = PluginKit.discover(dir);
        Lattice ring = kit.lattice("prim", "{name: ring, vectors: [[3, 0, 0], [0, 10, 0], [0, 0, 10]], "
                + "sites: [{position: [0, 0, 0], occupants: [Li, Va], label: s}]}");
        Supercell sc = Supercell.repeat(ring.prim(), 4, 1, 1);
        BoundHamiltonian h = kit.hamiltonian("cluster-expansion", "{model: ring.yaml}", ring).bind(sc).forChain();
        List<EventSpec> specs = EventCatalog.parse("events:\n  - name: hop\n    sites: [[0, 0, 0, 0], [0, 1, 0, 0]]\n"
                + "    initial: [Li, Va]\n    kra: 0.05\n", "ring", ring.prim());
        EventSystem es = new EventSystem(FactorGroup.of(ring.prim()), specs, sc, h.interactionRange());
        byte[] start = {0, 0, 1, 1};
        ConditionPoint cond = new ConditionPoint(300, Map.of());
        Chain chain = new Chain(0, h, new Configuration(sc, start), cond, new SplittableRandom(1), 1, ProgressSink.NONE);
        KmcSampler.Trajectory t = new KmcSampler.Trajectory(es, h, chain, start, new SplittableRandom(3), ring.prim().species());
        // the six states with two atoms, and their exact probabilities
        int[] codes = {3, 5, 6, 9, 10, 12};
        double[] w = new double[codes.length];
        double z = 0;
        for (int k = 0; k < codes.length; k++) {
            w[k] = Math.exp(-cond.beta() * h.energy(state(codes[k])));
            z += w[k];
        }
        // sample the state at fixed time intervals, a few mean residence times apart
        double dt = 20 / t.totalRate();
        long[] seen = new long[codes.length];
        int samples = 20000;
        double next = dt;
        for (int n = 0; n < samples; ) {
            double before = t.time;
            int code = code(t.occ);
            t.run(1, Double.POSITIVE_INFINITY);
            while (next <= t.time && n < samples) {
                // the state between 'before' and the event was 'code'
                if (next >= before) {
                    seen[index(codes, code)]++;
                    n++;
                }
                next += dt;
            }
        }
        double chi2 = 0;
        for (int k = 0; k < codes.length; k++) {
            double expected = samples * w[k] / z;
            chi2 += (seen[k] - expected) * (seen[k] - expected) / expected;
        }
        double p = Statistics.chiSquarePValue(chi2, codes.length - 1);
        assertTrue(p > 1e-4, "chi-square " + chi2 + ", p = " + p + ", counts " + java.util.Arrays.toString(seen));
    }

    private static byte[] state(int code) {
        byte[] s = new byte[4];
        for (int i = 0; i < 4; i++) {
            s[i] = (byte) (((code >> i) & 1) == 1 ? 0 : 1); // bit set = Li (occupant 0)
        }
        return s;
    }

    private static int code(byte[] occ) {
        int c = 0;
        for (int i = 0; i < 4; i++) {
            if (occ[i] == 0) {
                c |= 1 << i;
            }
        }
        return c;
    }

    private static int index(int[] codes, int code) {
        for (int k = 0; k < codes.length; k++) {
            if (codes[k] == code) {
                return k;
            }
        }
        throw new AssertionError("state " + code + " has " + Integer.bitCount(code) + " atoms");
    }
}
