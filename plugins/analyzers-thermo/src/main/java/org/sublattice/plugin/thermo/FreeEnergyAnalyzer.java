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
 * Each line of the sweep (points differing only in the swept quantity) is integrated from its own
 * first point. x_i and e are per site; the integrals use a natural cubic spline through the
 * points. Errors propagate the blocking errors of each point as if independent. With
 * {@code site-equilibrium: M} and a sweep of μ_M, a second table gives where φ = 0 on each line:
 * equilibrium with site creation fixes μ of the conserved host M there (SCIENCE.md §4).
 */
final class FreeEnergyAnalyzer implements Analyzer {
    enum Path { AUTO, CHEMICAL_POTENTIAL, TEMPERATURE }

    private final Path path;
    private final Optional<Double> phi0;
    private final Optional<String> siteEquilibrium;
    private final boolean connectLines;

    FreeEnergyAnalyzer(Path path, Optional<Double> phi0, Optional<String> siteEquilibrium, boolean connectLines) {
        this.path = path;
        this.phi0 = phi0;
        this.siteEquilibrium = siteEquilibrium;
        this.connectLines = connectLines;
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
        // The swept variable: temperature, or the last chemical potential that varies.
        String swept = along == Path.TEMPERATURE ? null : lastVarying(pts, mu);
        List<List<Integer>> lines = lines(pts, mu, swept);
        double[] lineStart = new double[lines.size()];
        double[] lineStartVar = new double[lines.size()];
        if (along == Path.CHEMICAL_POTENTIAL) {
            if (connectLines && lines.size() > 1) {
                // The first points of the lines form one more line (the spine) along the outer
                // chemical potential; integrating it gives every line its start, so only the very
                // first point of the stage has to be a ground state.
                List<Integer> spine = lines.stream().map(l -> l.get(0)).toList();
                checkSpine(spine, pts, mu, stage.stageId());
                double[] sp = new double[m];
                double[] spErr = new double[m];
                integrateMu(spine, pts, species, x, xErr, phi0.orElse(omega[spine.get(0)]),
                        phi0.isPresent() ? 0 : eErr[spine.get(0)] * eErr[spine.get(0)], sp, spErr);
                for (int l = 0; l < lines.size(); l++) {
                    lineStart[l] = sp[spine.get(l)];
                    lineStartVar[l] = spErr[spine.get(l)] * spErr[spine.get(l)];
                }
            } else {
                for (int l = 0; l < lines.size(); l++) {
                    int first = lines.get(l).get(0);
                    lineStart[l] = phi0.orElse(omega[first]);
                    lineStartVar[l] = phi0.isPresent() ? 0 : eErr[first] * eErr[first];
                }
            }
        } else if (connectLines) {
            throw new InvalidInputException("free-energy: connect-lines applies to chemical-potential paths; stage "
                    + stage.stageId() + " integrates along temperature");
        }
        for (int l = 0; l < lines.size(); l++) {
            if (along == Path.CHEMICAL_POTENTIAL) {
                integrateMu(lines.get(l), pts, species, x, xErr, lineStart[l], lineStartVar[l], phi, phiErr);
            } else {
                integrateBeta(lines.get(l), pts, sc, omega, eErr, phi, phiErr, stage.stageId());
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
        List<ResultTable> tables = new ArrayList<>(List.of(t));
        if (siteEquilibrium.isPresent()) {
            tables.add(siteEquilibrium(pts, mu, species, x, phi, siteEquilibrium.get(), stage.stageId()));
        }
        return new AnalysisResult(tables, plots);
    }

    /**
     * Where φ = 0 along each line of a sweep of μ of {@code host} (linear interpolation between the
     * bracketing points): the host's chemical potential fixed by site equilibrium, with the
     * compositions there.
     */
    private static ResultTable siteEquilibrium(List<PointResult> pts, List<String> mu, List<String> species, double[][] x, double[] phi,
            String host, String stageId) {
        if (!mu.contains(host)) {
            throw new InvalidInputException("free-energy: site-equilibrium species '" + host + "' has no chemical potential in stage "
                    + stageId + "; chemical potentials: " + mu);
        }
        List<String> others = mu.stream().filter(s -> !s.equals(host)).toList();
        List<Column> cols = new ArrayList<>();
        cols.add(new Column("temperature", "K"));
        for (String s : others) {
            cols.add(new Column("mu_" + s, "eV"));
        }
        cols.add(new Column("mu_" + host, "eV"));
        for (String s : species) {
            cols.add(new Column("x_" + s + "_per_site", ""));
        }
        List<double[]> rows = new ArrayList<>();
        for (List<Integer> line : lines(pts, mu, host)) {
            for (int k = 0; k + 1 < line.size(); k++) {
                int a = line.get(k);
                int b = line.get(k + 1);
                if (phi[a] == 0 || phi[a] * phi[b] < 0) {
                    double w = phi[a] == 0 ? 0 : phi[a] / (phi[a] - phi[b]);
                    double[] row = new double[cols.size()];
                    int c = 0;
                    row[c++] = pts.get(a).conditions().temperature();
                    for (String s : others) {
                        row[c++] = pts.get(a).conditions().mu(s);
                    }
                    double ma = pts.get(a).conditions().mu(host);
                    row[c++] = ma + w * (pts.get(b).conditions().mu(host) - ma);
                    for (int i = 0; i < species.size(); i++) {
                        row[c++] = x[i][a] + w * (x[i][b] - x[i][a]);
                    }
                    rows.add(row);
                }
            }
        }
        return new ResultTable("site-equilibrium", cols, rows);
    }

    private static String lastVarying(List<PointResult> pts, List<String> mu) {
        String last = null;
        for (String s : mu) {
            if (pts.stream().mapToDouble(p -> p.conditions().mu(s)).distinct().count() > 1) {
                last = s;
            }
        }
        return last;
    }

    /** Point indices grouped by every condition except the swept one (null: temperature), in order. */
    private static List<List<Integer>> lines(List<PointResult> pts, List<String> mu, String swept) {
        java.util.Map<List<Double>, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int p = 0; p < pts.size(); p++) {
            List<Double> key = new ArrayList<>();
            if (swept != null) {
                key.add(pts.get(p).conditions().temperature());
            }
            for (String s : mu) {
                if (!s.equals(swept)) {
                    key.add(pts.get(p).conditions().mu(s));
                }
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        return new ArrayList<>(groups.values());
    }

    /** The spine of a 2D sweep must vary in exactly one chemical potential, monotonically, at one temperature. */
    private static void checkSpine(List<Integer> spine, List<PointResult> pts, List<String> mu, String stageId) {
        List<String> varying = new ArrayList<>();
        for (String s : mu) {
            if (spine.stream().mapToDouble(p -> pts.get(p).conditions().mu(s)).distinct().count() > 1) {
                varying.add(s);
            }
        }
        boolean oneT = spine.stream().mapToDouble(p -> pts.get(p).conditions().temperature()).distinct().count() == 1;
        if (varying.size() != 1 || !oneT) {
            throw new InvalidInputException("free-energy: connect-lines needs a two-dimensional μ sweep at one temperature (the first "
                    + "points of the lines differing in one chemical potential); stage " + stageId + " has lines differing in "
                    + (oneT ? "" : "temperature and ") + varying);
        }
    }

    private void integrateMu(List<Integer> line, List<PointResult> pts, List<String> species, double[][] x, double[][] xErr,
            double start, double startVar, double[] phi, double[] phiErr) {
        int m = line.size();
        double[] base = new double[m];
        double[] var = new double[m];
        for (int k = 0; k < species.size(); k++) {
            double[] muK = new double[m];
            double[] xk = new double[m];
            for (int i = 0; i < m; i++) {
                muK[i] = pts.get(line.get(i)).conditions().mu(species.get(k));
                xk[i] = x[k][line.get(i)];
            }
            if (!monotonic(muK)) {
                continue; // μ of this species does not change along the line
            }
            double[] integral = Spline.cumulative(muK, xk);
            double acc = 0;
            for (int i = 1; i < m; i++) {
                base[i] -= integral[i];
                double h = Math.abs(muK[i] - muK[i - 1]);
                acc += Math.pow(h * xErr[k][line.get(i)] / 2, 2) + Math.pow(h * xErr[k][line.get(i - 1)] / 2, 2);
                var[i] += acc;
            }
        }
        for (int i = 0; i < m; i++) {
            phi[line.get(i)] = start + base[i];
            phiErr[line.get(i)] = Math.sqrt(var[i] + startVar);
        }
    }

    private void integrateBeta(List<Integer> line, List<PointResult> pts, org.sublattice.api.crystal.Supercell sc, double[] omega,
            double[] eErr, double[] phi, double[] phiErr, String stageId) {
        int m = line.size();
        double[] beta = new double[m];
        double[] om = new double[m];
        for (int i = 0; i < m; i++) {
            beta[i] = pts.get(line.get(i)).conditions().beta();
            om[i] = omega[line.get(i)];
        }
        if (m > 1 && !monotonic(beta)) {
            throw new InvalidInputException("free-energy along temperature needs a monotonic temperature sweep at fixed μ in stage "
                    + stageId);
        }
        double start;
        if (phi0.isPresent()) {
            start = beta[0] * phi0.get();
        } else {
            int n = sc.size();
            double lnStates = 0;
            for (int s = 0; s < n; s++) {
                lnStates += Math.log(sc.site(s).occupants().size());
            }
            // βφ(0) = −ln(states)/N; ⟨e − μx⟩ on [0, β₀] taken as its value at β₀ (β₀ small).
            start = -lnStates / n + beta[0] * om[0];
        }
        double[] integral = Spline.cumulative(beta, om);
        double var = 0;
        for (int i = 0; i < m; i++) {
            if (i > 0) {
                double h = Math.abs(beta[i] - beta[i - 1]);
                var += Math.pow(h * eErr[line.get(i)] / 2, 2) + Math.pow(h * eErr[line.get(i - 1)] / 2, 2);
            }
            phi[line.get(i)] = (start + integral[i]) / beta[i];
            phiErr[line.get(i)] = Math.sqrt(var) / beta[i];
        }
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
     * @param siteEquilibrium species whose μ is swept, to report where φ = 0
     * @param connectLines start each line of a 2D μ sweep from the integral along the first points
     */
    public record Parameters(
            @Param(value = "integrate along chemical-potential (fixed T) or temperature (fixed μ); auto: temperature if it varies",
                    defaultValue = "auto") Path path,
            @Param(value = "grand potential per site at the first point (default: ground state for μ paths, "
                    + "infinite-temperature limit for T paths)", unit = "eV", defaultValue = Param.OPTIONAL) Optional<Double> phi0,
            @Param(value = "a host species whose μ is swept: also report where φ = 0 (site equilibrium fixes its μ)",
                    defaultValue = Param.OPTIONAL) Optional<String> siteEquilibrium,
            @Param(value = "two-dimensional μ sweeps: integrate the first points of the lines along the outer chemical potential "
                    + "and start each line there, so only the stage's first point must be a ground state", defaultValue = "false")
            boolean connectLines) {
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
            return new FreeEnergyAnalyzer(p.path(), p.phi0(), p.siteEquilibrium(), p.connectLines());
        }
    }
}
