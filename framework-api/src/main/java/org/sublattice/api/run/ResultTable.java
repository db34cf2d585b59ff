package org.sublattice.api.run;

import java.util.ArrayList;
import java.util.List;
import org.sublattice.api.Checks;

/**
 * A numeric table an analyzer produces; written as CSV and JSON by the host. Immutable (rows are
 * copied on construction and on access).
 *
 * @param name table name (file name stem), e.g. {@code composition}
 * @param columns columns
 * @param rows rows, each as long as {@code columns}
 */
public record ResultTable(String name, List<Column> columns, List<double[]> rows) {
    public ResultTable {
        Checks.notNull(name, "name");
        if (!name.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("table name '" + name + "' must be lower-case letters, digits, . _ -");
        }
        columns = List.copyOf(Checks.noNulls(columns, "columns"));
        List<double[]> copy = new ArrayList<>();
        for (double[] r : Checks.noNulls(rows, "rows")) {
            if (r.length != columns.size()) {
                throw new IllegalArgumentException("table '" + name + "' row " + copy.size() + " has " + r.length
                        + " values for " + columns.size() + " columns");
            }
            copy.add(r.clone());
        }
        rows = List.copyOf(copy);
    }

    /** Index of the named column, or -1. */
    public int column(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }

    /** Value at row r of the named column. */
    public double value(int r, String columnName) {
        int c = column(columnName);
        if (c < 0) {
            throw new IllegalArgumentException("table '" + name + "' has no column '" + columnName + "'");
        }
        return rows.get(r)[c];
    }
}
