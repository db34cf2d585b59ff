package org.sublattice.plugin.thermo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.run.Physics;
import org.sublattice.testkit.PluginKit;

/** Exact limits of grand-canonical Monte Carlo, run as whole pipelines with the built-in plugins. */
class EquilibriumPhysicsTest {
    @TempDir
    Path run;

    static Path pipeline(String name) throws URISyntaxException {
        return Path.of(EquilibriumPhysicsTest.class.getResource("/pipelines/" + name).toURI());
    }

    /** Rows of a CSV result as maps from column name (without unit) to value. */
    static List<Map<String, Double>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] head = lines.get(0).split(",");
        List<Map<String, Double>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",");
            Map<String, Double> row = new java.util.HashMap<>();
            for (int i = 0; i < head.length; i++) {
                row.put(head[i].replaceAll(" \\[.*]", ""), Double.parseDouble(v[i]));
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void idealSolutionFollowsTheFermiFunctionAndIntegratesToTheMixingEntropy() throws Exception {
        Path p = pipeline("ideal-solution.yaml");
        PluginKit.discover(p.getParent()).run(p, run, 2);
        double kT = Physics.BOLTZMANN_EV * 300;
        List<Map<String, Double>> comp = csv(run.resolve("sweep/composition.csv"));
        List<Map<String, Double>> free = csv(run.resolve("sweep/free-energy.csv"));
        assertEquals(21, comp.size());
        for (int i = 0; i < comp.size(); i++) {
            double mu = comp.get(i).get("mu_Li");
            double exact = 1 / (1 + Math.exp(-mu / kT));
            double x = comp.get(i).get("x_Li@4a");
            double err = comp.get(i).get("err_x_Li@4a");
            // 3σ, with a floor of one site in the last sample block for points where no Li is ever seen
            assertTrue(Math.abs(x - exact) <= Math.max(3 * err, 1e-5), "μ = " + mu + ": x = " + x + " ± " + err + ", exact " + exact);
            double s = free.get(i).get("entropy_per_site");
            double sExact = exact <= 0 || exact >= 1 ? 0 : -exact * Math.log(exact) - (1 - exact) * Math.log(1 - exact);
            assertEquals(sExact, s, 1e-3, "entropy at μ = " + mu);
        }
        List<Map<String, Double>> v = csv(run.resolve("sweep/voltage.csv"));
        assertEquals(0.4, v.get(0).get("voltage"), 1e-12);
    }

    @Test
    void integrationOverBetaFromInfiniteTemperatureGivesTheIdealGrandPotential() throws Exception {
        Path p = pipeline("ideal-beta.yaml");
        PluginKit.discover(p.getParent()).run(p, run, 2);
        for (Map<String, Double> r : csv(run.resolve("cooling/free-energy.csv"))) {
            double kT = Physics.BOLTZMANN_EV * r.get("temperature");
            double exact = -kT * Math.log(1 + Math.exp(0.03 / kT));
            assertEquals(exact, r.get("phi"), 2e-4, "φ at T = " + r.get("temperature"));
        }
    }

    @Test
    void siteEquilibriumFindsTheChemicalPotentialWhereTheGrandPotentialVanishes() throws Exception {
        Path p = pipeline("site-equilibrium.yaml");
        PluginKit.discover(p.getParent()).run(p, run, 2);
        double kT = Physics.BOLTZMANN_EV * 300;
        List<Map<String, Double>> free = csv(run.resolve("sweep/free-energy.csv"));
        for (Map<String, Double> r : free) {
            double mu = r.get("mu_Ag");
            double exact = -kT * Math.log(Math.exp(mu / kT) + Math.exp(-0.1 / kT));
            assertEquals(exact, r.get("phi"), 2e-4, "φ at μ_Ag = " + mu);
        }
        List<Map<String, Double>> eq = csv(run.resolve("sweep/site-equilibrium.csv"));
        assertEquals(1, eq.size());
        double exact = kT * Math.log(1 - Math.exp(-0.1 / kT));
        assertEquals(exact, eq.get(0).get("mu_Ag"), 5e-4);
    }

    @Test
    void connectedLinesOfATwoDimensionalSweepStartFromTheSpineIntegral() throws Exception {
        Path p = pipeline("connected-lines.yaml");
        PluginKit.discover(p.getParent()).run(p, run, 2);
        double kT = Physics.BOLTZMANN_EV * 300;
        List<Map<String, Double>> free = csv(run.resolve("grid/free-energy.csv"));
        assertEquals(17 * 41, free.size());
        for (Map<String, Double> r : free) {
            double exact = twoDefectPhi(r.get("mu_Li"), r.get("mu_Al"), kT);
            // 3σ of the integrated sampling errors plus 1e-4 eV for the spline over steps of about k_BT
            double tolerance = 3 * r.get("err_phi") + 1e-4;
            assertEquals(exact, r.get("phi"), tolerance, "φ at μ_Li = " + r.get("mu_Li") + ", μ_Al = " + r.get("mu_Al"));
        }
        List<Map<String, Double>> eq = csv(run.resolve("grid/site-equilibrium.csv"));
        long crossings = free.stream().filter(r -> r.get("mu_Al") == -0.2 && twoDefectPhi(r.get("mu_Li"), -0.2, kT) > 0).count();
        assertTrue(crossings >= 3, "the grid is meant to cross φ = 0 on several lines, found " + crossings);
        assertEquals(crossings, eq.size(), "one φ = 0 crossing on each line whose exact φ changes sign");
        for (Map<String, Double> r : eq) {
            double muLi = r.get("mu_Li");
            // φ rises monotonically as μ_Al falls: bisect the exact root
            double lo = -0.2;
            double hi = 0.8;
            for (int i = 0; i < 100; i++) {
                double mid = (lo + hi) / 2;
                if (twoDefectPhi(muLi, mid, kT) > 0) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            // linear interpolation between grid points 0.025 eV apart: curvature error below 1e-3 eV here
            assertEquals(lo, r.get("mu_Al"), 1e-3, "site equilibrium at μ_Li = " + muLi);
        }
    }

    /** Exact φ per site of connected-lines.yaml: independent 1a vacancies (0.1 eV) and 1b Li antisites (0.05 eV). */
    private static double twoDefectPhi(double muLi, double muAl, double kT) {
        double a = -kT * Math.log(Math.exp(muLi / kT) + Math.exp(-0.1 / kT));
        double b = -kT * Math.log(Math.exp(muAl / kT) + Math.exp(-(0.05 - muLi) / kT));
        return (a + b) / 2;
    }

    @Test
    void aStageFromAnotherWithoutFromPointStartsEachChainFromThePointWithItsIndex() throws Exception {
        Path p = pipeline("paired-stages.yaml");
        PluginKit.discover(p.getParent()).run(p, run, 2);
        List<Map<String, Double>> hold = csv(run.resolve("hold/composition.csv"));
        assertEquals(5, hold.size());
        for (int i = 1; i < hold.size(); i++) {
            // x_Li(μ) rises from 0.02 to 0.98 over the sweep; the canonical chains keep what they start from
            assertTrue(hold.get(i).get("x_Li@4a") > hold.get(i - 1).get("x_Li@4a") + 0.05,
                    "chain " + i + " starts from its own sweep point: " + hold);
        }
    }

    @Test
    void diluteVacanciesFollowTheBoltzmannFactorOfTheirFormationEnergy() throws Exception {
        Path p = pipeline("dilute-vacancy.yaml");
        PluginKit.discover(p.getParent()).run(p, run, 2);
        List<Map<String, Double>> rows = csv(run.resolve("sweep/dilute-vacancy.csv"));
        double[] expected = {0.15, 0.20, 0.25};
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Double> r = rows.get(i);
            assertEquals(expected[i], r.get("delta_omega@4a"), 1e-12);
            double sampled = r.get("x_va_sampled@4a");
            double err = r.get("err_x_va_sampled@4a");
            double dilute = r.get("x_va_dilute@4a");
            assertTrue(Math.abs(sampled - dilute) <= 3 * err, "ΔΩ = " + expected[i] + ": sampled " + sampled + " ± " + err
                    + ", exp(−ΔΩ/kT) = " + dilute);
            assertTrue(err < 0.1 * dilute, "statistics too poor to test: " + err + " vs " + dilute);
        }
        List<Map<String, Double>> defects = csv(run.resolve("sweep/defects.csv"));
        assertEquals(rows.get(0).get("x_va_sampled@4a"), defects.get(0).get("vacancy@4a"), 1e-12);
    }
}
