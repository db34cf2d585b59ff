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
