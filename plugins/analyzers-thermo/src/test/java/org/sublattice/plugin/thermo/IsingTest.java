package org.sublattice.plugin.thermo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.core.pipeline.PipelineLoader;
import org.sublattice.core.run.PipelineRunner;
import org.sublattice.core.run.RunListener;
import org.sublattice.testkit.PluginKit;

/**
 * The 2D Ising model as a lattice gas through the whole framework (custom square prim, cluster
 * expansion, gcmc, binder analyzer). Onsager: T_c = 2.26919 J/k_B = 263.3 K for J = 0.01 eV.
 */
class IsingTest {
    static final double TC = 2.269185 * 0.01 / org.sublattice.api.run.Physics.BOLTZMANN_EV;

    @TempDir
    Path run;

    @Test
    void theBinderCumulantReachesItsOrderedAndDisorderedLimits() throws Exception {
        Path p = EquilibriumPhysicsTest.pipeline("ising.yaml");
        PluginKit.discover(p.getParent()).run(p, run, 2);
        List<Map<String, Double>> rows = EquilibriumPhysicsTest.csv(run.resolve("limits/binder.csv"));
        // well below T_c: U4 → 2/3, |m| near 1; well above: U4 → 0
        assertEquals(2.0 / 3, rows.get(0).get("binder_u4"), 0.01);
        assertTrue(rows.get(0).get("abs_m") > 0.95, "ordered |m| = " + rows.get(0).get("abs_m"));
        assertTrue(Math.abs(rows.get(1).get("binder_u4")) < 0.1, "disordered U4 = " + rows.get(1).get("binder_u4"));
        assertTrue(rows.get(1).get("abs_m") < 0.2, "disordered |m| = " + rows.get(1).get("abs_m"));
    }

    /**
     * Validation run (profile "validation", minutes): the Binder cumulants of L = 16 and L = 32
     * cross within 1 % of Onsager's T_c.
     */
    @Test
    @Tag("validation")
    void binderCumulantsOfTwoSizesCrossWithinOnePercentOfOnsager() throws Exception {
        Path p = EquilibriumPhysicsTest.pipeline("ising.yaml");
        PluginKit kit = PluginKit.discover(p.getParent());
        double[][] u = new double[2][];
        double[] temps = null;
        int[] sizes = {16, 32};
        for (int k = 0; k < sizes.length; k++) {
            var overrides = Map.of(
                    "system.supercell.repeat", new PipelineLoader.Override("[" + sizes[k] + ", " + sizes[k] + ", 1]", "test"),
                    "stages.limits.conditions.temperature", new PipelineLoader.Override("{from: 250, to: 280, step: 3}", "test"),
                    "stages.limits.sampler.passes", new PipelineLoader.Override("{equilibration: 20000, sampling: 200000, sample-every: 2}", "test"));
            Path out = run.resolve("L" + sizes[k]);
            new PipelineRunner(2, RunListener.NONE).run(kit.load(p, overrides), out, List.of());
            List<Map<String, Double>> rows = EquilibriumPhysicsTest.csv(out.resolve("limits/binder.csv"));
            u[k] = rows.stream().mapToDouble(r -> r.get("binder_u4")).toArray();
            temps = rows.stream().mapToDouble(r -> r.get("temperature")).toArray();
        }
        double crossing = Double.NaN;
        for (int i = 0; i + 1 < temps.length; i++) {
            double d0 = u[0][i] - u[1][i];
            double d1 = u[0][i + 1] - u[1][i + 1];
            if (d0 <= 0 && d1 > 0 || d0 >= 0 && d1 < 0) {
                crossing = temps[i] + (temps[i + 1] - temps[i]) * d0 / (d0 - d1);
            }
        }
        System.out.printf("Binder crossing L=16/32: %.2f K, Onsager %.2f K%n", crossing, TC);
        assertEquals(TC, crossing, 0.01 * TC);
    }
}
