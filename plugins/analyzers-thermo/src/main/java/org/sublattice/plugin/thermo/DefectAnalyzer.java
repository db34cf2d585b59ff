package org.sublattice.plugin.thermo;

import org.sublattice.api.run.Blocking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sublattice.api.Analyzer;
import org.sublattice.api.AnalyzerFactory;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Param;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.run.AnalysisResult;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.PlotSpec;
import org.sublattice.api.run.PointResult;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.StageData;

/**
 * Vacancy and antisite concentrations per sublattice (fractions of the sublattice's sites holding
 * a vacancy, or an atom other than the ideal one), with blocking errors, against the atom fraction
 * of a chosen species; plotted on a log scale because they span decades.
 */
final class DefectAnalyzer implements Analyzer {
    private final Optional<String> xSpecies;

    DefectAnalyzer(Optional<String> xSpecies) {
        this.xSpecies = xSpecies;
    }

    @Override
    public AnalysisResult analyze(StageData stage) {
        var sc = stage.supercell();
        List<Sublattices.Info> subs = Sublattices.of(sc);
        List<String> mu = Tables.muSpecies(stage);
        List<String> atoms = Sublattices.atoms(sc);
        String xs = xSpecies.orElse(mu.isEmpty() ? atoms.get(0) : mu.get(0));
        List<Column> cols = new ArrayList<>(Tables.conditionColumns(mu));
        cols.add(new Column("x_" + xs, ""));
        cols.add(new Column("err_x_" + xs, ""));
        List<String> plotted = new ArrayList<>();
        for (Sublattices.Info i : subs) {
            if (i.allowsVacancy()) {
                cols.add(new Column("vacancy@" + i.label(), ""));
                cols.add(new Column("err_vacancy@" + i.label(), ""));
                plotted.add("vacancy@" + i.label());
            }
            if (i.occupants().stream().anyMatch(o -> !o.equals(i.ideal()) && !o.equals(Site.VACANCY))) {
                cols.add(new Column("antisite@" + i.label(), ""));
                cols.add(new Column("err_antisite@" + i.label(), ""));
                plotted.add("antisite@" + i.label());
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (PointResult p : stage.points()) {
            double[] row = new double[cols.size()];
            int c = Tables.fillConditions(row, p, mu);
            double[] x = Blocking.meanAndError(Sublattices.atomFraction(p, subs, xs, sc.size()));
            row[c++] = x[0];
            row[c++] = x[1];
            for (Sublattices.Info i : subs) {
                if (i.allowsVacancy()) {
                    double[] v = Blocking.meanAndError(Sublattices.count(p, i.label(), Site.VACANCY));
                    row[c++] = v[0] / i.sites();
                    row[c++] = v[1] / i.sites();
                }
                if (i.occupants().stream().anyMatch(o -> !o.equals(i.ideal()) && !o.equals(Site.VACANCY))) {
                    double[] anti = new double[p.chain().samples()];
                    for (String o : i.occupants()) {
                        if (!o.equals(i.ideal()) && !o.equals(Site.VACANCY)) {
                            double[] n = Sublattices.count(p, i.label(), o);
                            for (int k = 0; k < anti.length; k++) {
                                anti[k] += n[k];
                            }
                        }
                    }
                    double[] a = Blocking.meanAndError(anti);
                    row[c++] = a[0] / i.sites();
                    row[c++] = a[1] / i.sites();
                }
            }
            rows.add(row);
        }
        ResultTable table = new ResultTable("defects", cols, rows);
        List<PlotSpec> plots = rows.size() > 1 && !plotted.isEmpty()
                ? List.of(new PlotSpec("defects", "Vacancy and antisite concentrations (" + stage.stageId() + ")", "defects", "x_" + xs,
                        plotted, true))
                : List.of();
        return new AnalysisResult(List.of(table), plots);
    }

    /**
     * Parameters.
     *
     * @param xSpecies species whose atom fraction is the x axis
     */
    public record Parameters(
            @Param(value = "species whose atom fraction is the x axis (default: the first with a chemical potential)",
                    defaultValue = Param.OPTIONAL) Optional<String> xSpecies) {
    }

    /** Factory. */
    public static final class Factory implements AnalyzerFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "vacancy and antisite concentrations per sublattice against composition (log-scale plot)";
        }

        @Override
        public String example() {
            return "analyzers: [{type: defects, x-species: Li}]";
        }

        @Override
        public Analyzer create(Parameters p, BuildContext context) {
            return new DefectAnalyzer(p.xSpecies());
        }
    }
}
