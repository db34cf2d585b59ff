package org.sublattice.plugin.clex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.ClusterSpace;

class CorrelationsTest {
    static Prim diamond() {
        Cell fcc = ClusterExpansionTest.fccCell(5.6);
        return new Prim("diamond", fcc, List.of(ClusterExpansionTest.site("d", Vec3.ZERO, "Si", "Ge"),
                ClusterExpansionTest.site("d", new Vec3(0.25, 0.25, 0.25), "Si", "Ge")));
    }

    private static Configuration random(Supercell sc, SplittableRandom r) {
        byte[] occ = new byte[sc.size()];
        for (int s = 0; s < occ.length; s++) {
            occ[s] = (byte) r.nextInt(sc.site(s).occupants().size());
        }
        return new Configuration(sc, occ);
    }

    @Test
    void energyFromCorrelationsEqualsTheBoundClusterExpansionOnEveryLattice() {
        Object[][] systems = {
            {diamond(), new double[] {0, 0, 6.0, 4.0}, new int[][] {{1, 0, 1}, {0, 2, 1}, {-1, -1, 0}}},
            {ClusterExpansionTest.b32(), new double[] {0, 0, 4.6, 3.0}, new int[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 1}}},
            {ClusterExpansionTest.fcc("Ag", "Li", "Va"), new double[] {0, 0, 4.1, 2.9}, new int[][] {{-1, 1, 1}, {1, -1, 1}, {1, 1, -1}}},
            // so small that clusters wrap onto their periodic images
            {diamond(), new double[] {0, 0, 6.0}, new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}},
        };
        SplittableRandom r = new SplittableRandom(21);
        for (Object[] sys : systems) {
            Prim prim = (Prim) sys[0];
            ClusterExpansion model = ClusterExpansionTest.randomModel(prim, (double[]) sys[1], 5);
            Supercell sc = Supercell.of(prim, (int[][]) sys[2]);
            var bound = model.bind(sc);
            for (int trial = 0; trial < 5; trial++) {
                Configuration c = random(sc, r);
                double[] corr = Correlations.of(model.space(), model.basis(), c);
                double e = 0;
                for (ClusterSpace.Function f : model.space().functions()) {
                    e += model.eci()[f.index()] * f.multiplicity() * corr[f.index()];
                }
                assertEquals(bound.energy(c.occupation()), e * sc.volume(), 1e-10, prim.name());
            }
        }
    }

    @Test
    void theIdealOrderingOfTheOrthonormalBasisHasUnitSpinCorrelationsUpToSign() {
        Prim prim = diamond();
        ClusterSpace space = new ClusterSpace(org.sublattice.crystal.FactorGroup.of(prim), new double[] {0, 0, 4.0});
        double[] corr = Correlations.of(space, org.sublattice.crystal.SiteBasis.orthonormal(prim, Map.of()),
                Configuration.ideal(Supercell.repeat(prim, 2, 2, 2)));
        for (double v : corr) {
            assertEquals(1, Math.abs(v), 1e-12, "pure Si has every spin −1: products are ±1");
        }
    }

    @Test
    void aWrittenModelFileReadsBackWithTheSameEcisAndItsFitBlock() {
        double[] eci = {-4.9, 0.45, 0, -0.0017, 4.4e-4};
        Map<String, Object> fit = new LinkedHashMap<>();
        fit.put("method", "lasso");
        fit.put("cv_rmse_meV_per_site", 1.25);
        fit.put("data", List.of("a.json", "b \"quoted\".json"));
        String text = ModelFile.write("Si-Ge \"fit\"", "orthonormal", new double[] {0, 0, 7.0, 4.0}, eci, fit);
        ClexModel m = ClexModel.parse(text, "model.yaml");
        assertEquals("Si-Ge \"fit\"", m.name());
        assertEquals(org.sublattice.crystal.SiteBasis.Kind.ORTHONORMAL, m.basis());
        assertEquals(Map.of(0, -4.9, 1, 0.45, 3, -0.0017, 4, 4.4e-4), m.eci());
        assertEquals(7.0, m.maxLengths()[2]);
        assertTrue(text.contains("fit:\n  method: \"lasso\"\n  cv_rmse_meV_per_site: 1.25\n"), text);
    }
}
