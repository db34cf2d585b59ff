package org.sublattice.api.run;

import java.util.List;
import org.sublattice.api.Checks;

/**
 * A plot of columns of one result table against one column, rendered by the host as PNG and/or
 * SVG. Each y column is a series; by default its points are joined in row order, except the
 * columns listed in {@code markersOnly}, drawn as unconnected markers (scattered data such as
 * energies of many structures against composition). Non-finite values are left out, so a column
 * that is NaN except at some rows draws a line through those rows only.
 *
 * @param name file name stem
 * @param title plot title
 * @param table the table's name
 * @param x the x column
 * @param y the y columns, one series each
 * @param logY whether the y axis is logarithmic (for quantities spanning decades)
 * @param markersOnly the y columns drawn as markers without lines; a subset of {@code y}
 */
public record PlotSpec(String name, String title, String table, String x, List<String> y, boolean logY, List<String> markersOnly) {
    public PlotSpec {
        Checks.notNull(name, "name");
        Checks.notNull(title, "title");
        Checks.notNull(table, "table");
        Checks.notNull(x, "x");
        y = List.copyOf(Checks.noNulls(y, "y"));
        if (y.isEmpty()) {
            throw new IllegalArgumentException("plot '" + name + "' has no y columns");
        }
        markersOnly = List.copyOf(Checks.noNulls(markersOnly, "markersOnly"));
        for (String m : markersOnly) {
            if (!y.contains(m)) {
                throw new IllegalArgumentException("plot '" + name + "' draws '" + m + "' as markers but it is not among its y columns " + y);
            }
        }
    }

    /** A plot whose series are all lines through their points. */
    public PlotSpec(String name, String title, String table, String x, List<String> y, boolean logY) {
        this(name, title, table, x, y, logY, List.of());
    }
}
