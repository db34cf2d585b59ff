package org.sublattice.plugin.thermo;

import org.sublattice.api.run.Blocking;

import java.util.ArrayList;
import java.util.List;
import org.sublattice.api.Analyzer;
import org.sublattice.api.AnalyzerFactory;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.BuildContext;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.AnalysisResult;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.PlotSpec;
import org.sublattice.api.run.PointResult;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.StageData;

/**
 * The dilute-vacancy estimate of SCIENCE.md §4 (seed 002 Eq. 1) for every sublattice that allows
 * vacancies: the grand-canonical formation energy of one vacancy in the ideal ordering,
 * ΔΩ = E(N_Va = 1) − E(N_Va = 0) + μ_i (removing an atom of species i), and x_Va ≈ exp(−ΔΩ/k_BT),
 * beside the vacancy fraction the chains sampled.
 */
final class DiluteVacancyAnalyzer implements Analyzer {

    @Override
    public AnalysisResult analyze(StageData stage) {
        Supercell sc = stage.supercell();
        BoundHamiltonian h = stage.hamiltonian();
        byte[] ideal = Configuration.ideal(sc).occupation();
        List<Sublattices.Info> subs = Sublattices.of(sc).stream().filter(Sublattices.Info::allowsVacancy)
                .filter(i -> !i.ideal().equals(Site.VACANCY)).toList();
        List<String> mu = Tables.muSpecies(stage);
        List<Column> cols = new ArrayList<>(Tables.conditionColumns(mu));
        List<String> plotted = new ArrayList<>();
        // ΔE of taking the ideal atom off one site of each such sublattice (the lowest over its basis sites).
        double[] removal = new double[subs.size()];
        for (int k = 0; k < subs.size(); k++) {
            Sublattices.Info i = subs.get(k);
            double best = Double.POSITIVE_INFINITY;
            for (int b = 0; b < sc.prim().size(); b++) {
                Site site = sc.prim().basis().get(b);
                if (site.sublattice().equals(i.label())) {
                    int s = sc.index(b, 0, 0, 0);
                    best = Math.min(best, h.deltaFlip(ideal, s, site.indexOf(Site.VACANCY)));
                }
            }
            removal[k] = best;
            cols.add(new Column("delta_omega@" + i.label(), "eV"));
            cols.add(new Column("x_va_dilute@" + i.label(), ""));
            cols.add(new Column("x_va_sampled@" + i.label(), ""));
            cols.add(new Column("err_x_va_sampled@" + i.label(), ""));
            plotted.add("x_va_dilute@" + i.label());
            plotted.add("x_va_sampled@" + i.label());
        }
        List<double[]> rows = new ArrayList<>();
        for (PointResult p : stage.points()) {
            double[] row = new double[cols.size()];
            int c = Tables.fillConditions(row, p, mu);
            for (int k = 0; k < subs.size(); k++) {
                Sublattices.Info i = subs.get(k);
                double dOmega = removal[k] + p.conditions().mu(i.ideal());
                double[] sampled = Blocking.meanAndError(Sublattices.count(p, i.label(), Site.VACANCY));
                row[c++] = dOmega;
                row[c++] = Math.exp(-dOmega * p.conditions().beta());
                row[c++] = sampled[0] / i.sites();
                row[c++] = sampled[1] / i.sites();
            }
            rows.add(row);
        }
        ResultTable t = new ResultTable("dilute-vacancy", cols, rows);
        List<PlotSpec> plots = rows.size() > 1 && !plotted.isEmpty()
                ? List.of(new PlotSpec("dilute-vacancy", "Vacancy fraction: dilute estimate and sampled (" + stage.stageId() + ")",
                        "dilute-vacancy", Tables.xColumn(stage, mu), plotted, true))
                : List.of();
        return new AnalysisResult(List.of(t), plots);
    }

    /** Factory. */
    public static final class Factory implements AnalyzerFactory<NoParameters> {
        @Override
        public Class<NoParameters> parameters() {
            return NoParameters.class;
        }

        @Override
        public String summary() {
            return "dilute-vacancy estimate x_Va = exp(−ΔΩ/k_BT) from the vacancy formation energy ΔΩ in the ideal ordering, "
                    + "beside the sampled vacancy fraction";
        }

        @Override
        public String example() {
            return "analyzers: [dilute-vacancy]";
        }

        @Override
        public Analyzer create(NoParameters p, BuildContext context) {
            return new DiluteVacancyAnalyzer();
        }
    }
}
