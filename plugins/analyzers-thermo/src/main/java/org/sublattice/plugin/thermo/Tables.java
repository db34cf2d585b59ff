package org.sublattice.plugin.thermo;

import java.util.ArrayList;
import java.util.List;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.PointResult;
import org.sublattice.api.run.StageData;

/** The condition columns every table starts with, and the column a plot should use as x. */
final class Tables {
    private Tables() {
    }

    /** Species with a chemical potential anywhere in the stage, in first-seen order. */
    static List<String> muSpecies(StageData stage) {
        List<String> out = new ArrayList<>();
        for (PointResult p : stage.points()) {
            for (String s : p.conditions().chemicalPotentials().keySet()) {
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    static List<Column> conditionColumns(List<String> species) {
        List<Column> cols = new ArrayList<>();
        cols.add(new Column("temperature", "K"));
        for (String s : species) {
            cols.add(new Column("mu_" + s, "eV"));
        }
        return cols;
    }

    static int fillConditions(double[] row, PointResult p, List<String> species) {
        int c = 0;
        row[c++] = p.conditions().temperature();
        for (String s : species) {
            row[c++] = p.conditions().mu(s);
        }
        return c;
    }

    /** The swept condition to plot against: the first μ that varies, else temperature. */
    static String xColumn(StageData stage, List<String> species) {
        for (String s : species) {
            double first = Double.NaN;
            for (PointResult p : stage.points()) {
                double v = p.conditions().mu(s);
                if (Double.isNaN(first)) {
                    first = v;
                } else if (v != first) {
                    return "mu_" + s;
                }
            }
        }
        return "temperature";
    }
}
