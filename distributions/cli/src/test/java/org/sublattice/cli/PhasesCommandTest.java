package org.sublattice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhasesCommandTest {
    @TempDir
    Path tmp;

    private Path phase(String name, double slope, double x0) throws Exception {
        // φ(μ) = slope·μ on μ = −0.3 … 0; x_Li = x0 per site, x_Ag = 1 − x0
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder("temperature [K],mu_Li [eV],x_Ag_per_site,x_Li_per_site,phi [eV]\n");
        for (int i = 0; i <= 3; i++) {
            double mu = -0.3 + 0.1 * i;
            b.append(300).append(',').append(mu).append(',').append(1 - x0).append(',').append(x0).append(',').append(slope * mu).append('\n');
        }
        Files.writeString(dir.resolve("free-energy.csv"), b.toString());
        return dir;
    }

    @Test
    void theLowestGrandPotentialIsStableAndGivesTheVoltageCurve() throws Exception {
        // φ_a = 0.2μ and φ_b = 0.6μ: b is lower for every μ < 0; at μ = 0 they tie and the first listed wins
        Path a = phase("a", 0.2, 0.2);
        Path b = phase("b", 0.6, 0.6);
        Path out = tmp.resolve("out");
        Cli r = Cli.run("phases", "a=" + a, "b=" + b, "--species", "Li", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("phases.csv"));
        assertEquals("temperature [K],mu_Li [eV],phi_a [eV],phi_b [eV],stable_phase,x_Li,voltage [V]", rows.get(0));
        // μ = −0.3: φ_a = −0.06, φ_b = −0.18 → b stable, x = 0.6, V = 0.3
        String[] first = rows.get(1).split(",");
        assertEquals(1, Double.parseDouble(first[4]));
        assertEquals(0.6, Double.parseDouble(first[5]), 1e-12);
        assertEquals(0.3, Double.parseDouble(first[6]), 1e-12);
        assertTrue(Files.exists(out.resolve("voltage-curve.png")));
        assertTrue(r.out().contains("a at 1 b at 3"), r.out());
    }

    @Test
    void aPhaseWithoutAFreeEnergyTableIsNamed() throws Exception {
        Path a = phase("a", 0.2, 0.2);
        Cli r = Cli.run("phases", "a=" + a, "c=" + tmp.resolve("nowhere"), "-o", tmp.resolve("o").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("phase c: no free-energy.csv"), r.err());
    }
}
