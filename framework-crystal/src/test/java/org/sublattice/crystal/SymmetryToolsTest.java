package org.sublattice.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;

class SymmetryToolsTest {
    private static final String[] LI_VA = {"Li", "Va"};
    private static final String[] AL_LI = {"Al", "Li"};

    @Test
    void spaceGroupInfoNamesLatticeSystemCentringAndCounts() {
        assertEquals(new SpaceGroupInfo(48, 48, "cubic", "F"), SpaceGroupInfo.of(FactorGroup.of(Prims.fcc("Ag"))));
        assertEquals(new SpaceGroupInfo(48, 48, "cubic", "I"), SpaceGroupInfo.of(FactorGroup.of(Prims.bcc("Li"))));
        assertEquals(new SpaceGroupInfo(48, 48, "cubic", "P"), SpaceGroupInfo.of(FactorGroup.of(Prims.b2(new String[] {"Li"}, new String[] {"Ag"}))));
        assertEquals(new SpaceGroupInfo(24, 24, "hexagonal", "P"), SpaceGroupInfo.of(FactorGroup.of(Prims.hcp("Li"))));
        assertEquals(new SpaceGroupInfo(48, 48, "cubic", "F"), SpaceGroupInfo.of(FactorGroup.of(Prims.b32(LI_VA, AL_LI))));
    }

    private static double[] ends(Prim prim, SiteCoord s, List<SiteCoord> hop) {
        double[] d = {Math.rint(Clusters.distance(prim, s, hop.get(0)) * 1e6), Math.rint(Clusters.distance(prim, s, hop.get(1)) * 1e6)};
        java.util.Arrays.sort(d);
        return d;
    }

    @Test
    void b32ShellsPerSublatticePairHaveFourLikeAndFourUnlikeNearestNeighbours() {
        Prim b32 = Prims.b32(LI_VA, AL_LI);
        List<NeighbourShells.Shell> shells = NeighbourShells.of(b32, 6.37 * Math.sqrt(3) / 4 + 1e-3);
        assertEquals(List.of(new NeighbourShells.Shell("8a", "8a", 6.37 * Math.sqrt(3) / 4, 4).count(),
                new NeighbourShells.Shell("8a", "8b", 0, 4).count()), shells.stream().filter(s -> s.from().equals("8a")).map(NeighbourShells.Shell::count).toList());
        assertEquals(List.of("8a", "8b"), shells.stream().filter(s -> s.from().equals("8b")).map(NeighbourShells.Shell::to).toList());
    }

    @Test
    void b32HopsSplitIntoLikeAndUnlikeNearestNeighbourHops() {
        // B32: every site has 4 like (same diamond sublattice) and 4 unlike NN at a√3/4, then 6 like 2NN at a/2.
        FactorGroup g = FactorGroup.of(Prims.b32(LI_VA, AL_LI));
        List<Hops.HopOrbit> hops = Hops.prototypes(g, 2);
        double nn = 6.37 * Math.sqrt(3) / 4;
        List<Hops.HopOrbit> first = hops.stream().filter(h -> h.shell() == 1).toList();
        // 8a→8a, 8a→8b, 8b→8a, 8b→8b: four distinct ordered NN hops, each with 4 equivalents per start site and 2 start sites
        assertEquals(4, first.size());
        for (Hops.HopOrbit h : first) {
            assertEquals(nn, h.distance(), 1e-9);
            assertEquals(8, h.equivalents().size());
        }
        List<Hops.HopOrbit> second = hops.stream().filter(h -> h.shell() == 2).toList();
        assertEquals(2, second.size()); // 8a→8a and 8b→8b at a/2
        assertEquals(12, second.get(0).equivalents().size());
    }

    @Test
    void localOrbitsAroundANearestNeighbourHopFollowItsInvariantGroup() {
        Prim fcc = Prims.fcc("Ag", "Li", "Va");
        FactorGroup g = FactorGroup.of(fcc);
        List<SiteCoord> hop = List.of(new SiteCoord(0, 0, 0, 0), new SiteCoord(0, 1, 0, 0));
        LocalClusterSpace local = new LocalClusterSpace(g, hop, 2.9, new double[] {0, 0, 2.9});
        // The invariant group of an FCC NN pair (mmm with the swap of its ends) has order 8.
        assertEquals(8, local.invariantGroupOrder());
        // Sites within a NN distance of either end: 12 + 12 − 2 (the ends) − 4 (counted twice) = 18.
        int points = local.orbits().stream().filter(o -> o.size() == 1).mapToInt(o -> o.members().size()).sum();
        assertEquals(18, points);
        // Members of an orbit keep their distances to the two ends (as an unordered pair).
        for (LocalClusterSpace.LocalOrbit o : local.orbits()) {
            if (o.size() == 1) {
                double[] d = ends(fcc, o.prototype().get(0), hop);
                for (List<SiteCoord> m : o.members()) {
                    assertTrue(java.util.Arrays.equals(d, ends(fcc, m.get(0), hop)), o.toString());
                }
            }
        }
        // The 4 common neighbours of both ends are closest and form one orbit.
        assertEquals(4, local.orbits().get(1).members().size());
        assertEquals(2 * 2.8284271, local.orbits().get(1).reach(), 1e-6);
    }
}
