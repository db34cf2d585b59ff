package org.sublattice.plugin.clex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.TaskResult;
import org.sublattice.testkit.PluginKit;

/**
 * The fit on a third-party dataset: 52 relaxed VASP calculations of Si–Ge on diamond (CASM's
 * tutorials, shared/data/casm-sige), mapped onto their supercells and fitted with the lasso,
 * pairs to 7 Å (six shells) and triplets to 4 Å, scored by leave-one-out CV.
 *
 * <p>The CV bound, {@value #CV_BOUND} meV/site: this fit measured 1.16 meV/site (10-fold CV
 * 1.25; least squares on the same clusters 1.17, ARD 1.16, nearest six pair shells alone 1.83).
 * The formation energies span 0–25 meV/site, and a model of composition alone (point clusters
 * only) scores 5.2 meV/site, which the test checks to stay above twice the bound, so the bound
 * separates a working expansion from one that lost its interactions (a wrong mapping or wrong
 * correlations land there or worse) while leaving 70 % headroom over the measured score for
 * rounding across platforms. CASM's tutorial calls 1–5 meV per atom a typical good error; the
 * bound sits at its lower end because this dataset is small in range and smooth.
 */
class SiGeFitTest {
    static final double CV_BOUND = 2.0;
    @TempDir
    Path tmp;

    static final String FIT = "{data: SiGe_training_data.json, configs: config_list.json, clusters: {2: 7.0, 3: 4.0}, "
            + "method: lasso, cv: leave-one-out}";

    static ResultTable table(TaskResult r, String name) {
        return r.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theEndMembersAreTheOnlyGroundStatesAndTheCvScoreIsBelowTheBound() throws Exception {
        PluginKit kit = PluginKit.discover(SiGeData.dir());
        Lattice lattice = kit.lattice("prim", "{file: prim.json}");
        TaskResult r = PluginKit.runTask(kit.task("fit", FIT, lattice), lattice, tmp.resolve("fit"), 1);
        assertEquals(52, r.summary().get("structures_used"));
        assertEquals(0, r.summary().get("structures_rejected"));
        double cv = r.summary().get("cv_meV_per_site");
        assertTrue(cv < CV_BOUND, "CV " + cv + " meV/site");
        assertTrue(r.summary().get("rms_meV_per_site") <= cv, "training error above the CV score");
        ResultTable s = table(r, "structures");
        int ends = 0;
        for (int i = 0; i < s.rows().size(); i++) {
            double x = s.value(i, "x");
            boolean end = x == 0 || x == 1;
            if (end && s.value(i, "formation_dft") == 0) {
                ends++;
                assertEquals(1, s.value(i, "ground_state_dft"));
                assertEquals(1, s.value(i, "ground_state_ce"));
                assertEquals(0, s.value(i, "hull_distance_dft"));
            } else {
                // Si–Ge mixes endothermically: nothing between the end members is on either hull.
                assertEquals(0, s.value(i, "ground_state_dft"), "row " + i);
                assertEquals(0, s.value(i, "ground_state_ce"), "row " + i);
                assertTrue(s.value(i, "hull_distance_dft") > 0 && s.value(i, "hull_distance_ce") > 0, "row " + i);
            }
        }
        assertEquals(2, ends);

        // A model of composition alone scores well above the bound.
        TaskResult points = PluginKit.runTask(kit.task("fit", FIT.replace("clusters: {2: 7.0, 3: 4.0}", "clusters: {}"), lattice), lattice,
                tmp.resolve("points"), 1);
        assertTrue(points.summary().get("cv_meV_per_site") > 2 * CV_BOUND, "points-only CV " + points.summary());

        // The written model file is the returned model.
        Hamiltonian fitted = r.hamiltonian().orElseThrow();
        Hamiltonian reread = kit.hamiltonian("cluster-expansion", "{model: " + tmp.resolve("fit/model.yaml") + "}", lattice);
        Supercell sc = Supercell.repeat(lattice.prim(), 3, 3, 3);
        BoundHamiltonian a = fitted.bind(sc);
        BoundHamiltonian b = reread.bind(sc);
        SplittableRandom random = new SplittableRandom(4);
        for (int trial = 0; trial < 5; trial++) {
            byte[] occ = new byte[sc.size()];
            for (int k = 0; k < occ.length; k++) {
                occ[k] = (byte) random.nextInt(2);
            }
            assertEquals(a.energy(occ), b.energy(occ), 1e-9);
        }
        String model = Files.readString(tmp.resolve("fit/model.yaml"));
        assertTrue(model.contains("method: \"lasso\"") && model.contains("data_sha256: \"") && model.contains("cv: \"leave-one-out\""),
                model);
    }
}
