package org.sublattice.plugin.kmc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Recomputing only the rates near an event gives exactly what recomputing every rate gives: the
 * same Hamiltonian, once with its interaction range and once without (so every rate is
 * recomputed after every event), drives two trajectories from the same random stream through
 * identical states and times, on a non-diagonal D0₃ supercell with vacancies on two sublattices.
 */
class IncrementalUpdateTest {
    @TempDir
    Path dir;

    @Test
    void updatingRatesNearEachEventMatchesRecomputingAll() throws Exception {
        Files.writeString(dir.resolve("d03.yaml"), "name: d03\nbasis: occupation\nclusters: {2: 4.6}\n"
                + "eci: {1: 0.05, 2: -0.04, 3: 0.03, 4: 0.02, 5: -0.03, 6: 0.01, 7: 0.02}\n");
        PluginKit kit = PluginKit.discover(dir);
        Lattice d03 = kit.lattice("d03", "{a: 6.4, species: {4a: [Ag, Li], 4b: [Li, Va], 8c: [Li, Va]}}");
        var prim = d03.prim();
        Supercell sc = Supercell.of(prim, new int[][] {{-2, 2, 2}, {2, -2, 2}, {2, 2, -2}});
        BoundHamiltonian local = kit.hamiltonian("cluster-expansion", "{model: d03.yaml}", d03).bind(sc).forChain();
        BoundHamiltonian everywhere = unbounded(local);
        // the shortest hop between sites that take both Li and vacancies (4b–8c)
        var hop = prim.neighbours(3.0).stream()
                .filter(n -> prim.basis().get(n.from()).occupants().contains("Va") && prim.basis().get(n.to()).occupants().contains("Va"))
                .findFirst().orElseThrow();
        String there = "[[" + hop.from() + ", 0, 0, 0], [" + hop.to() + ", " + hop.i() + ", " + hop.j() + ", " + hop.k() + "]]";
        String back = "[[" + hop.to() + ", 0, 0, 0], [" + hop.from() + ", " + -hop.i() + ", " + -hop.j() + ", " + -hop.k() + "]]";
        List<EventSpec> specs = EventCatalog.parse("events:\n  - name: there\n    sites: " + there + "\n    initial: [Li, Va]\n    kra: 0.1\n"
                + "  - name: back\n    sites: " + back + "\n    initial: [Li, Va]\n    kra: 0.15\n", "hops", prim);
        FactorGroup group = FactorGroup.of(prim);
        EventSystem near = new EventSystem(group, specs, sc, local.interactionRange());
        EventSystem all = new EventSystem(group, specs, sc, everywhere.interactionRange());
        assertTrue(all.global() && !near.global());
        byte[] start = Configuration.ideal(sc).occupation();
        SplittableRandom r = new SplittableRandom(8);
        for (int s = 0; s < start.length; s++) {
            if (sc.site(s).occupants().contains("Va") && r.nextDouble() < 0.15) {
                start[s] = (byte) sc.site(s).indexOf("Va");
            }
        }
        ConditionPoint cond = new ConditionPoint(600, Map.of());
        Chain chain = new Chain(0, local, new Configuration(sc, start), cond, new SplittableRandom(1), 1, ProgressSink.NONE);
        var a = new KmcSampler.Trajectory(near, local, chain, start, new SplittableRandom(3), prim.species());
        var b = new KmcSampler.Trajectory(all, everywhere, chain, start, new SplittableRandom(3), prim.species());
        for (int n = 0; n < 3000; n++) {
            a.run(1, Double.POSITIVE_INFINITY);
            b.run(1, Double.POSITIVE_INFINITY);
            assertArrayEquals(b.occ, a.occ, "state after event " + n);
            assertEquals(b.time, a.time, 0, "time after event " + n);
        }
        assertArrayEquals(b.disp, a.disp, 0);
        assertEquals(3000, a.events, "events run");
    }

    /**
     * Moving the displacements a batch of events at a time (as large supercells do) leaves every
     * displacement, hop count and state as moving them after each event does, including a batch
     * cut short by the end of a run and runs of a single event in between.
     */
    @Test
    void batchedDisplacementMovesMatchMovesAfterEachEvent() throws Exception {
        Files.writeString(dir.resolve("b2.yaml"), "name: b2\nbasis: occupation\nclusters: {2: 3.5}\n"
                + "eci: {1: 0.05, 2: -0.04, 3: 0.03, 4: 0.02}\n");
        PluginKit kit = PluginKit.discover(dir);
        Lattice b2 = kit.lattice("b2", "{a: 3.1, species: {1a: [Li, Va], 1b: [Al, Li, Va]}}");
        var prim = b2.prim();
        Supercell sc = Supercell.of(prim, new int[][] {{4, 0, 0}, {0, 4, 0}, {1, 0, 5}});
        BoundHamiltonian h = kit.hamiltonian("cluster-expansion", "{model: b2.yaml}", b2).bind(sc).forChain();
        List<EventSpec> specs = EventCatalog.parse("events:\n"
                + "  - name: nn\n    sites: [[0, 0, 0, 0], [1, 0, 0, 0]]\n    initial: [Li, Va]\n    kra: 0.1\n"
                + "  - name: back\n    sites: [[1, 0, 0, 0], [0, 1, 1, 1]]\n    initial: [Li, Va]\n    kra: 0.12\n"
                + "  - name: two-atom\n    sites: [[0, 0, 0, 0], [1, -1, 0, 0], [1, 0, 0, 0]]\n    initial: [Li, Li, Va]\n"
                + "    trajectories: [[0, 2], [1, 0]]\n    kra: 0.2\n", "hops", prim);
        EventSystem es = new EventSystem(FactorGroup.of(prim), specs, sc, h.interactionRange());
        byte[] start = Configuration.ideal(sc).occupation();
        SplittableRandom r = new SplittableRandom(5);
        for (int s = 0; s < start.length; s++) {
            var site = sc.site(s);
            if (site.occupants().contains("Va") && r.nextDouble() < 0.2) {
                start[s] = (byte) site.indexOf("Va");
            } else if (site.occupants().contains("Al") && r.nextDouble() < 0.3) {
                start[s] = (byte) site.indexOf("Li");
            }
        }
        Chain chain = new Chain(0, h, new Configuration(sc, start), new ConditionPoint(500, Map.of()), new SplittableRandom(1), 1,
                ProgressSink.NONE);
        var each = new KmcSampler.Trajectory(es, h, chain, start, new SplittableRandom(4), prim.species(), 1);
        var batched = new KmcSampler.Trajectory(es, h, chain, start, new SplittableRandom(4), prim.species(), 7);
        for (int run : new int[] {1000, 1, 1, 23, 500}) {
            each.run(run, Double.POSITIVE_INFINITY);
            batched.run(run, Double.POSITIVE_INFINITY);
            assertArrayEquals(each.occ, batched.occ, "state after a run of " + run);
            assertArrayEquals(each.disp, batched.disp, 0, "displacements after a run of " + run);
            assertArrayEquals(each.hops, batched.hops, 0, "hop counts after a run of " + run);
            assertArrayEquals(each.hopR2, batched.hopR2, 0, "squared hop lengths after a run of " + run);
        }
        assertTrue(each.hops[prim.species().indexOf("Li")] > 1000, "Li hops: " + each.hops[prim.species().indexOf("Li")]);
        double moved = 0;
        for (double x : each.disp) {
            moved += Math.abs(x);
        }
        assertTrue(moved > 0, "some particle moved");
    }

    /** The same energies with the default (infinite) interaction range. */
    private static BoundHamiltonian unbounded(BoundHamiltonian h) {
        return new BoundHamiltonian() {
            @Override
            public Supercell supercell() {
                return h.supercell();
            }

            @Override
            public double energy(byte[] occupation) {
                return h.energy(occupation);
            }

            @Override
            public double deltaFlip(byte[] occupation, int site, int newOccupant) {
                return h.deltaFlip(occupation, site, newOccupant);
            }

            @Override
            public double deltaEvent(byte[] occupation, int[] sites, byte[] newOccupants, int count) {
                return h.deltaEvent(occupation, sites, newOccupants, count);
            }
        };
    }
}
