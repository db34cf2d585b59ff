package org.sublattice.plugin.strainpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @ParameterizedTest
    @ValueSource(strings = {"li-bain-burgers", "ag-bain-burgers", "liag-b2-bain-burgers", "li3ag-d03-bain-burgers"})
    void shippedPipelineRunsAndWritesTablesPlotsAndStructures(String name) throws IOException {
        KIT.run(CONFIGS.resolve(name + ".yaml"), dir, 1);
        for (String stage : List.of("bain", "burgers")) {
            Path d = dir.resolve(stage);
            Path table = d.resolve("strain-path.csv");
            assertTrue(Files.exists(table), table.toString());
            assertTrue(Files.exists(d.resolve("strain-path.png")));
            assertTrue(Files.exists(d.resolve("structures/point-000.vasp")));
            assertTrue(Files.exists(d.resolve("structures/end-point.vasp")));
            System.out.println(name + " " + stage + ":\n" + Files.readString(d.resolve("end-points.txt")));
            int e3 = column(table, "e3");
            int en = column(table, "energy_mev");
            StringBuilder sb = new StringBuilder();
            for (double[] r : csv(table)) {
                sb.append(String.format(java.util.Locale.ROOT, "%.4f:%.2f ", r[e3], r[en]));
            }
            System.out.println(sb);
        }
    }
}
