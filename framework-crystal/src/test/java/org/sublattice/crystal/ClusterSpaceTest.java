package org.sublattice.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;

class ClusterSpaceTest {

    @Test
    void fccPairAndTripletOrbitsHaveTheTextbookMultiplicities() {
        Prim fcc = Prims.fcc("Ag", "Li");
        ClusterSpace cs = new ClusterSpace(FactorGroup.of(fcc), new double[] {0, 0, 5.7, 4.01});
        List<Integer> mult = cs.orbits().stream().map(ClusterSpace.Orbit::multiplicity).toList();
        // empty, point, pairs 1NN–4NN (12/2, 6/2, 24/2, 12/2), triplets NN-NN-NN (8) and NN-NN-2NN (12)
        assertEquals(List.of(1, 1, 6, 3, 12, 6, 8, 12), mult);
        assertEquals(cs.orbits().size(), cs.functions().size()); // binary: one function per orbit
        assertEquals(bruteForce(fcc, new double[] {0, 0, 5.7, 4.01}), signatureCounts(cs));
    }

    @Test
    void b32CoupledSublatticeOrbitsAgreeWithABruteForceCount() {
        // Independent count: every cluster containing a site of the origin cell, found by brute
        // force over a block of cells, grouped by (sublattice labels, sorted pair distances) and
        // weighted 1/size — no symmetry used. Cutoffs: pairs to 3rd NN, triplets to NN.
        Prim b32 = Prims.b32(new String[] {"Li", "Va"}, new String[] {"Al", "Li"});
        double[] d = b32.shellDistances(3);
        double[] cut = {0, 0, d[2] + 1e-3, d[0] + 1e-3};
        ClusterSpace cs = new ClusterSpace(FactorGroup.of(b32), cut);
        assertEquals(bruteForce(b32, cut), signatureCounts(cs));
    }

    @Test
    void ternarySitesGetTwoPointFunctionsAndThreePairDecorations() {
        ClusterSpace cs = new ClusterSpace(FactorGroup.of(Prims.fcc("Ag", "Li", "Va")), new double[] {0, 0, 3.0});
        // empty; point φ1, φ2; NN pair φ1φ1, φ1φ2 (= φ2φ1 by symmetry), φ2φ2
        assertEquals(3, cs.orbits().size());
        assertEquals(6, cs.functions().size());
        assertEquals(List.of(1, 1, 1, 6, 12, 6), cs.functions().stream().map(ClusterSpace.Function::multiplicity).toList());
    }

    private static Map<String, Double> signatureCounts(ClusterSpace cs) {
        Map<String, Double> out = new TreeMap<>();
        for (ClusterSpace.Orbit o : cs.orbits()) {
            if (o.size() > 0) {
                out.merge(signature(cs.prim(), o.prototype()), (double) o.multiplicity(), Double::sum);
            }
        }
        return out;
    }

    private static Map<String, Double> bruteForce(Prim prim, double[] cut) {
        int r = 3;
        List<SiteCoord> sites = new ArrayList<>();
        for (int b = 0; b < prim.size(); b++) {
            for (int i = -r; i <= r; i++) {
                for (int j = -r; j <= r; j++) {
                    for (int k = -r; k <= r; k++) {
                        sites.add(new SiteCoord(b, i, j, k));
                    }
                }
            }
        }
        Map<String, Double> out = new TreeMap<>();
        for (int b = 0; b < prim.size(); b++) {
            SiteCoord o = new SiteCoord(b, 0, 0, 0);
            out.merge(signature(prim, List.of(o)), 1.0, Double::sum);
            for (int n = 2; n < cut.length; n++) {
                countClusters(prim, sites, new ArrayList<>(List.of(o)), 0, n, cut[n], out);
            }
        }
        out.replaceAll((k, v) -> Math.rint(v * 1e6) / 1e6);
        return out;
    }

    private static void countClusters(Prim prim, List<SiteCoord> sites, List<SiteCoord> cluster, int from, int size,
            double cut, Map<String, Double> out) {
        if (cluster.size() == size) {
            out.merge(signature(prim, cluster), 1.0 / size, Double::sum);
            return;
        }
        for (int s = from; s < sites.size(); s++) {
            SiteCoord c = sites.get(s);
            if (cluster.contains(c) || cluster.stream().anyMatch(x -> Clusters.distance(prim, x, c) > cut)) {
                continue;
            }
            cluster.add(c);
            countClusters(prim, sites, cluster, s + 1, size, cut, out);
            cluster.remove(cluster.size() - 1);
        }
    }

    private static String signature(Prim prim, List<SiteCoord> c) {
        List<String> labels = new ArrayList<>();
        for (SiteCoord s : c) {
            labels.add(prim.basis().get(s.b()).sublattice());
        }
        labels.sort(null);
        List<Long> d = new ArrayList<>();
        for (int a = 0; a < c.size(); a++) {
            for (int b = a + 1; b < c.size(); b++) {
                d.add(Math.round(Clusters.distance(prim, c.get(a), c.get(b)) * 1e4));
            }
        }
        d.sort(null);
        return c.size() + labels.toString() + d;
    }
}
