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
 * x_Va = exp(−ΔΩ/k_BT), at each point of the stage; D in cm²/s. With {@code vacancy-sublattice}, ΔΩ is
 * evaluated at every point from the stage's Hamiltonian in the ideal ordering (SCIENCE.md §4):
 * ΔΩ = E(N_Va = 1) − E(N_Va = 0) + μ_i for removing the ideal atom i of that sublattice.
 */
final class DiluteDiffusionAnalyzer implements Analyzer {
    private final Parameters p;

    DiluteDiffusionAnalyzer(Parameters p) {
        this.p = p;
    }

    @Override
    public AnalysisResult analyze(StageData stage) {
        List<String> mu = stage.points().isEmpty() ? List.of()
                : stage.points().get(0).conditions().chemicalPotentials().keySet().stream().sorted().toList();
        List<Column> cols = new ArrayList<>(List.of(new Column("temperature", "K")));
        for (String s : mu) {
            cols.add(new Column("mu_" + s, "eV"));
        }
        cols.addAll(List.of(new Column("delta_omega", "eV"), new Column("x_va", ""), new Column("dilute_tracer_d", "cm²/s")));
        double[] removal = p.vacancySublattice().map(label -> removal(stage, label)).orElse(null);
        List<double[]> rows = new ArrayList<>();
        for (PointResult point : stage.points()) {
            double beta = point.conditions().beta();
            double dOmega = removal != null ? removal[0] + point.conditions().mu(stage.supercell().prim().species().get((int) removal[1]))
                    : p.formationEnergy().orElse(Double.NaN);
            double xva = p.vacancyFraction().orElseGet(() -> Math.exp(-beta * dOmega));
            double d = p.coordination() / 6.0 * p.correlationFactor() * xva * p.hopLength() * p.hopLength() * p.prefactor()
                    * Math.exp(-beta * p.barrier()) * DiffusionAnalyzer.ANGSTROM2_TO_CM2;
            double[] row = new double[cols.size()];
            int c = 0;
            row[c++] = point.conditions().temperature();
            for (String s : mu) {
                row[c++] = point.conditions().mu(s);
            }
            row[c++] = dOmega;
            row[c++] = xva;
            row[c] = d;
            rows.add(row);
        }
        ResultTable t = new ResultTable("dilute-diffusion", cols, rows);
        List<PlotSpec> plots = rows.size() > 1
                ? List.of(new PlotSpec("dilute-diffusion", "Dilute-limit tracer diffusion (" + stage.stageId() + ")", "dilute-diffusion",
                        mu.isEmpty() || stage.points().stream().mapToDouble(q -> q.conditions().temperature()).distinct().count() > 1 ? "temperature" : "mu_" + mu.get(mu.size() - 1), List.of("dilute_tracer_d"), true))
                : List.of();
        return new AnalysisResult(List.of(t), plots);
    }

    /**
     * ΔE of emptying one site of the sublattice in the ideal ordering (the lowest over its basis
     * sites) and the species index of the atom removed.
     */
    private static double[] removal(StageData stage, String label) {
        var sc = stage.supercell();
        byte[] ideal = org.sublattice.api.crystal.Configuration.ideal(sc).occupation();
        double best = Double.POSITIVE_INFINITY;
        String atom = null;
        for (int b = 0; b < sc.prim().size(); b++) {
            var site = sc.prim().basis().get(b);
            if (site.sublattice().equals(label)) {
                if (site.indexOf(org.sublattice.api.crystal.Site.VACANCY) < 0) {
                    throw new org.sublattice.api.InvalidInputException("dilute-diffusion: sublattice " + label
                            + " does not allow vacancies; its occupants are " + site.occupants());
                }
                best = Math.min(best, stage.hamiltonian().deltaFlip(ideal, sc.index(b, 0, 0, 0),
                        site.indexOf(org.sublattice.api.crystal.Site.VACANCY)));
                atom = site.occupants().get(0);
            }
        }
        if (atom == null) {
            List<String> labels = sc.prim().basis().stream().map(org.sublattice.api.crystal.Site::sublattice).distinct().toList();
            throw new org.sublattice.api.InvalidInputException("dilute-diffusion: vacancy-sublattice '" + label
                    + "' is not a sublattice of the lattice; sublattices: " + labels);
        }
        return new double[] {best, sc.prim().species().indexOf(atom)};
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
     * @param vacancySublattice else the sublattice whose ΔΩ is computed from the Hamiltonian at each point
     */
    public record Parameters(
            @Param(value = "coordination z of the hop network (g = z/6)", min = 1) int coordination,
            @Param(value = "correlation factor f", min = 0, max = 1) double correlationFactor,
            @Param(value = "hop length r", unit = "Å", min = 0, minExclusive = true) double hopLength,
            @Param(value = "attempt frequency ν*", unit = "Hz", defaultValue = "1.0e13", min = 0, minExclusive = true) double prefactor,
            @Param(value = "migration barrier ΔE_B", unit = "eV") double barrier,
            @Param(value = "vacancy site fraction x_Va", defaultValue = Param.OPTIONAL, min = 0, max = 1) Optional<Double> vacancyFraction,
            @Param(value = "vacancy formation energy ΔΩ (x_Va = exp(−ΔΩ/k_BT))", unit = "eV", defaultValue = Param.OPTIONAL)
            Optional<Double> formationEnergy,
            @Param(value = "sublattice label: ΔΩ of a vacancy there from the Hamiltonian and the point's μ, in the ideal ordering",
                    defaultValue = Param.OPTIONAL) Optional<String> vacancySublattice) {
        public Parameters {
            int given = (vacancyFraction.isPresent() ? 1 : 0) + (formationEnergy.isPresent() ? 1 : 0) + (vacancySublattice.isPresent() ? 1 : 0);
            if (given != 1) {
                throw new IllegalArgumentException("give exactly one of vacancy-fraction, formation-energy or vacancy-sublattice");
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
