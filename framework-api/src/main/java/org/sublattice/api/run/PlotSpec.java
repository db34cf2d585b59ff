package org.sublattice.api.run;

import java.util.List;
import org.sublattice.api.Checks;

/**
 * A line plot of columns of one result table, rendered by the host as PNG and/or SVG.
 *
 * @param name file name stem
 * @param title plot title
 * @param table the table's name
 * @param x the x column
 * @param y the y columns, one line each
 * @param logY whether the y axis is logarithmic (for quantities spanning decades)
 */
public record PlotSpec(String name, String title, String table, String x, List<String> y, boolean logY) {
    public PlotSpec {
        Checks.notNull(name, "name");
        Checks.notNull(title, "title");
        Checks.notNull(table, "table");
        Checks.notNull(x, "x");
        y = List.copyOf(Checks.noNulls(y, "y"));
        if (y.isEmpty()) {
            throw new IllegalArgumentException("plot '" + name + "' has no y columns");
        }
    }
}
