package org.sublattice.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.Supercell;

class LocalExpansionTest {

    private static byte[] random(Supercell sc, SplittableRandom r) {
        byte[] occ = new byte[sc.size()];
        for (int s = 0; s < occ.length; s++) {
            occ[s] = (byte) r.nextInt(sc.site(s).occupants().size());
        }
        return occ;
    }

    @Test
    void theValueAtAnEquivalentEventOfTheMappedConfigurationIsTheSame() {
        // A KRA-like local expansion around an FCC nearest-neighbour hop, with random coefficients:
        // carrying both the configuration and the event by a symmetry operation leaves it unchanged.
        Prim fcc = Prims.fcc("Ag", "Li", "Va");
        FactorGroup g = FactorGroup.of(fcc);
        LocalClusterSpace space = new LocalClusterSpace(g, List.of(new SiteCoord(0, 0, 0, 0), new SiteCoord(0, 1, 0, 0)), 2.9,
                new double[] {0, 0, 2.9});
        SplittableRandom r = new SplittableRandom(1);
        double[] eci = new double[LocalExpansion.functionCount(space)];
        for (int i = 0; i < eci.length; i++) {
            eci[i] = r.nextDouble(-0.1, 0.1);
        }
        LocalExpansion kra = new LocalExpansion(space, SiteBasis.occupation(fcc), eci);
        Supercell sc = Supercell.repeat(fcc, 5, 5, 5);
        byte[] occ = random(sc, r);
        double at = kra.place(sc, 0, 2, 1, 3).value(occ);
        for (int op = 0; op < g.size(); op++) {
            byte[] image = new byte[occ.length];
            for (int x = 0; x < occ.length; x++) {
                int[] t = sc.translation(x);
                SiteCoord to = g.apply(op, new SiteCoord(sc.basis(x), t[0], t[1], t[2]));
                image[sc.index(to.b(), to.i(), to.j(), to.k())] = occ[x];
            }
            // the event (identity, translated by (2,1,3)) carried by op: op applied to the translated prototype
            SiteCoord moved = g.apply(op, new SiteCoord(0, 2, 1, 3));
            SiteCoord origin = g.apply(op, new SiteCoord(0, 0, 0, 0));
            double mapped = kra.place(sc, op, moved.i() - origin.i(), moved.j() - origin.j(), moved.k() - origin.k()).value(image);
            assertEquals(at, mapped, 1e-12, "operation " + op);
        }
    }

    @Test
    void aConstantAndOnePointCoefficientCountNeighbouringVacancies() {
        Prim fcc = Prims.fcc("Ag", "Va");
        FactorGroup g = FactorGroup.of(fcc);
        LocalClusterSpace space = new LocalClusterSpace(g, List.of(new SiteCoord(0, 0, 0, 0), new SiteCoord(0, 1, 0, 0)), 2.9,
                new double[] {0, 0});
        // functions: constant, then point orbits ordered by reach (first: the 4 common neighbours)
        double[] eci = new double[LocalExpansion.functionCount(space)];
        eci[0] = 0.25;
        eci[1] = 0.01;
        LocalExpansion kra = new LocalExpansion(space, SiteBasis.occupation(fcc), eci);
        Supercell sc = Supercell.repeat(fcc, 4, 4, 4);
        byte[] occ = new byte[sc.size()];
        assertEquals(0.25, kra.place(sc, 0, 0, 0, 0).value(occ), 1e-15);
        // vacancies on the common neighbours of sites (0,0,0) and (1,0,0) of the FCC primitive cell
        int n = 0;
        for (List<SiteCoord> m : space.orbits().get(1).members()) {
            occ[sc.index(m.get(0).b(), m.get(0).i(), m.get(0).j(), m.get(0).k())] = 1;
            n++;
        }
        assertEquals(0.25 + 0.01 * n, kra.place(sc, 0, 0, 0, 0).value(occ), 1e-15);
    }
}
