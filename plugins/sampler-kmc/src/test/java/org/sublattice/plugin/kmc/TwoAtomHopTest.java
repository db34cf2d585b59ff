package org.sublattice.plugin.kmc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.ProgressSink;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.testkit.Hamiltonians;
import org.sublattice.testkit.PluginKit;

/**
 * The two-atom hop (SCIENCE.md §5): a Li moves into a vacancy on the other sublattice while a
 * second atom fills the site it left, and the vacancy ends on the second atom's site.
 */
class TwoAtomHopTest {
    private static final PluginKit KIT = PluginKit.discover(Path.of("."));

    /** Basis index of the site of {@code label} at Cartesian {@code r} (units of the cubic a), and its cell. */
    private static int[] site(Prim prim, double a, String label, double x, double y, double z) {
        for (int b = 0; b < prim.size(); b++) {
            if (!prim.basis().get(b).sublattice().equals(label)) {
                continue;
            }
            Vec3 f = prim.cell().toFractional(new Vec3(x * a, y * a, z * a)).minus(prim.basis().get(b).position());
            if (Math.abs(f.x() - Math.rint(f.x())) < 1e-6 && Math.abs(f.y() - Math.rint(f.y())) < 1e-6 && Math.abs(f.z() - Math.rint(f.z())) < 1e-6) {
                return new int[] {b, (int) Math.rint(f.x()), (int) Math.rint(f.y()), (int) Math.rint(f.z())};
            }
        }
        throw new AssertionError("no " + label + " site at " + x + ", " + y + ", " + z);
    }

    private static String yaml(int[]... s) {
        StringBuilder b = new StringBuilder("[");
        for (int[] x : s) {
            b.append(b.length() > 1 ? ", " : "").append("[").append(x[0]).append(", ").append(x[1]).append(", ").append(x[2]).append(", ")
                    .append(x[3]).append("]");
        }
        return b.append("]").toString();
    }

    /** Runs the event on sites A (Li), B (second atom), C (vacancy) and checks where everything went. */
    private static void check(Lattice lattice, double a, int[] siteA, int[] siteB, int[] siteC, String second, String antisiteLabel) {
        Prim prim = lattice.prim();
        String catalog = "events:\n  - name: two-atom\n    sites: " + yaml(siteA, siteB, siteC) + "\n    initial: [Li, " + second
                + ", Va]\n    trajectories: [[0, 2], [1, 0]]\n    kra: 0.3\n";
        List<EventSpec> specs = EventCatalog.parse(catalog, "two-atom", prim);
        Supercell sc = Supercell.repeat(prim, 3, 3, 3);
        EventSystem es = new EventSystem(FactorGroup.of(prim), specs, sc, 0);
        int ia = sc.index(siteA[0], siteA[1] + 1, siteA[2] + 1, siteA[3] + 1);
        int ib = sc.index(siteB[0], siteB[1] + 1, siteB[2] + 1, siteB[3] + 1);
        int ic = sc.index(siteC[0], siteC[1] + 1, siteC[2] + 1, siteC[3] + 1);
        Configuration c = Configuration.ideal(sc);
        byte[] occ = c.occupation();
        occ[ia] = (byte) sc.site(ia).indexOf("Li");
        occ[ib] = (byte) sc.site(ib).indexOf(second);
        occ[ic] = (byte) sc.site(ic).indexOf("Va");
        int event = -1;
        int[] s = new int[es.maxSites];
        for (int e = 0; e < es.count; e++) {
            if (java.util.Arrays.equals(java.util.Arrays.copyOf(s, es.sites(e, s)), new int[] {ia, ib, ic})) {
                event = e;
            }
        }
        assertTrue(event >= 0, "the event at A, B, C is among the expanded events");
        Chain chain = new Chain(0, Hamiltonians.zero(sc), c, new ConditionPoint(300, Map.of()), new SplittableRandom(1), 1, ProgressSink.NONE);
        KmcSampler.Trajectory t = new KmcSampler.Trajectory(es, chain.hamiltonian(), chain, occ, new SplittableRandom(2),
                prim.species());
        assertTrue(t.rate(event) > 0, "the event is available");
        int before = antisites(sc, t.occ, antisiteLabel);
        t.execute(t.slotOf(event));
        assertEquals(second, sc.site(ia).occupants().get(t.occ[ia]), "the second atom ends on A");
        assertEquals("Va", sc.site(ib).occupants().get(t.occ[ib]), "the vacancy ends on the second atom's site");
        assertEquals("Li", sc.site(ic).occupants().get(t.occ[ic]), "the Li ends in the former vacancy");
        // displacements travel with the particles: the Li from A is on C, the second atom from B on A,
        // the vacancy from C on B
        assertArrayEquals(vec(sc, ia, ic), disp(t, ic), 1e-9);
        assertArrayEquals(vec(sc, ib, ia), disp(t, ia), 1e-9);
        assertArrayEquals(vec(sc, ic, ib), disp(t, ib), 1e-9);
        if (second.equals("Li")) {
            assertEquals(before, antisites(sc, t.occ, antisiteLabel), "both movers Li: the antisite count is kept");
        }
    }

    private static double[] disp(KmcSampler.Trajectory t, int site) {
        return new double[] {t.disp[3 * site], t.disp[3 * site + 1], t.disp[3 * site + 2]};
    }

    private static double[] vec(Supercell sc, int from, int to) {
        // nearest image, as the event's own geometry is
        Vec3 d = sc.cell().toFractional(sc.position(to).minus(sc.position(from)));
        Vec3 w = sc.cell().toCartesian(new Vec3(d.x() - Math.rint(d.x()), d.y() - Math.rint(d.y()), d.z() - Math.rint(d.z())));
        return new double[] {w.x(), w.y(), w.z()};
    }

    private static int antisites(Supercell sc, byte[] occ, String label) {
        int n = 0;
        for (int s = 0; s < sc.size(); s++) {
            if (sc.site(s).sublattice().equals(label) && sc.site(s).occupants().get(occ[s]).equals("Li")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void b2TwoAtomHopMovesAtomsAndVacancyAndKeepsAntisitesWhenBothMoversAreLi() {
        Lattice b2 = KIT.lattice("b2", "{a: 3.17, species: {1a: [Li, Va], 1b: [Ag, Li, Va]}}");
        Prim p = b2.prim();
        int[] a = site(p, 3.17, "1a", 0, 0, 0);
        int[] c = site(p, 3.17, "1b", 0.5, 0.5, 0.5);
        int[] bLi = site(p, 3.17, "1b", -0.5, 0.5, 0.5);
        check(b2, 3.17, a, bLi, c, "Li", "1b");
        // with an Ag as the second mover (1a must then allow Ag) the atoms go where they should too
        Lattice mixed = KIT.lattice("b2", "{a: 3.17, species: {1a: [Li, Ag, Va], 1b: [Ag, Li, Va]}}");
        check(mixed, 3.17, a, bLi, c, "Ag", "1b");
    }

    @Test
    void d03TwoAtomHopOfLiOntoTheAgSublattice() {
        Lattice d03 = KIT.lattice("d03", "{a: 6.4, species: {4a: [Ag, Li, Va], 4b: [Li, Va], 8c: [Li, Va]}}");
        Prim p = d03.prim();
        int[] a = site(p, 6.4, "8c", 0.25, 0.25, 0.25);
        int[] c = site(p, 6.4, "4a", 0, 0, 0);
        int[] b = site(p, 6.4, "4a", 0.5, 0.5, 0);
        check(d03, 6.4, a, b, c, "Li", "4a");
    }
}
