package org.sublattice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Li–Ag reference pipelines shipped in configs/li-ag (seed 002, Thomas, Behara and Van der
 * Ven, Chem. Mater. 36, 8936 (2024), §4): they validate, and the dilute Li-in-Ag pipeline, reduced
 * to a few thousand KMC events, reproduces the paper's room-temperature estimate D*_Li ≈ 1e−20 cm²/s.
 */
class LiAgPipelinesTest {
    private static final Path LI_AG = Path.of("../../configs/li-ag");
    private static final double K_B = 8.617333262e-5;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"li-in-ag.yaml", "b2.yaml", "d03.yaml", "gamma3.yaml", "gamma1.yaml"})
    void everyLiAgPipelineValidates(String pipeline) {
        Cli r = Cli.run("validate", LI_AG.resolve(pipeline).toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("is valid"), r.out());
    }

    @Test
    void diluteLiInAgGivesTheSeed002TracerDiffusionCoefficientWithinAnOrderOfMagnitude() throws Exception {
        Path out = tmp.resolve("li-in-ag");
        Cli r = Cli.run("run", LI_AG.resolve("li-in-ag.yaml").toString(), "-q", "-o", out.toString(), "--set", "threads=2",
                "--set", "pipeline.stages.kmc.sampler.equilibration=0", "--set", "pipeline.stages.kmc.sampler.events=2000",
                "--set", "pipeline.stages.kmc.sampler.trajectories=2");
        assertEquals(0, r.exit(), r.err());
        Map<String, Double> vacancy = firstRow(out.resolve("dilute/dilute-vacancy.csv"));
        Map<String, Double> dilute = firstRow(out.resolve("dilute/dilute-diffusion.csv"));
        // seed 002 §4: ΔΩ = 0.74 eV in pure Ag, x_Va ≈ 1e−13 at 300 K
        assertEquals(0.74, vacancy.get("delta_omega@4a"), 1e-9);
        assertEquals(Math.exp(-0.74 / (K_B * 300)), vacancy.get("x_va_dilute@4a"), 1e-6 * vacancy.get("x_va_dilute@4a"));
        double d = dilute.get("dilute_tracer_d");
        assertTrue(d > 1e-21 && d < 1e-19, "D*_Li = " + d + " cm²/s, seed 002 §4.1: ≈ 1e−20");
        // the cross-check stage ran and rescaled its single vacancy to the bulk equilibrium fraction
        Map<String, Double> kmc = firstRow(out.resolve("kmc/diffusion.csv"));
        assertEquals(vacancy.get("x_va_dilute@4a"), kmc.get("x_va"), 1e-6 * kmc.get("x_va"));
        assertEquals(1.0 / 216, kmc.get("x_va_supercell"), 1e-12);
    }

    private static Map<String, Double> firstRow(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        String[] head = lines.get(0).split(",");
        String[] v = lines.get(1).split(",");
        Map<String, Double> row = new HashMap<>();
        for (int i = 0; i < head.length; i++) {
            row.put(head[i].replaceAll(" \\[.*]", ""), Double.parseDouble(v[i]));
        }
        return row;
    }
}
