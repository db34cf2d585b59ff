package org.sublattice.plugin.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.run.Physics;
import org.sublattice.core.pipeline.PipelineLoader;
import org.sublattice.core.run.PipelineRunner;
import org.sublattice.core.run.RunListener;
import org.sublattice.testkit.PluginKit;

/** Exact limits of vacancy-mediated diffusion, run as pipelines with the built-in plugins. */
class KmcPhysicsTest {
    @TempDir
    Path run;

    static Path pipeline(String name) throws URISyntaxException {
        return Path.of(KmcPhysicsTest.class.getResource("/kmc/" + name).toURI());
    }

    static Map<String, Double> firstRow(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] head = lines.get(0).split(",");
        String[] v = lines.get(1).split(",");
        Map<String, Double> row = new HashMap<>();
        for (int i = 0; i < head.length; i++) {
            row.put(head[i].replaceAll(" \\[.*]", ""), Double.parseDouble(v[i]));
        }
        return row;
    }

    private Map<String, Double> correlation(String lattice, long events, int trajectories) throws Exception {
        Path p = pipeline("f-" + lattice + ".yaml");
        PluginKit kit = PluginKit.discover(p.getParent());
        var overrides = Map.of("stages.kmc.sampler.events", new PipelineLoader.Override(Long.toString(events), "test"),
                "stages.kmc.sampler.trajectories", new PipelineLoader.Override(Integer.toString(trajectories), "test"));
        new PipelineRunner(2, RunListener.NONE).run(kit.load(p, overrides), run, List.of());
        return firstRow(run.resolve("kmc/diffusion.csv"));
    }

    /**
     * One vacancy among tracer atoms: the atoms' correlation factor (Compaan and Haven; SCIENCE.md
     * §5). CI-sized runs, with the tolerance set by their statistical error.
     */
    @ParameterizedTest(name = "{0}: f = {1}")
    @CsvSource({"sc, 0.653109", "bcc, 0.727194", "fcc, 0.781451", "diamond, 0.5"})
    void aSingleVacancyGivesTheTracerCorrelationFactor(String lattice, double exact) throws Exception {
        Map<String, Double> r = correlation(lattice, 200_000, 8);
        double f = r.get("f_Li");
        double err = r.get("err_f_Li");
        assertTrue(err < 0.015, lattice + ": statistics too poor: ±" + err);
        assertEquals(exact, f, Math.max(0.005, 3 * err), lattice + ": f = " + f + " ± " + err);
    }

    /** Validation run (profile "validation"): the correlation factors within ±0.005. */
    @ParameterizedTest(name = "{0}: f = {1}")
    @CsvSource({"sc, 0.653109", "bcc, 0.727194", "fcc, 0.781451", "diamond, 0.5"})
    @Tag("validation")
    void correlationFactorsWithinFiveThousandths(String lattice, double exact) throws Exception {
        Map<String, Double> r = correlation(lattice, 2_000_000, 32);
        System.out.printf("%s: f = %.5f ± %.5f (exact %.6f)%n", lattice, r.get("f_Li"), r.get("err_f_Li"), exact);
        assertEquals(exact, r.get("f_Li"), 0.005);
    }

    @Test
    void aLoneAtomOnAnEmptyLatticeDiffusesAsARandomWalk() throws Exception {
        Path p = pipeline("lone-atom.yaml");
        PluginKit.discover(p.getParent()).run(p, run, 2);
        Map<String, Double> r = firstRow(run.resolve("kmc/diffusion.csv"));
        double gamma = 1e13 * Math.exp(-0.2 / (Physics.BOLTZMANN_EV * 500));
        double hop = 4.0 / Math.sqrt(2);
        double exact = gamma * 12 * hop * hop / 6 * 1e-16;
        assertEquals(exact, r.get("tracer_d_Li"), 3 * r.get("err_tracer_d_Li"));
        assertEquals(1.0, r.get("f_Li"), 3 * r.get("err_f_Li"));
    }

    @Test
    void dilueVacancyKmcAgreesWithTheDiluteLimitFormula() throws Exception {
        Path p = pipeline("dilute.yaml");
        PluginKit.discover(p.getParent()).run(p, run, 2);
        Map<String, Double> kmc = firstRow(run.resolve("kmc/diffusion.csv"));
        Map<String, Double> formula = firstRow(run.resolve("kmc/dilute-diffusion.csv"));
        double d = kmc.get("tracer_d_Li");
        double err = kmc.get("err_tracer_d_Li");
        double expected = formula.get("dilute_tracer_d");
        // The formula's f is the single-vacancy value; 8 vacancies in 4000 sites change it far less than the error.
        assertEquals(expected, d, 3 * err + 0.01 * expected, "KMC " + d + " ± " + err + ", formula " + expected);
    }

    @Test
    void diluteDiffusionTakesTheVacancyFormationEnergyFromTheModelAtEachChemicalPotential() throws Exception {
        Path p = pipeline("dilute-from-model.yaml");
        PluginKit.discover(p.getParent()).run(p, run, 1);
        List<String> lines = java.nio.file.Files.readAllLines(run.resolve("kmc/dilute-diffusion.csv"));
        assertEquals(4, lines.size(), "header and three points: " + lines);
        double kT = org.sublattice.api.run.Physics.BOLTZMANN_EV * 300;
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",");
            double mu = Double.parseDouble(v[1]);
            double dOmega = Double.parseDouble(v[2]);
            assertEquals(0.5 + mu, dOmega, 1e-12, "ΔΩ = ε_v + μ_Li at μ_Li = " + mu);
            double xva = Math.exp(-dOmega / kT);
            assertEquals(xva, Double.parseDouble(v[3]), 1e-12 * xva);
            double d = 2 * 0.7815 * xva * 2.8921012 * 2.8921012 * 1e13 * Math.exp(-0.25 / kT) * 1e-16;
            assertEquals(d, Double.parseDouble(v[4]), 1e-9 * d);
        }
    }

    /**
     * A single-vacancy run rescaled to the equilibrium vacancy fraction: the atoms' D per hop they
     * make is that of x_Va = exp(−ΔΩ/k_BT) instead of 1/N, D* / f = (z/6) x_Va r² Γ, while the
     * vacancy's own D is not rescaled (a lone vacancy walks at random, D = (z/6) r² Γ).
     */
    @Test
    void aSingleVacancyRunRescaledToTheEquilibriumVacancyFraction() throws Exception {
        Path p = pipeline("one-vacancy-rescaled.yaml");
        PluginKit.discover(p.getParent()).run(p, run, 2);
        Map<String, Double> r = firstRow(run.resolve("kmc/diffusion.csv"));
        double kt = Physics.BOLTZMANN_EV * 400;
        double xVa = Math.exp(-0.5 / kt);
        assertEquals(xVa, r.get("x_va"), 1e-12 * xVa);
        assertEquals(1.0 / 1000, r.get("x_va_supercell"), 1e-15);
        double gamma = 1e13 * Math.exp(-0.1 / kt);
        double hop = 4.09 / Math.sqrt(2);
        double perHop = 2 * hop * hop * gamma * 1e-16;
        // D*/f counts hops per unit time: relative error ≈ 1/√(hops) (2e5 here)
        assertEquals(perHop * xVa, r.get("tracer_d_Li") / r.get("f_Li"), 0.02 * perHop * xVa);
        assertEquals(perHop, r.get("tracer_d_Va"), 3 * r.get("err_tracer_d_Va"));
    }
}
