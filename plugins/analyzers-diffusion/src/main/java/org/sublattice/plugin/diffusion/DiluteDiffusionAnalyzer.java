package org.sublattice.plugin.diffusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The dilute-vacancy tracer diffusion coefficient of seed 002 Eq. 2 (SCIENCE.md §5):
 * D* = g f x_Va r² ν* exp(−ΔE_B/k_BT), g = z/6, with x_Va given or from a vacancy formation energy
 * x_Va = exp(−ΔΩ/k_BT), at each temperature of the stage; D in cm²/s.
 */
final class DiluteDiffusionAnalyzer implements Analyzer {
    private final Parameters p;

    DiluteDiffusionAnalyzer(Parameters p) {
        this.p = p;
    }

    @Override
    public AnalysisResult analyze(StageData stage) {
        List<Column> cols = List.of(new Column("temperature", "K"), new Column("x_va", ""), new Column("dilute_tracer_d", "cm²/s"));
        List<double[]> rows = new ArrayList<>();
        for (PointResult point : stage.points()) {
            double beta = point.conditions().beta();
            double xva = p.vacancyFraction().orElseGet(() -> Math.exp(-beta * p.formationEnergy().orElseThrow()));
            double d = p.coordination() / 6.0 * p.correlationFactor() * xva * p.hopLength() * p.hopLength() * p.prefactor()
                    * Math.exp(-beta * p.barrier()) * DiffusionAnalyzer.ANGSTROM2_TO_CM2;
            rows.add(new double[] {point.conditions().temperature(), xva, d});
        }
        ResultTable t = new ResultTable("dilute-diffusion", cols, rows);
        List<PlotSpec> plots = rows.size() > 1
                ? List.of(new PlotSpec("dilute-diffusion", "Dilute-limit tracer diffusion (" + stage.stageId() + ")", "dilute-diffusion",
                        "temperature", List.of("dilute_tracer_d"), true))
                : List.of();
        return new AnalysisResult(List.of(t), plots);
    }

    /**
     * Parameters.
     *
     * @param coordination z, number of hop partners (g = z/6)
     * @param correlationFactor f
     * @param hopLength r, Å
     * @param prefactor ν*, Hz
     * @param barrier ΔE_B, eV
     * @param vacancyFraction x_Va, if given
     * @param formationEnergy ΔΩ, eV, else
     */
    public record Parameters(
            @Param(value = "coordination z of the hop network (g = z/6)", min = 1) int coordination,
            @Param(value = "correlation factor f", min = 0, max = 1) double correlationFactor,
            @Param(value = "hop length r", unit = "Å", min = 0, minExclusive = true) double hopLength,
            @Param(value = "attempt frequency ν*", unit = "Hz", defaultValue = "1.0e13", min = 0, minExclusive = true) double prefactor,
            @Param(value = "migration barrier ΔE_B", unit = "eV") double barrier,
            @Param(value = "vacancy site fraction x_Va", defaultValue = Param.OPTIONAL, min = 0, max = 1) Optional<Double> vacancyFraction,
            @Param(value = "vacancy formation energy ΔΩ (x_Va = exp(−ΔΩ/k_BT))", unit = "eV", defaultValue = Param.OPTIONAL)
            Optional<Double> formationEnergy) {
        public Parameters {
            if (vacancyFraction.isPresent() == formationEnergy.isPresent()) {
                throw new IllegalArgumentException("give exactly one of vacancy-fraction or formation-energy");
            }
        }
    }

    /** Factory. */
    public static final class Factory implements AnalyzerFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "dilute-limit tracer diffusion D* = (z/6) f x_Va r² ν* exp(−ΔE_B/k_BT)";
        }

        @Override
        public String example() {
            return "analyzers: [{type: dilute-diffusion, coordination: 12, correlation-factor: 0.7815, hop-length: 2.89, "
                    + "barrier: 0.28, formation-energy: 0.8}]";
        }

        @Override
        public Analyzer create(Parameters p, BuildContext context) {
            return new DiluteDiffusionAnalyzer(p);
        }
    }
}
