package org.sublattice.plugin.strainpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.sublattice.testkit.PluginKit;

/**
 * The strain-path pipelines shipped in configs/ run with no external program (the Li–Ag MEAM model)
 * and give the end points and energies the README states, beside the paper's DFT values.
 */
class ShippedPipelinesTest {
    static final Path CONFIGS = Path.of("../../configs/strain-paths");
    static final PluginKit KIT = PluginKit.discover(Path.of("."));

    @TempDir
    Path dir;

    /** Rows of a CSV (header skipped) as numbers. */
    static List<double[]> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<double[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            double[] r = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                r[i] = f[i].equals("NaN") || f[i].isEmpty() ? Double.NaN : Double.parseDouble(f[i]);
            }
            rows.add(r);
        }
        return rows;
    }

    static int column(Path file, String name) throws IOException {
        List<String> header = List.of(Files.readAllLines(file).get(0).split(","));
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equals(name) || header.get(i).startsWith(name + " [")) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name + " in " + header);
    }

    /** Energies (meV/atom relative to e3 = 0) of a stage's table, and its end-point report. */
    record Stage(double[] e3, double[] energy, String report, double endEnergy) {
        double max() {
            return java.util.Arrays.stream(energy).max().orElseThrow();
        }

        double min() {
            return java.util.Arrays.stream(energy).min().orElseThrow();
        }
    }

    Stage stage(String name) throws IOException {
        Path d = dir.resolve(name);
        Path table = d.resolve("strain-path.csv");
        assertTrue(Files.exists(table), table.toString());
        assertTrue(Files.exists(d.resolve("strain-path.png")), "plot of " + name);
        assertTrue(Files.exists(d.resolve("structures/point-000.vasp")), "POSCARs of " + name);
        assertTrue(Files.exists(d.resolve("structures/end-point.vasp")), "end point of " + name);
        List<double[]> rows = csv(table);
        int e3 = column(table, "e3");
        int en = column(table, "energy_mev");
        double[] x = rows.stream().mapToDouble(r -> r[e3]).toArray();
        double[] y = rows.stream().mapToDouble(r -> r[en]).toArray();
        for (int i = 0; i < x.length; i++) {
            if (x[i] == 0) {
                assertEquals(0, y[i], 1e-9, "E(e3 = 0) is the reference");
            }
        }
        Path ends = d.resolve("end-points.csv");
        double endEnergy = csv(ends).get(0)[column(ends, "end_energy_mev")];
        return new Stage(x, y, Files.readString(d.resolve("end-points.txt")), endEnergy);
    }

    @Test
    void lithiumEndsAboveBccWhilePartlyScreenedNeighboursDipBelowIt() throws IOException {
        KIT.run(CONFIGS.resolve("li-bain-burgers.yaml"), dir, 1);
        Stage bain = stage("bain");
        Stage burgers = stage("burgers");
        assertTrue(bain.report().contains("FCC (A1)"), bain.report());
        assertTrue(burgers.report().contains("HCP (A3)"), burgers.report());
        // Baskes's first-neighbour MEAM puts FCC and HCP Li about 11 meV/atom above BCC (DFT, seed 002
        // §3.2: within 1–2 meV/atom): the shipped model does not reproduce the flat Li of the paper.
        assertTrue(bain.endEnergy() > 5 && bain.endEnergy() < 20, "FCC at " + bain.endEnergy());
        assertTrue(burgers.endEnergy() > 5 && burgers.endEnergy() < 20, "HCP at " + burgers.endEnergy());
        // BCC second neighbours are screened at C = C_min exactly; strain unscreens them part-way and
        // the energy falls below BCC's on the way.
        assertTrue(bain.min() < -5 && burgers.min() < -5, "dips " + bain.min() + ", " + burgers.min());
    }

    @Test
    void silverHasADeepFccWell() throws IOException {
        KIT.run(CONFIGS.resolve("ag-bain-burgers.yaml"), dir, 1);
        Stage bain = stage("bain");
        assertTrue(bain.report().contains("FCC (A1)"), bain.report());
        assertTrue(bain.endEnergy() < -25, "FCC below BCC by " + bain.endEnergy() + " meV/atom");
        assertEquals(bain.min(), Math.min(bain.min(), bain.endEnergy()), 1.0, "the well is at the FCC end");
        assertTrue(stage("burgers").report().contains("HCP (A3)"));
    }

    @Test
    void b2AndD03ReachTheirClosePackedOrderings() throws IOException {
        KIT.run(CONFIGS.resolve("liag-b2-bain-burgers.yaml"), dir.resolve("b2"), 1);
        KIT.run(CONFIGS.resolve("li3ag-d03-bain-burgers.yaml"), dir.resolve("d03"), 1);
        Stage b2Bain = stage("b2/bain");
        Stage b2Burgers = stage("b2/burgers");
        Stage d03Bain = stage("d03/bain");
        Stage d03Burgers = stage("d03/burgers");
        assertTrue(b2Bain.report().contains("L1_0"));
        assertTrue(b2Burgers.report().contains("B19"));
        assertTrue(d03Bain.report().contains("D0_22"));
        assertTrue(d03Burgers.report().contains("HCP-based A3B"), d03Burgers.report());
        // B2 lies below its L1_0 and B19 ends (DFT: a robust minimum), but only as a shallow local
        // minimum: partly unscreened second neighbours take both paths below it.
        assertTrue(b2Bain.endEnergy() > 0 && b2Burgers.endEnergy() > 0, b2Bain.endEnergy() + ", " + b2Burgers.endEnergy());
        assertTrue(b2Bain.min() < -5 && b2Burgers.min() < -5, b2Bain.min() + ", " + b2Burgers.min());
        // D0_22 and the HCP ordering end a few meV/atom below D0_3 (DFT: D0_3 ≈ D0_22, HCP ordering 2.8 meV/atom lower).
        assertTrue(d03Bain.endEnergy() < 0 && d03Bain.endEnergy() > -10, "D0_22 at " + d03Bain.endEnergy());
        assertTrue(d03Burgers.endEnergy() < 0 && d03Burgers.endEnergy() > -10, "HCP ordering at " + d03Burgers.endEnergy());
    }
}
