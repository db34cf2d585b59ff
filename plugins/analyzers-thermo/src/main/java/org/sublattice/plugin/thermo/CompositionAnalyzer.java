package org.sublattice.plugin.thermo;

import org.sublattice.api.run.Blocking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.Analyzer;
import org.sublattice.api.AnalyzerFactory;
import org.sublattice.api.BuildContext;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.AnalysisResult;
import org.sublattice.api.run.ChainResult;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.PlotSpec;
import org.sublattice.api.run.PointResult;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.StageData;

/**
 * Site fractions of every species on every sublattice, x = ⟨N⟩ / (sites of the sublattice), with
 * blocking errors, one row per condition point; and a plot of the fractions against the swept
 * condition.
 */
final class CompositionAnalyzer implements Analyzer {

    @Override
    public AnalysisResult analyze(StageData stage) {
        Supercell sc = stage.supercell();
        Map<String, Integer> sitesPer = new LinkedHashMap<>();
        Map<String, List<String>> speciesPer = new LinkedHashMap<>();
        for (Site s : sc.prim().basis()) {
            sitesPer.merge(s.sublattice(), sc.volume(), Integer::sum);
            List<String> list = speciesPer.computeIfAbsent(s.sublattice(), k -> new ArrayList<>());
            for (String o : s.occupants()) {
                if (!list.contains(o)) {
                    list.add(o);
                }
            }
        }
        List<String> mu = Tables.muSpecies(stage);
        List<Column> cols = new ArrayList<>(Tables.conditionColumns(mu));
        List<String> names = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Integer> denominators = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : speciesPer.entrySet()) {
            for (String species : e.getValue()) {
                String name = "x_" + species + "@" + e.getKey();
                names.add(name);
                keys.add(ChainResult.count(e.getKey(), species));
                denominators.add(sitesPer.get(e.getKey()));
                cols.add(new Column(name, ""));
                cols.add(new Column("err_" + name, ""));
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (PointResult p : stage.points()) {
            double[] row = new double[cols.size()];
            int c = Tables.fillConditions(row, p, mu);
            for (int i = 0; i < keys.size(); i++) {
                double[] series = p.chain().series().get(keys.get(i));
                double[] me = series == null ? new double[] {Double.NaN, Double.NaN} : Blocking.meanAndError(series);
                row[c++] = me[0] / denominators.get(i);
                row[c++] = me[1] / denominators.get(i);
            }
            rows.add(row);
        }
        ResultTable table = new ResultTable("composition", cols, rows);
        List<PlotSpec> plots = new ArrayList<>();
        if (!names.isEmpty() && rows.size() > 1) {
            plots.add(new PlotSpec("composition", "Site fractions (" + stage.stageId() + ")", "composition",
                    Tables.xColumn(stage, mu), names, false));
        }
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
            return "site fraction of every species on every sublattice with blocking error bars, per condition point";
        }

        @Override
        public String example() {
            return "analyzers: [composition]";
        }

        @Override
        public Analyzer create(NoParameters p, BuildContext context) {
            return new CompositionAnalyzer();
        }
    }
}
