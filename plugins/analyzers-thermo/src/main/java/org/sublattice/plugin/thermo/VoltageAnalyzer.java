package org.sublattice.plugin.thermo;

import org.sublattice.api.run.Blocking;

import java.util.ArrayList;
import java.util.List;
import org.sublattice.api.Analyzer;
import org.sublattice.api.AnalyzerFactory;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Param;
import org.sublattice.api.run.AnalysisResult;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.PlotSpec;
import org.sublattice.api.run.PointResult;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.StageData;

/**
 * The voltage against the metal, V = −(μ − μ_ref)/e (SCIENCE.md §4), at each point of a sweep of
 * the species' chemical potential, with the atom fraction x of that species; the voltage curve
 * V(x).
 */
final class VoltageAnalyzer implements Analyzer {
    private final String species;
    private final double reference;

    VoltageAnalyzer(String species, double reference) {
        this.species = species;
        this.reference = reference;
    }

    @Override
    public AnalysisResult analyze(StageData stage) {
        var subs = Sublattices.of(stage.supercell());
        List<Column> cols = List.of(new Column("temperature", "K"), new Column("mu_" + species, "eV"), new Column("x_" + species, ""),
                new Column("err_x_" + species, ""), new Column("voltage", "V"));
        List<double[]> rows = new ArrayList<>();
        for (PointResult p : stage.points()) {
            double[] x = Blocking.meanAndError(Sublattices.atomFraction(p, subs, species, stage.supercell().size()));
            double mu = p.conditions().mu(species);
            rows.add(new double[] {p.conditions().temperature(), mu, x[0], x[1], -(mu - reference)});
        }
        ResultTable t = new ResultTable("voltage", cols, rows);
        List<PlotSpec> plots = rows.size() > 1
                ? List.of(new PlotSpec("voltage", "Voltage vs " + species + " content (" + stage.stageId() + ")", "voltage", "x_" + species,
                        List.of("voltage"), false))
                : List.of();
        return new AnalysisResult(List.of(t), plots);
    }

    /**
     * Parameters.
     *
     * @param species the exchanged species
     * @param reference its chemical potential in the reference (the metal)
     */
    public record Parameters(
            @Param(value = "the species exchanged with the electrolyte", defaultValue = "Li") String species,
            @Param(value = "chemical potential of the species in the reference electrode (0 with formation-energy references)",
                    unit = "eV", defaultValue = "0") double reference) {
    }

    /** Factory. */
    public static final class Factory implements AnalyzerFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "voltage V = −(μ − μ_ref)/e against the species' atom fraction (a voltage curve)";
        }

        @Override
        public String example() {
            return "analyzers: [{type: voltage, species: Li, reference: 0.0}]";
        }

        @Override
        public Analyzer create(Parameters p, BuildContext context) {
            return new VoltageAnalyzer(p.species(), p.reference());
        }
    }
}
