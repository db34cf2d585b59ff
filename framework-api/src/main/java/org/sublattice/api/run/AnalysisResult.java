package org.sublattice.api.run;

import java.util.List;
import org.sublattice.api.Checks;

/**
 * Tables and plots produced by one analyzer for one stage.
 *
 * @param tables result tables
 * @param plots plots of those tables
 */
public record AnalysisResult(List<ResultTable> tables, List<PlotSpec> plots) {
    public AnalysisResult {
        tables = List.copyOf(Checks.noNulls(tables, "tables"));
        plots = List.copyOf(Checks.noNulls(plots, "plots"));
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

    private static List<String> concat(String x, List<String> y) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(x), y.stream()).toList();
    }
}
