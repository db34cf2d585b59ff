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

/** The strain-path pipelines shipped in configs/ run with no external program and say what the paper says they should. */
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
    void lithiumIsNearlyDegenerateAlongBothPaths() throws IOException {
        KIT.run(CONFIGS.resolve("li-bain-burgers.yaml"), dir, 1);
        Stage bain = stage("bain");
        Stage burgers = stage("burgers");
        assertTrue(bain.report().contains("end    e3 =  0.307") && bain.report().contains("FCC (A1)"), bain.report());
        assertTrue(burgers.report().contains("HCP (A3)"), burgers.report());
        // Seed 002 §3.2: BCC, FCC and HCP within 1–2 meV/atom, barriers of at most 1–2 meV/atom.
        assertTrue(Math.abs(bain.endEnergy()) < 2 && Math.abs(burgers.endEnergy()) < 2, bain.endEnergy() + ", " + burgers.endEnergy());
        assertTrue(bain.max() < 2.5 && burgers.max() < 2.5, "barriers " + bain.max() + ", " + burgers.max());
        assertTrue(bain.min() > -0.5 && burgers.min() > -0.5, "BCC Li is the lowest along the scanned paths");
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
        assertTrue(stage("b2/bain").report().contains("L1_0"));
        assertTrue(stage("b2/burgers").report().contains("B19"));
        assertTrue(stage("d03/bain").report().contains("D0_22"));
        String d03 = stage("d03/burgers").report();
        assertTrue(d03.contains("HCP-based A3B"), d03);
    }
}
