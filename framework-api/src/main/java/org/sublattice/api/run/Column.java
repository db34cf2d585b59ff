package org.sublattice.api.run;

import org.sublattice.api.Checks;

/**
 * A column of a result table.
 *
 * @param name column name, used as CSV header and JSON key
 * @param unit unit, empty if dimensionless
 */
public record Column(String name, String unit) {
    public Column {
        Checks.notNull(name, "name");
        Checks.notNull(unit, "unit");
        if (name.isBlank() || name.contains(",")) {
            throw new IllegalArgumentException("column name must be non-blank and contain no comma, got '" + name + "'");
        }
    }
}
