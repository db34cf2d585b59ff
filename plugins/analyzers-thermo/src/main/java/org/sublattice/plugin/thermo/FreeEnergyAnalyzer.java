package org.sublattice.plugin.thermo;

import org.sublattice.api.run.Blocking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sublattice.api.Analyzer;
import org.sublattice.api.AnalyzerFactory;
import org.sublattice.api.BuildContext;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Param;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.run.AnalysisResult;
import org.sublattice.api.run.ChainResult;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.PlotSpec;
import org.sublattice.api.run.PointResult;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.StageData;

/**
 * The grand potential per site φ(T, μ) = ⟨e − Σ_i μ_i x_i⟩ − T s by thermodynamic integration
 * along a stage's sweep (SCIENCE.md §4), and the entropy s = β(⟨e⟩ − Σ μ_i ⟨x_i⟩ − φ).
 *
 * <ul>
 *   <li>Along μ at fixed T: dφ = −Σ_i x_i dμ_i, from the first point taken as a ground state
 *   (φ₀ = ⟨e − Σμx⟩, zero entropy; start the sweep where one phase is nearly perfect), or from a
 *   given φ₀.</li>
 *   <li>Along T at fixed μ: d(βφ)/dβ = ⟨e − Σ μ_i x_i⟩, from the infinite-temperature limit
 *   βφ = −(1/N) Σ_sites ln M_site (M allowed occupants; start the sweep at a very high
 *   temperature), or from a given φ₀ at the first point.</li>
 * </ul>
 * x_i and e are per site; the integrals use a natural cubic spline through the points. Errors
 * propagate the blocking errors of each point as if independent.
 */
final class FreeEnergyAnalyzer implements Analyzer {
    enum Path { AUTO, CHEMICAL_POTENTIAL, TEMPERATURE }

    private final Path path;
    private final Optional<Double> phi0;

    FreeEnergyAnalyzer(Path path, Optional<Double> phi0) {
        this.path = path;
        this.phi0 = phi0;
    }

    @Override
    public AnalysisResult analyze(StageData stage) {
        var sc = stage.supercell();
        int n = sc.size();
        List<Sublattices.Info> subs = Sublattices.of(sc);
        List<String> species = sc.prim().species().stream().filter(s -> !Site.VACANCY.equals(s)).toList();
        List<String> mu = Tables.muSpecies(stage);
        List<PointResult> pts = stage.points();
        int m = pts.size();
        double[] e = new double[m];
        double[] eErr = new double[m];
        double[][] x = new double[species.size()][m];
        double[][] xErr = new double[species.size()][m];
        double[] omega = new double[m];
        for (int p = 0; p < m; p++) {
            PointResult pr = pts.get(p);
            double[] es = Blocking.meanAndError(pr.chain().series().getOrDefault(ChainResult.ENERGY, new double[0]));
            e[p] = es[0] / n;
            eErr[p] = es[1] / n;
            omega[p] = e[p];
            for (int k = 0; k < species.size(); k++) {
                double[] xs = Blocking.meanAndError(Sublattices.total(pr, subs, species.get(k)));
                x[k][p] = xs[0] / n;
                xErr[k][p] = xs[1] / n;
                omega[p] -= pr.conditions().mu(species.get(k)) * x[k][p];
            }
        }
        Path along = path != Path.AUTO ? path : varies(pts) ? Path.TEMPERATURE : Path.CHEMICAL_POTENTIAL;
        double[] phi = new double[m];
        double[] phiErr = new double[m];
        if (m > 0 && along == Path.CHEMICAL_POTENTIAL) {
            phi[0] = phi0.orElse(omega[0]);
            phiErr[0] = phi0.isPresent() ? 0 : eErr[0];
            for (int k = 0; k < species.size(); k++) {
                double[] muK = new double[m];
                for (int p = 0; p < m; p++) {
                    muK[p] = pts.get(p).conditions().mu(species.get(k));
                }
                if (!monotonic(muK)) {
                    continue; // μ of this species does not change along the path
                }
                double[] integral = Spline.cumulative(muK, x[k]);
                double var = 0;
                for (int p = 1; p < m; p++) {
                    phi[p] -= integral[p];
                    double h = Math.abs(muK[p] - muK[p - 1]);
                    var += Math.pow(h * xErr[k][p] / 2, 2) + Math.pow(h * xErr[k][p - 1] / 2, 2);
                    phiErr[p] = Math.sqrt(phiErr[p] * phiErr[p] + var);
                }
            }
            for (int p = 1; p < m; p++) {
                phi[p] += phi[0];
                phiErr[p] = Math.sqrt(phiErr[p] * phiErr[p] + phiErr[0] * phiErr[0]);
            }
        } else if (m > 0) {
            double[] beta = new double[m];
            for (int p = 0; p < m; p++) {
                beta[p] = pts.get(p).conditions().beta();
            }
            if (!monotonic(beta)) {
                throw new InvalidInputException("free-energy along temperature needs a monotonic temperature sweep at fixed μ in stage "
                        + stage.stageId());
            }
            double start;
            if (phi0.isPresent()) {
                start = beta[0] * phi0.get();
            } else {
                double lnStates = 0;
                for (int s = 0; s < n; s++) {
                    lnStates += Math.log(sc.site(s).occupants().size());
                }
                // βφ(0) = −ln(states)/N; ⟨e − μx⟩ on [0, β₀] taken as its value at β₀ (β₀ small).
                start = -lnStates / n + beta[0] * omega[0];
            }
            double[] integral = Spline.cumulative(beta, omega);
            double var = 0;
            for (int p = 0; p < m; p++) {
                if (p > 0) {
                    double h = Math.abs(beta[p] - beta[p - 1]);
                    var += Math.pow(h * eErr[p] / 2, 2) + Math.pow(h * eErr[p - 1] / 2, 2);
                }
                phi[p] = (start + integral[p]) / beta[p];
                phiErr[p] = Math.sqrt(var) / beta[p];
            }
        }
        List<Column> cols = new ArrayList<>(Tables.conditionColumns(mu));
        for (String s : species) {
            cols.add(new Column("x_" + s + "_per_site", ""));
        }
        cols.add(new Column("energy_per_site", "eV"));
        cols.add(new Column("phi", "eV"));
        cols.add(new Column("err_phi", "eV"));
        cols.add(new Column("entropy_per_site", "k_B"));
        cols.add(new Column("err_entropy_per_site", "k_B"));
        List<double[]> rows = new ArrayList<>();
        for (int p = 0; p < m; p++) {
            double[] row = new double[cols.size()];
            int c = Tables.fillConditions(row, pts.get(p), mu);
            for (int k = 0; k < species.size(); k++) {
                row[c++] = x[k][p];
            }
            double b = pts.get(p).conditions().beta();
            row[c++] = e[p];
            row[c++] = phi[p];
            row[c++] = phiErr[p];
            row[c++] = b * (omega[p] - phi[p]);
            row[c] = b * Math.sqrt(phiErr[p] * phiErr[p] + eErr[p] * eErr[p]);
            rows.add(row);
        }
        ResultTable t = new ResultTable("free-energy", cols, rows);
        List<PlotSpec> plots = m > 1
                ? List.of(new PlotSpec("free-energy", "Grand potential per site (" + stage.stageId() + ")", "free-energy",
                        Tables.xColumn(stage, mu), List.of("phi"), false))
                : List.of();
        return new AnalysisResult(List.of(t), plots);
    }

    private static boolean varies(List<PointResult> pts) {
        return pts.stream().mapToDouble(p -> p.conditions().temperature()).distinct().count() > 1;
    }

    private static boolean monotonic(double[] v) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < v.length; i++) {
            up &= v[i] > v[i - 1];
            down &= v[i] < v[i - 1];
        }
        return v.length > 1 && (up || down);
    }

    /**
     * Parameters.
     *
     * @param path integration path
     * @param phi0 grand potential per site at the first point, if known
     */
    public record Parameters(
            @Param(value = "integrate along chemical-potential (fixed T) or temperature (fixed μ); auto: temperature if it varies",
                    defaultValue = "auto") Path path,
            @Param(value = "grand potential per site at the first point (default: ground state for μ paths, "
                    + "infinite-temperature limit for T paths)", unit = "eV", defaultValue = Param.OPTIONAL) Optional<Double> phi0) {
    }

    /** Factory. */
    public static final class Factory implements AnalyzerFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "grand potential φ per site and entropy by thermodynamic integration along the sweep (μ at fixed T, or β at fixed μ)";
        }

        @Override
        public String example() {
            return "analyzers: [{type: free-energy, path: chemical-potential}]";
        }

        @Override
        public Analyzer create(Parameters p, BuildContext context) {
            return new FreeEnergyAnalyzer(p.path(), p.phi0());
        }
    }
}
