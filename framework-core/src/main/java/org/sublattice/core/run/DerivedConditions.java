package org.sublattice.core.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.ResultTable;

/**
 * Fills in the chemical potentials a stage reads from an earlier stage's result table
 * ({@code chemical-potential-from: {Al: voltage/site-equilibrium}}): at every point, μ_S is the
 * table's column {@code mu_S} interpolated linearly in the one other chemical potential that varies
 * along the table's rows, among the rows at the point's temperature when the table has a
 * {@code temperature} column. Values outside the table's range are refused rather than
 * extrapolated. Stateless.
 */
final class DerivedConditions {
    /** Relative difference below which two temperatures are the same. */
    static final double SAME_TEMPERATURE = 1e-9;

    private DerivedConditions() {
    }

    /**
     * @param stage the stage whose points these are (for messages)
     * @param points the stage's points, without the derived species
     * @param from species → {@code stage/table}
     * @param tables result tables of the stages run so far: stage → table name → table
     * @return the points with every derived μ set
     * @throws InvalidInputException naming the table, column or value when a point cannot be filled in
     */
    static List<ConditionPoint> resolve(String stage, List<ConditionPoint> points, Map<String, String> from,
            Map<String, Map<String, ResultTable>> tables) {
        if (from.isEmpty()) {
            return points;
        }
        List<ConditionPoint> out = new ArrayList<>();
        for (ConditionPoint p : points) {
            Map<String, Double> mu = new LinkedHashMap<>(p.chemicalPotentials());
            for (Map.Entry<String, String> e : from.entrySet()) {
                mu.put(e.getKey(), value(stage, p, e.getKey(), e.getValue(), tables));
            }
            out.add(new ConditionPoint(p.temperature(), mu));
        }
        return out;
    }

    private static double value(String stage, ConditionPoint p, String species, String ref, Map<String, Map<String, ResultTable>> tables) {
        String source = ref.substring(0, ref.indexOf('/'));
        String name = ref.substring(ref.indexOf('/') + 1);
        String where = "stage " + stage + ", chemical-potential-from." + species + " = " + ref;
        Map<String, ResultTable> of = tables.getOrDefault(source, Map.of());
        ResultTable t = of.get(name);
        if (t == null) {
            throw new InvalidInputException(where + ": stage " + source + " wrote no table '" + name + "'; its tables: "
                    + (of.isEmpty() ? "none" : String.join(", ", of.keySet())));
        }
        List<String> cols = t.columns().stream().map(Column::name).toList();
        int target = cols.indexOf("mu_" + species);
        if (target < 0) {
            throw new InvalidInputException(where + ": table " + name + " has no column mu_" + species + "; columns: " + cols);
        }
        int tc = cols.indexOf("temperature");
        List<double[]> rows = t.rows().stream()
                .filter(r -> tc < 0 || Math.abs(r[tc] - p.temperature()) <= SAME_TEMPERATURE * p.temperature()).toList();
        if (rows.size() < 2) {
            throw new InvalidInputException(where + ": table " + name + " has " + rows.size() + " row(s) at " + p.temperature()
                    + " K; interpolating needs two or more");
        }
        int arg = -1;
        for (int c = 0; c < cols.size(); c++) {
            String col = cols.get(c);
            if (c != target && col.startsWith("mu_") && varies(rows, c)) {
                if (arg >= 0) {
                    throw new InvalidInputException(where + ": table " + name + " varies both " + cols.get(arg) + " and " + col
                            + "; it must vary exactly one chemical potential besides mu_" + species);
                }
                arg = c;
            }
        }
        if (arg < 0) {
            throw new InvalidInputException(where + ": table " + name + " varies no chemical potential besides mu_" + species);
        }
        String argSpecies = cols.get(arg).substring(3);
        if (!p.chemicalPotentials().containsKey(argSpecies)) {
            throw new InvalidInputException(where + ": the table is a function of mu_" + argSpecies + ", which stage " + stage
                    + " does not give; add chemical-potential." + argSpecies);
        }
        double x = p.mu(argSpecies);
        int a = arg;
        List<double[]> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(r -> r[a]));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i)[a] == sorted.get(i - 1)[a]) {
                throw new InvalidInputException(where + ": table " + name + " has two rows at " + cols.get(a) + " = " + sorted.get(i)[a]
                        + "; μ_" + species + " is not a function of it");
            }
        }
        double lo = sorted.get(0)[a];
        double hi = sorted.get(sorted.size() - 1)[a];
        if (x < lo || x > hi) {
            throw new InvalidInputException(where + ": μ_" + argSpecies + " = " + x + " eV is outside the table's range " + lo + " … "
                    + hi + " eV; choose points inside it");
        }
        for (int i = 1; i < sorted.size(); i++) {
            double[] r0 = sorted.get(i - 1);
            double[] r1 = sorted.get(i);
            if (x <= r1[a]) {
                double w = (x - r0[a]) / (r1[a] - r0[a]);
                return r0[target] + w * (r1[target] - r0[target]);
            }
        }
        return sorted.get(sorted.size() - 1)[target];
    }

    private static boolean varies(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(r -> r[c]).distinct().count() > 1;
    }
}
