package org.sublattice.plugin.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.ProgressSink;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.LocalClusterSpace;
import org.sublattice.testkit.Hamiltonians;
import org.sublattice.testkit.PluginKit;

/** E_KRA from a local cluster expansion around each hop, evaluated at every symmetry-equivalent hop. */
class LocalKraTest {
    private static final PluginKit KIT = PluginKit.discover(Path.of("."));

    @Test
    void theBarrierOfEveryHopCountsTheVacanciesAroundItsOwnSites() {
        Lattice fcc = KIT.lattice("fcc", "{a: 4.0, species: {4a: [Li, Va]}}");
        var hop = List.of(new org.sublattice.api.crystal.SiteCoord(0, 0, 0, 0), new org.sublattice.api.crystal.SiteCoord(0, 1, 0, 0));
        // local orbits around an FCC NN hop, points only: function 1 = the 4 common neighbours of both ends
        var space = new LocalClusterSpace(FactorGroup.of(fcc.prim()), hop, 2.9, new double[] {0, 0});
        assertEquals(4, space.orbits().get(1).members().size());
        String catalog = "events:\n  - name: nn\n    sites: [[0, 0, 0, 0], [0, 1, 0, 0]]\n    initial: [Li, Va]\n"
                + "    kra: {local: {cutoff-radius: 2.9, eci: {0: 0.10, 1: 0.02}}}\n";
        List<EventSpec> specs = EventCatalog.parse(catalog, "local", fcc.prim());
        Supercell sc = Supercell.repeat(fcc.prim(), 5, 5, 5);
        EventSystem es = new EventSystem(FactorGroup.of(fcc.prim()), specs, sc, 2.9);
        byte[] occ = Configuration.ideal(sc).occupation();
        SplittableRandom r = new SplittableRandom(4);
        for (int s = 0; s < occ.length; s++) {
            occ[s] = (byte) (r.nextDouble() < 0.3 ? 1 : 0);
        }
        BoundHamiltonian zero = Hamiltonians.zero(sc);
        ConditionPoint cond = new ConditionPoint(300, Map.of());
        Chain chain = new Chain(0, zero, new Configuration(sc, occ), cond, new SplittableRandom(1), 1, ProgressSink.NONE);
        KmcSampler.Trajectory t = new KmcSampler.Trajectory(es, zero, chain, occ, new SplittableRandom(2), fcc.prim().species());
        double nn = 4.0 / Math.sqrt(2);
        int checked = 0;
        int[] sites = new int[es.maxSites];
        for (int e = 0; e < es.count; e++) {
            if (t.rate(e) == 0) {
                continue;
            }
            es.sites(e, sites);
            int a = sites[0];
            int b = sites[1];
            // vacancies that are nearest neighbours of both ends (other than the ends)
            int common = 0;
            for (int s = 0; s < occ.length; s++) {
                if (s != a && s != b && occ[s] == 1 && Math.abs(distance(sc, s, a) - nn) < 1e-6 && Math.abs(distance(sc, s, b) - nn) < 1e-6) {
                    common++;
                }
            }
            double expected = 1e13 * Math.exp(-cond.beta() * (0.10 + 0.02 * common));
            assertEquals(expected, t.rate(e), 1e-9 * expected, "event " + e + " with " + common + " common vacancies");
            checked++;
        }
        assertTrue(checked > 100, "too few available hops checked: " + checked);
    }

    @Test
    void aLocalFunctionThatDoesNotExistIsNamed() {
        Lattice fcc = KIT.lattice("fcc", "{a: 4.0, species: {4a: [Li, Va]}}");
        String catalog = "events:\n  - name: nn\n    sites: [[0, 0, 0, 0], [0, 1, 0, 0]]\n    initial: [Li, Va]\n"
                + "    kra: {local: {cutoff-radius: 2.9, eci: {0: 0.1, 99: 0.02}}}\n";
        List<EventSpec> specs = EventCatalog.parse(catalog, "local", fcc.prim());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new EventSystem(FactorGroup.of(fcc.prim()), specs, Supercell.repeat(fcc.prim(), 3, 3, 3), 2.9));
        assertTrue(e.getMessage().contains("local E_KRA function 99 does not exist"), e.getMessage());
    }

    private static double distance(Supercell sc, int a, int b) {
        var c = sc.cell();
        var f = c.toFractional(sc.position(b).minus(sc.position(a)));
        var w = new org.sublattice.api.crystal.Vec3(f.x() - Math.rint(f.x()), f.y() - Math.rint(f.y()), f.z() - Math.rint(f.z()));
        return c.toCartesian(w).norm();
    }
}
