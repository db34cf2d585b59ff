package org.sublattice.api.run;

import java.util.List;
import org.sublattice.api.Checks;

/**
 * Tables, plots and other files produced by one analyzer for one stage.
 *
 * @param tables result tables
 * @param plots plots of those tables
 * @param files other text files (e.g. structures for other codes), paths distinct
 */
public record AnalysisResult(List<ResultTable> tables, List<PlotSpec> plots, List<TextFile> files) {
    public AnalysisResult {
        tables = List.copyOf(Checks.noNulls(tables, "tables"));
        plots = List.copyOf(Checks.noNulls(plots, "plots"));
        files = List.copyOf(Checks.noNulls(files, "files"));
        if (files.stream().map(TextFile::path).distinct().count() != files.size()) {
            throw new IllegalArgumentException("two files share a path: " + files.stream().map(TextFile::path).toList());
        }
        for (PlotSpec p : plots) {
            ResultTable t = tables.stream().filter(x -> x.name().equals(p.table())).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("plot '" + p.name() + "' refers to unknown table '" + p.table() + "'"));
            for (String c : concat(p.x(), p.y())) {
                if (t.column(c) < 0) {
                    throw new IllegalArgumentException("plot '" + p.name() + "' refers to unknown column '" + c
                            + "' of table '" + t.name() + "'");
                }
            }
        }
    }

    /** Tables and plots only. */
    public AnalysisResult(List<ResultTable> tables, List<PlotSpec> plots) {
        this(tables, plots, List.of());
    }

    private static List<String> concat(String x, List<String> y) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(x), y.stream()).toList();
    }
}
