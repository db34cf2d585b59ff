package org.sublattice.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.crystal.FactorGroup;

/**
 * The contract every {@link Hamiltonian} passes: energy changes of single-site changes, swaps and
 * multi-site events equal full-recompute differences, the arguments come back unchanged,
 * symmetry-equivalent configurations have equal energies, and per-chain views agree. Subclass it
 * and list the systems to test; each becomes a dynamic test.
 */
public abstract class HamiltonianContract {
    /** Agreement required between local and full-recompute energies (eV). */
    public static final double TOLERANCE = 1e-10;

    /**
     * A system: a Hamiltonian bound to a supercell that every factor-group operation of its prim
     * maps onto itself (n×n×n repeats do).
     *
     * @param name for test names
     * @param hamiltonian the model
     * @param supercell the supercell
     */
    public record TestSystem(String name, Hamiltonian hamiltonian, Supercell supercell) {
    }

    /** The systems to test. */
    protected abstract Stream<TestSystem> systems();

    /** Random moves of each kind per system (flips, swaps, three-site events). */
    protected int movesPerKind() {
        return 10_000;
    }

    @TestFactory
    Stream<DynamicTest> localEnergyChangesEqualFullRecomputeDifferences() {
        return systems().map(s -> DynamicTest.dynamicTest(s.name(), () -> checkLocalChanges(s)));
    }

    @TestFactory
    Stream<DynamicTest> symmetryEquivalentConfigurationsHaveEqualEnergies() {
        return systems().map(s -> DynamicTest.dynamicTest(s.name(), () -> checkSymmetry(s)));
    }

    private void checkLocalChanges(TestSystem s) {
        Supercell sc = s.supercell();
        BoundHamiltonian h = s.hamiltonian().bind(sc).forChain();
        SplittableRandom r = new SplittableRandom(11);
        byte[] occ = random(sc, r);
        double e = h.energy(occ);
        int[] sites = new int[3];
        byte[] nw = new byte[3];
        for (int n = 0; n < movesPerKind(); n++) {
            int site = r.nextInt(occ.length);
            int v = r.nextInt(sc.site(site).occupants().size());
            byte[] before = occ.clone();
            double d = h.deltaFlip(occ, site, v);
            assertArrayEquals(before, occ, "deltaFlip changed the occupation");
            occ[site] = (byte) v;
            double e2 = h.energy(occ);
            assertEquals(e2 - e, d, TOLERANCE, s.name() + ": flip " + n + " of site " + site);
            e = e2;
        }
        for (int n = 0; n < movesPerKind(); n++) {
            int a = r.nextInt(occ.length);
            int b = partner(sc, a, r);
            double d = h.deltaSwap(occ, a, b);
            byte t = occ[a];
            occ[a] = occ[b];
            occ[b] = t;
            double e2 = h.energy(occ);
            assertEquals(e2 - e, d, TOLERANCE, s.name() + ": swap " + n + " of sites " + a + ", " + b);
            e = e2;
        }
        for (int n = 0; n < movesPerKind(); n++) {
            for (int k = 0; k < 3; k++) {
                sites[k] = r.nextInt(occ.length);
                nw[k] = (byte) r.nextInt(sc.site(sites[k]).occupants().size());
            }
            byte[] copy = nw.clone();
            double d = h.deltaEvent(occ, sites, nw, 3);
            assertArrayEquals(copy, nw, "deltaEvent changed its arguments");
            for (int k = 0; k < 3; k++) {
                occ[sites[k]] = nw[k];
            }
            double e2 = h.energy(occ);
            assertEquals(e2 - e, d, TOLERANCE, s.name() + ": event " + n);
            e = e2;
        }
    }

    private void checkSymmetry(TestSystem s) {
        Supercell sc = s.supercell();
        BoundHamiltonian h = s.hamiltonian().bind(sc);
        FactorGroup g = FactorGroup.of(sc.prim());
        byte[] occ = random(sc, new SplittableRandom(3));
        double e = h.energy(occ);
        for (int op = 0; op < g.size(); op++) {
            byte[] image = new byte[occ.length];
            for (int x = 0; x < occ.length; x++) {
                int[] t = sc.translation(x);
                SiteCoord to = g.apply(op, new SiteCoord(sc.basis(x), t[0], t[1], t[2]));
                image[sc.index(to.b(), to.i(), to.j(), to.k())] = occ[x];
            }
            assertEquals(e, h.energy(image), TOLERANCE * Math.max(1, Math.abs(e)), s.name() + ": operation " + op);
        }
    }

    private static byte[] random(Supercell sc, SplittableRandom r) {
        byte[] occ = new byte[sc.size()];
        for (int x = 0; x < occ.length; x++) {
            occ[x] = (byte) r.nextInt(sc.site(x).occupants().size());
        }
        return occ;
    }

    private static int partner(Supercell sc, int a, SplittableRandom r) {
        while (true) {
            int b = r.nextInt(sc.size());
            if (sc.site(b).occupants().equals(sc.site(a).occupants())) {
                return b;
            }
        }
    }
}
