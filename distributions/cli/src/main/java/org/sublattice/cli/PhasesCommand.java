package org.sublattice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.PlotSpec;
import org.sublattice.api.run.ResultTable;
import org.sublattice.core.pipeline.PipelineDocument.PlotFormat;
import org.sublattice.core.run.Plotter;
import org.sublattice.core.run.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sublattice phases}: compares the grand potential φ of several parent phases (the
 * free-energy tables of their runs) at equal temperature and chemical potentials. At each point
 * the phase with the lowest φ is stable; with {@code --species} the stable phase's composition and
 * the voltage V = −(μ − μ_ref) give the voltage curve across phases.
 */
@Command(name = "phases", mixinStandardHelpOptions = true,
        description = "Stable phase and voltage curve across parents: compare φ from the free-energy tables of several runs at equal (T, μ).")
final class PhasesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "NAME=STAGE_DIR", arity = "2..*",
            description = "A phase name and the stage directory of its run holding free-energy.csv, e.g. fcc=runs/li-ag-fcc/sweep.")
    Map<String, Path> phases;
    @Option(names = "--species", description = "Species of the voltage curve (its μ is swept), e.g. Li.")
    String species;
    @Option(names = "--reference", defaultValue = "0", description = "μ of the species in the reference electrode, eV (default 0).")
    double reference;
    @Option(names = {"-o", "--output"}, defaultValue = "runs/phases", description = "Output directory (default ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Map<String, Map<String, Map<String, Double>>> byPhase = new LinkedHashMap<>();
        List<String> keyColumns = null;
        for (Map.Entry<String, Path> e : phases.entrySet()) {
            Path f = e.getValue().resolve("free-energy.csv");
            if (!Files.exists(f)) {
                throw new InvalidInputException("phase " + e.getKey() + ": no free-energy.csv in " + e.getValue()
                        + " (run a stage with the free-energy analyzer)");
            }
            List<String> lines = Files.readAllLines(f);
            String[] head = lines.get(0).split(",");
            List<String> keys = new ArrayList<>();
            for (String h : head) {
                String name = h.replaceAll(" \\[.*]", "");
                if (name.equals("temperature") || name.startsWith("mu_")) {
                    keys.add(name);
                }
            }
            if (keyColumns == null) {
                keyColumns = keys;
            } else if (!keyColumns.equals(keys)) {
                throw new InvalidInputException("phase " + e.getKey() + " was swept over " + keys + ", the others over " + keyColumns);
            }
            Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] v = line.split(",");
                Map<String, Double> row = new LinkedHashMap<>();
                for (int i = 0; i < head.length; i++) {
                    row.put(head[i].replaceAll(" \\[.*]", ""), Double.parseDouble(v[i]));
                }
                StringBuilder key = new StringBuilder();
                for (String k : keys) {
                    key.append(String.format("%.9f,", row.get(k)));
                }
                rows.put(key.toString(), row);
            }
            byPhase.put(e.getKey(), rows);
        }
        List<String> names = new ArrayList<>(byPhase.keySet());
        Map<String, Map<String, Double>> first = byPhase.get(names.get(0));
        List<Column> cols = new ArrayList<>();
        for (String k : keyColumns) {
            cols.add(new Column(k, k.equals("temperature") ? "K" : "eV"));
        }
        for (String n : names) {
            cols.add(new Column("phi_" + n, "eV"));
        }
        cols.add(new Column("stable_phase", ""));
        if (species != null) {
            cols.add(new Column("x_" + species, ""));
            cols.add(new Column("voltage", "V"));
        }
        List<double[]> rows = new ArrayList<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String key : first.keySet()) {
            if (!byPhase.values().stream().allMatch(m -> m.containsKey(key))) {
                continue; // only points every phase was run at
            }
            double[] row = new double[cols.size()];
            int c = 0;
            for (String k : keyColumns) {
                row[c++] = first.get(key).get(k);
            }
            int best = 0;
            for (int i = 0; i < names.size(); i++) {
                row[c + i] = byPhase.get(names.get(i)).get(key).get("phi");
                if (row[c + i] < row[c + best]) {
                    best = i;
                }
            }
            c += names.size();
            row[c++] = best;
            counts.merge(best, 1, Integer::sum);
            if (species != null) {
                Map<String, Double> stable = byPhase.get(names.get(best)).get(key);
                double nSpecies = stable.getOrDefault("x_" + species + "_per_site", Double.NaN);
                double atoms = 0;
                for (Map.Entry<String, Double> x : stable.entrySet()) {
                    if (x.getKey().startsWith("x_") && x.getKey().endsWith("_per_site")) {
                        atoms += x.getValue();
                    }
                }
                row[c++] = nSpecies / atoms;
                row[c] = -(first.get(key).get("mu_" + species) - reference);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("the phases share no (temperature, μ) point; run them on the same grid");
        }
        ResultTable table = new ResultTable("phases", cols, rows);
        TableWriter.write(table, output);
        List<String> written = new ArrayList<>(List.of("phases.csv", "phases.json"));
        List<String> phiColumns = names.stream().map(n -> "phi_" + n).toList();
        String x = keyColumns.size() > 1 ? keyColumns.get(keyColumns.size() - 1) : keyColumns.get(0);
        written.addAll(Plotter.write(new PlotSpec("phases-phi", "Grand potential of each phase", "phases", x, phiColumns, false), table,
                output, List.of(PlotFormat.PNG, PlotFormat.SVG)));
        if (species != null) {
            written.addAll(Plotter.write(new PlotSpec("voltage-curve", "Voltage across phases", "phases", "x_" + species, List.of("voltage"),
                    false), table, output, List.of(PlotFormat.PNG, PlotFormat.SVG)));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d points; stable: ", rows.size());
        counts.forEach((i, n) -> out.printf("%s at %d ", names.get(i), n));
        out.printf("(stable_phase column: %s)%nwrote %s in %s%n", legend(names), String.join(", ", written), output);
        return 0;
    }

    private static String legend(List<String> names) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(i + " = " + names.get(i));
        }
        return String.join(", ", out);
    }
}
