package org.sublattice.plugin.thermo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sublattice.api.Analyzer;
import org.sublattice.api.AnalyzerFactory;
import org.sublattice.api.BuildContext;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Param;
import org.sublattice.api.run.AnalysisResult;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.PlotSpec;
import org.sublattice.api.run.PointResult;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.StageData;

/**
 * The order parameter m = 2x − 1 of a binary sublattice (x the fraction of one species: the
 * magnetisation of the equivalent Ising model) and its Binder cumulant U₄ = 1 − ⟨m⁴⟩/(3⟨m²⟩²)
 * (Binder, Z. Phys. B 43, 119 (1981)), which tends to 2/3 in the ordered phase and to 0 in the
 * disordered one; curves for different system sizes cross at the critical temperature. Also
 * ⟨|m|⟩ and the susceptibility χ = βN(⟨m²⟩ − ⟨|m|⟩²). Errors by jackknife over
 * {@value #BLOCKS} contiguous blocks.
 */
final class BinderAnalyzer implements Analyzer {
    static final int BLOCKS = 20;
    private final String species;
    private final Optional<String> sublattice;

    BinderAnalyzer(String species, Optional<String> sublattice) {
        this.species = species;
        this.sublattice = sublattice;
    }

    @Override
    public AnalysisResult analyze(StageData stage) {
        List<Sublattices.Info> subs = Sublattices.of(stage.supercell()).stream()
                .filter(i -> sublattice.map(s -> s.equals(i.label())).orElse(i.occupants().contains(species))).toList();
        if (subs.isEmpty()) {
            throw new InvalidInputException("binder: no sublattice " + sublattice.map(s -> "'" + s + "' ").orElse("")
                    + "holds " + species);
        }
        int sites = subs.stream().mapToInt(Sublattices.Info::sites).sum();
        List<String> mu = Tables.muSpecies(stage);
        List<Column> cols = new ArrayList<>(Tables.conditionColumns(mu));
        for (String c : List.of("abs_m", "err_abs_m", "binder_u4", "err_binder_u4", "susceptibility")) {
            cols.add(new Column(c, ""));
        }
        List<double[]> rows = new ArrayList<>();
        for (PointResult p : stage.points()) {
            double[] n = new double[p.chain().samples()];
            for (Sublattices.Info i : subs) {
                double[] c = Sublattices.count(p, i.label(), species);
                for (int k = 0; k < n.length; k++) {
                    n[k] += c[k];
                }
            }
            double[] m = new double[n.length];
            for (int k = 0; k < n.length; k++) {
                m[k] = 2 * n[k] / sites - 1;
            }
            double[] row = new double[cols.size()];
            int c = Tables.fillConditions(row, p, mu);
            double[] all = moments(m, 0, m.length);
            double[] jackAbs = new double[BLOCKS];
            double[] jackU = new double[BLOCKS];
            int len = m.length / BLOCKS;
            boolean jack = len > 0;
            for (int b = 0; b < BLOCKS && jack; b++) {
                double[] without = momentsWithout(m, b * len, (b + 1) * len);
                jackAbs[b] = without[0];
                jackU[b] = binder(without);
            }
            row[c++] = all[0];
            row[c++] = jack ? jackknifeError(jackAbs) : Double.NaN;
            row[c++] = binder(all);
            row[c++] = jack ? jackknifeError(jackU) : Double.NaN;
            row[c] = p.conditions().beta() * sites * (all[1] - all[0] * all[0]);
            rows.add(row);
        }
        ResultTable t = new ResultTable("binder", cols, rows);
        List<PlotSpec> plots = rows.size() > 1
                ? List.of(new PlotSpec("binder", "Binder cumulant of m = 2x(" + species + ") − 1 (" + stage.stageId() + ")", "binder",
                        Tables.xColumn(stage, mu), List.of("binder_u4"), false))
                : List.of();
        return new AnalysisResult(List.of(t), plots);
    }

    /** {⟨|m|⟩, ⟨m²⟩, ⟨m⁴⟩} over samples [from, to). */
    private static double[] moments(double[] m, int from, int to) {
        double a = 0;
        double m2 = 0;
        double m4 = 0;
        for (int k = from; k < to; k++) {
            double v = m[k];
            a += Math.abs(v);
            m2 += v * v;
            m4 += v * v * v * v;
        }
        int n = to - from;
        return new double[] {a / n, m2 / n, m4 / n};
    }

    private static double[] momentsWithout(double[] m, int from, int to) {
        double[] all = moments(m, 0, m.length);
        double[] out = moments(m, from, to);
        int n = m.length;
        int k = to - from;
        double[] r = new double[3];
        for (int i = 0; i < 3; i++) {
            r[i] = (all[i] * n - out[i] * k) / (n - k);
        }
        return r;
    }

    private static double binder(double[] mom) {
        return mom[1] == 0 ? 0 : 1 - mom[2] / (3 * mom[1] * mom[1]);
    }

    private static double jackknifeError(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double s = 0;
        for (double x : v) {
            s += (x - mean) * (x - mean);
        }
        return Math.sqrt((v.length - 1.0) / v.length * s);
    }

    /**
     * Parameters.
     *
     * @param species the species counted as "up"
     * @param sublattice the sublattice (default: every sublattice allowing the species)
     */
    public record Parameters(@Param("the species whose site fraction x gives m = 2x − 1") String species,
            @Param(value = "sublattice label (default: all that allow the species)", defaultValue = Param.OPTIONAL)
            Optional<String> sublattice) {
    }

    /** Factory. */
    public static final class Factory implements AnalyzerFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "order parameter m = 2x − 1 of a binary sublattice, its Binder cumulant and susceptibility (critical points)";
        }

        @Override
        public String example() {
            return "analyzers: [{type: binder, species: B}]";
        }

        @Override
        public Analyzer create(Parameters p, BuildContext context) {
            return new BinderAnalyzer(p.species(), p.sublattice());
        }
    }
}
