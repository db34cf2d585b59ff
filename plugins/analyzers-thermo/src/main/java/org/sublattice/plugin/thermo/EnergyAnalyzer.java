package org.sublattice.plugin.thermo;

import org.sublattice.api.run.Blocking;

import java.util.ArrayList;
import java.util.List;
import org.sublattice.api.Analyzer;
import org.sublattice.api.AnalyzerFactory;
import org.sublattice.api.BuildContext;
import org.sublattice.api.run.AnalysisResult;
import org.sublattice.api.run.ChainResult;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.PlotSpec;
import org.sublattice.api.run.PointResult;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.StageData;

/**
 * Mean energy per site with its blocking error, and the heat capacity per site from energy
 * fluctuations, C/k_B = β²(⟨E²⟩ − ⟨E⟩²)/N (at fixed μ in the semi-grand ensemble this is the
 * fluctuation of E, not of Ω; see SCIENCE.md §4).
 */
final class EnergyAnalyzer implements Analyzer {

    @Override
    public AnalysisResult analyze(StageData stage) {
        int n = stage.supercell().size();
        List<String> mu = Tables.muSpecies(stage);
        List<Column> cols = new ArrayList<>(Tables.conditionColumns(mu));
        cols.add(new Column("energy_per_site", "eV"));
        cols.add(new Column("err_energy_per_site", "eV"));
        cols.add(new Column("heat_capacity_per_site", "k_B"));
        cols.add(new Column("samples", ""));
        List<double[]> rows = new ArrayList<>();
        for (PointResult p : stage.points()) {
            double[] row = new double[cols.size()];
            int c = Tables.fillConditions(row, p, mu);
            double[] e = p.chain().series().getOrDefault(ChainResult.ENERGY, new double[0]);
            double[] me = Blocking.meanAndError(e);
            double var = 0;
            for (double v : e) {
                var += (v - me[0]) * (v - me[0]);
            }
            var = e.length > 1 ? var / (e.length - 1) : Double.NaN;
            double beta = p.conditions().beta();
            row[c++] = me[0] / n;
            row[c++] = me[1] / n;
            row[c++] = beta * beta * var / n;
            row[c] = e.length;
            rows.add(row);
        }
        ResultTable table = new ResultTable("energy", cols, rows);
        List<PlotSpec> plots = rows.size() > 1
                ? List.of(new PlotSpec("energy", "Energy per site (" + stage.stageId() + ")", "energy",
                        Tables.xColumn(stage, mu), List.of("energy_per_site"), false))
                : List.of();
        return new AnalysisResult(List.of(table), plots);
    }

    /** Factory. */
    public static final class Factory implements AnalyzerFactory<NoParameters> {
        @Override
        public Class<NoParameters> parameters() {
            return NoParameters.class;
        }

        @Override
        public String summary() {
            return "mean energy per site (blocking error) and heat capacity per site from energy fluctuations";
        }

        @Override
        public String example() {
            return "analyzers: [energy]";
        }

        @Override
        public Analyzer create(NoParameters p, BuildContext context) {
            return new EnergyAnalyzer();
        }
    }
}
