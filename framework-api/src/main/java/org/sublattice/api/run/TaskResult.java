package org.sublattice.api.run;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sublattice.api.Checks;
import org.sublattice.api.Hamiltonian;

/**
 * What a finished {@link org.sublattice.api.Task} hands back. The host writes the tables (CSV and
 * JSON) and plots into the stage's directory exactly as it writes analyzer results, records the
 * files and the summary in {@code run.json}, and, if the pipeline's {@code system.hamiltonian}
 * names this stage, uses the Hamiltonian for the stages that follow.
 *
 * @param tables result tables
 * @param plots plots of those tables
 * @param files files the task wrote into its directory, as paths relative to it
 * @param summary key figures (e.g. {@code rms} and {@code cv} of a fit), in the units the task
 *     documents; shown after the run and recorded in {@code run.json}; finite values only
 * @param hamiltonian the Hamiltonian the task produced, if any
 */
public record TaskResult(List<ResultTable> tables, List<PlotSpec> plots, List<String> files, Map<String, Double> summary,
        Optional<Hamiltonian> hamiltonian) {
    public TaskResult {
        AnalysisResult checked = new AnalysisResult(tables, plots);
        tables = checked.tables();
        plots = checked.plots();
        files = List.copyOf(Checks.noNulls(files, "files"));
        Checks.notNull(summary, "summary");
        summary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        Checks.notNull(hamiltonian, "hamiltonian");
        Set<String> hostFiles = new HashSet<>();
        for (ResultTable t : tables) {
            hostFiles.add(t.name() + ".csv");
            hostFiles.add(t.name() + ".json");
        }
        for (PlotSpec p : plots) {
            hostFiles.add(p.name() + ".png");
            hostFiles.add(p.name() + ".svg");
        }
        Set<String> seen = new HashSet<>();
        for (String f : files) {
            Path p = Path.of(f);
            if (f.isBlank() || p.isAbsolute() || !p.normalize().equals(p) || p.startsWith("..")) {
                throw new IllegalArgumentException("task file '" + f + "' must be a relative path inside the task's directory");
            }
            if (!seen.add(f)) {
                throw new IllegalArgumentException("task file '" + f + "' is listed twice");
            }
            if (hostFiles.contains(f)) {
                throw new IllegalArgumentException("task file '" + f + "' has the name of one of the task's tables or plots");
            }
        }
        summary.forEach((k, v) -> {
            Checks.notNull(k, "summary key");
            Checks.finite(Checks.notNull(v, "summary." + k), "summary." + k);
        });
    }

    /** Tables and plots only: no files, no summary, no Hamiltonian. */
    public static TaskResult of(List<ResultTable> tables, List<PlotSpec> plots) {
        return new TaskResult(tables, plots, List.of(), Map.of(), Optional.empty());
    }
}
