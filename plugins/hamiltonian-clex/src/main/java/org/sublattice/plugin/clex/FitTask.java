package org.sublattice.plugin.clex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Task;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.PlotSpec;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.TaskContext;
import org.sublattice.api.run.TaskResult;
import org.sublattice.crystal.ClusterSpace;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.SiteBasis;
import org.sublattice.crystal.io.StructureMapper;
import org.sublattice.plugin.clex.fit.Ard;
import org.sublattice.plugin.clex.fit.BayesianRidge;
import org.sublattice.plugin.clex.fit.ConvexHull;
import org.sublattice.plugin.clex.fit.CrossValidation;
import org.sublattice.plugin.clex.fit.Estimator;
import org.sublattice.plugin.clex.fit.ForwardSelection;
import org.sublattice.plugin.clex.fit.Lasso;
import org.sublattice.plugin.clex.fit.LeastSquares;
import org.sublattice.plugin.clex.fit.LinearFit;
import org.sublattice.plugin.clex.fit.Ridge;

/**
 * The {@code fit} task: reads training data, maps each structure onto a supercell of the prim
 * (or takes its CASM configuration), computes correlations, fits ECIs with cross-validation,
 * builds the convex hulls of the DFT and the fitted formation energies, writes the model file
 * ({@code model.yaml}, readable by the {@code cluster-expansion} Hamiltonian) and a per-structure
 * report ({@code report.csv}: every entry, used or rejected with its reason, with its supercell
 * and mapping score and costs), and returns the fitted cluster expansion.
 *
 * <p>The target is the energy per primitive cell E/N; the columns are the orbit-averaged
 * correlations ⟨Φ_f⟩ of the non-constant functions, with an unpenalised intercept for the empty
 * cluster, so the coefficients are J_f = V_f·m_f and the ECIs of the model file are V_f = J_f/m_f.
 * Errors are reported per site (E/N divided by the prim's number of sites).
 */
final class FitTask implements Task {
    /** Ridge and lasso paths: this many strengths, evenly spaced in log. */
    static final int PATH_POINTS = 40;
    /** Lasso path from α_max down to α_max × this. */
    static final double LASSO_PATH_RATIO = 1e-5;
    /** Ridge path from α_max down to α_max × this. */
    static final double RIDGE_PATH_RATIO = 1e-8;
    /** Two compositions closer than this are the same (end members at x = 0 and 1). */
    static final double COMPOSITION_TOLERANCE = 1e-9;
    /** Correlations of a mapped and a listed configuration closer than this agree. */
    static final double CORRELATION_TOLERANCE = 1e-8;
    /** Relative disagreement of a total energy and an energy per atom given together that is tolerated. */
    static final double ENERGY_CHECK = 1e-6;
    /** Fewest usable structures to fit at all. */
    static final int MIN_STRUCTURES = 3;

    private final FitFactory.Parameters p;
    private final Prim prim;
    private final ClusterSpace space;
    private final SiteBasis basis;
    private final Optional<String> axis;
    private final String axisProblem;

    FitTask(FitFactory.Parameters p, Prim prim) {
        this.p = p;
        this.prim = prim;
        this.space = new ClusterSpace(FactorGroup.of(prim, p.tolerance()), p.maxLengths());
        this.basis = p.basis() == FitFactory.Basis.OCCUPATION ? SiteBasis.occupation(prim) : SiteBasis.orthonormal(prim, Map.of());
        // The hull needs one composition variable: every active site allows the same two species.
        List<String> pair = null;
        String problem = null;
        for (Site s : prim.basis()) {
            if (!s.isActive()) {
                continue;
            }
            List<String> occ = s.occupants().stream().sorted().toList();
            if (occ.size() != 2) {
                problem = "site '" + s.sublattice() + "' allows " + s.occupants() + "; the hull needs two species per site";
            } else if (pair == null) {
                pair = occ;
            } else if (!pair.equals(occ)) {
                problem = "sites allow different species pairs (" + pair + ", " + occ + "); the hull needs one composition variable";
            }
        }
        if (pair == null && problem == null) {
            problem = "no site allows two species";
        }
        String species = null;
        if (problem == null) {
            Site first = prim.basis().stream().filter(Site::isActive).findFirst().orElseThrow();
            species = p.species().orElse(first.occupants().get(1));
            if (!pair.contains(species)) {
                throw new InvalidInputException("species '" + species + "' is not among the species " + pair + " of the lattice");
            }
        } else if (p.species().isPresent() || p.hullWeights().isPresent()) {
            throw new InvalidInputException("no convex hull on this lattice (" + problem + "), so 'species' and 'hull-weights' "
                    + "cannot be used");
        }
        this.axis = Optional.ofNullable(species);
        this.axisProblem = problem;
        if (space.functions().size() < 2) {
            throw new InvalidInputException("the lattice has no site with more than one occupant; there is nothing to fit");
        }
    }

    @Override
    public long plannedSteps() {
        return 4;
    }

    /** One entry of the data, resolved to a configuration or rejected. */
    private record Entry(TrainingData.Item item, Optional<Configuration> configuration, double energyPerPrim, int atoms,
            Optional<StructureMapper.Mapping> mapping, Optional<String> problem) {
        boolean used() {
            return problem.isEmpty();
        }
    }

    @Override
    public TaskResult run(TaskContext ctx) {
        TrainingData data = TrainingData.read(p.data(), p.configs(), prim);
        StructureMapper.Limits limits = new StructureMapper.Limits(p.mapping().maxLatticeCost(), p.mapping().maxBasisCost(),
                p.mapping().maxVolumeChange());
        List<Entry> entries = new ArrayList<>();
        for (TrainingData.Item item : data.items()) {
            entries.add(resolve(item, limits));
        }
        step(ctx);
        List<Entry> used = entries.stream().filter(Entry::used).toList();
        List<Entry> rejected = entries.stream().filter(e -> !e.used()).toList();
        if (used.size() < MIN_STRUCTURES || (p.strict() && !rejected.isEmpty())) {
            writeReport(ctx.directory(), entries, new double[0], new double[0]);
            String first = rejected.stream().limit(3).map(e -> e.item().where() + " " + e.item().name() + ": " + e.problem().get())
                    .reduce((a, b) -> a + "; " + b).orElse("");
            throw new InvalidInputException((used.size() < MIN_STRUCTURES ? "only " + used.size() + " of " + entries.size()
                    + " structures are usable (at least " + MIN_STRUCTURES + " are needed)" : rejected.size() + " of " + entries.size()
                    + " structures were rejected and strict is set") + "; see " + ctx.directory().resolve("report.csv")
                    + (first.isEmpty() ? "" : " — " + first));
        }
        int n = used.size();
        int nf = space.functions().size();
        int sites = prim.size();
        double[][] corr = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            corr[i] = Correlations.of(space, basis, used.get(i).configuration().orElseThrow());
            y[i] = used.get(i).energyPerPrim();
        }
        step(ctx);

        // Composition, DFT formation energies and hull.
        double[] x = new double[n];
        Arrays.fill(x, Double.NaN);
        Hull dft = null;
        String hullNote = axisProblem;
        if (axis.isPresent()) {
            for (int i = 0; i < n; i++) {
                x[i] = fraction(used.get(i).configuration().orElseThrow(), axis.get());
            }
            double[] perSite = new double[n];
            for (int i = 0; i < n; i++) {
                perSite[i] = y[i] / sites;
            }
            int[] ends = ends(x, perSite);
            if (ends[0] < 0 || ends[1] < 0) {
                hullNote = "no structure at x = " + (ends[0] < 0 ? 0 : 1) + " of " + axis.get() + ": formation energies need both end members";
            } else {
                dft = new Hull(x, perSite, ends);
            }
        }
        if (p.hullWeights().isPresent() && dft == null) {
            throw new InvalidInputException("hull-weights need the DFT hull, but " + hullNote);
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = used.get(i).item().weight();
            if (p.hullWeights().isPresent()) {
                FitFactory.HullWeights hw = p.hullWeights().get();
                w[i] *= 1 + hw.scale() * Math.exp(-dft.hull.distance(i) / hw.temperature());
            }
        }

        // Columns: every non-constant function; the intercept is the empty cluster.
        double[][] cols = new double[n][nf - 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(corr[i], 1, cols[i], 0, nf - 1);
        }
        List<int[]> folds = p.cv() == FitFactory.Validation.LEAVE_ONE_OUT ? CrossValidation.leaveOneOut(n)
                : CrossValidation.kFold(n, p.folds(), ctx.random());
        Fitted fitted = fit(cols, y, w, folds);
        step(ctx);

        double[] eci = new double[nf];
        eci[0] = fitted.model.intercept();
        double[] coefficients = fitted.model.coefficients();
        for (int k = 0; k < fitted.columns.length; k++) {
            ClusterSpace.Function f = space.functions().get(fitted.columns[k] + 1);
            eci[f.index()] = coefficients[k] / f.multiplicity();
        }
        double[] predicted = new double[n];
        double[] cvPredicted = new double[n];
        double ss = 0;
        for (int i = 0; i < n; i++) {
            predicted[i] = energyPerPrim(eci, corr[i]);
            cvPredicted[i] = fitted.cvPredictions[i];
            ss += (predicted[i] - y[i]) * (predicted[i] - y[i]);
        }
        double rms = Math.sqrt(ss / n) / sites;
        double cv = fitted.cv / sites;
        Hull ce = null;
        if (dft != null) {
            double[] perSite = new double[n];
            for (int i = 0; i < n; i++) {
                perSite[i] = predicted[i] / sites;
            }
            ce = new Hull(x, perSite, dft.ends);
        }

        String name = p.name().orElse(ctx.stageId());
        Path modelFile = ctx.directory().resolve("model.yaml");
        int nonzero = 0;
        for (int f = 1; f < nf; f++) {
            nonzero += eci[f] != 0 ? 1 : 0;
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("method", lower(p.method()));
        if (!Double.isNaN(fitted.alpha)) {
            meta.put("alpha_eV", fitted.alpha);
        }
        meta.put("selection", lower(p.selection()));
        meta.put("cv", p.cv() == FitFactory.Validation.K_FOLD ? p.folds() + "-fold (seed " + ctx.seed() + ")" : "leave-one-out");
        meta.put("cv_rmse_meV_per_site", 1000 * cv);
        meta.put("rms_meV_per_site", 1000 * rms);
        meta.put("structures_used", n);
        meta.put("structures_rejected", rejected.size());
        meta.put("weights", p.hullWeights().map(hw -> "item weight × (1 + " + hw.scale() + "·exp(−d/" + hw.temperature() + " eV))")
                .orElse("item weights"));
        meta.put("data_sha256", data.sha256());
        meta.put("data", data.files().stream().map(f -> f.getFileName().toString()).toList());
        writeFile(modelFile, ModelFile.write(name, p.basis() == FitFactory.Basis.OCCUPATION ? "occupation" : "orthonormal",
                p.maxLengths(), eci, meta));
        writeReport(ctx.directory(), entries, predicted, cvPredicted);
        step(ctx);

        List<ResultTable> tables = new ArrayList<>();
        List<PlotSpec> plots = new ArrayList<>();
        tables.add(structuresTable(entries, used, x, y, predicted, cvPredicted, w, dft, ce, sites));
        tables.add(eciTable(eci));
        tables.add(correlationTable(corr));
        tables.add(fitted.cvTable);
        plots.add(fitted.cvPlot);
        if (dft != null) {
            tables.add(hullTable(x, dft, ce));
            plots.add(new PlotSpec("hull", "formation energy and convex hull (DFT and cluster expansion)", "hull", "x",
                    List.of("formation_dft", "formation_ce", "hull_dft", "hull_ce"), false, List.of("formation_dft", "formation_ce")));
            tables.add(parityTable(dft.formation, ce.formation, "formation"));
        } else {
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = y[i] / sites;
                b[i] = predicted[i] / sites;
            }
            tables.add(parityTable(a, b, "energy"));
        }
        String what = dft != null ? "formation" : "energy";
        plots.add(new PlotSpec("parity", "cluster expansion against DFT (" + what + " energy per site)", "parity", what + "_dft",
                List.of(what + "_ce", "ideal"), false, List.of(what + "_ce")));
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("cv_meV_per_site", 1000 * cv);
        summary.put("rms_meV_per_site", 1000 * rms);
        summary.put("structures_used", (double) n);
        summary.put("structures_rejected", (double) rejected.size());
        summary.put("nonzero_eci", (double) nonzero);
        if (!Double.isNaN(fitted.alpha)) {
            summary.put("alpha_eV", fitted.alpha);
        }
        ClusterExpansion model = new ClusterExpansion(name, modelFile.toString(), space, basis, eci);
        return new TaskResult(tables, plots, List.of("model.yaml", "report.csv"), summary, Optional.of(model));
    }

    private static void step(TaskContext ctx) {
        if (ctx.progress().cancelled()) {
            throw new InvalidInputException("cancelled");
        }
        ctx.progress().advance(1);
    }

    private Entry resolve(TrainingData.Item item, StructureMapper.Limits limits) {
        if (item.problem().isPresent()) {
            return new Entry(item, Optional.empty(), Double.NaN, 0, Optional.empty(), item.problem());
        }
        Configuration config;
        Optional<StructureMapper.Mapping> mapping = Optional.empty();
        int atoms;
        if (item.structure().isPresent()) {
            StructureMapper.Result r = StructureMapper.map(prim, item.structure().get(), limits);
            if (r instanceof StructureMapper.Failure f) {
                return new Entry(item, Optional.empty(), Double.NaN, 0, Optional.empty(), Optional.of("does not map: " + f.reason()));
            }
            StructureMapper.Mapping m = (StructureMapper.Mapping) r;
            mapping = Optional.of(m);
            config = m.configuration();
            atoms = item.structure().get().atoms().size();
            if (item.configuration().isPresent()) {
                double[] a = Correlations.of(space, basis, config);
                double[] b = Correlations.of(space, basis, item.configuration().get());
                double diff = 0;
                for (int f = 0; f < a.length; f++) {
                    diff = Math.max(diff, Math.abs(a[f] - b[f]));
                }
                if (diff > CORRELATION_TOLERANCE) {
                    return new Entry(item, Optional.empty(), Double.NaN, 0, mapping, Optional.of("the relaxed structure maps onto another "
                            + "configuration than the listed " + item.name() + " (correlations differ by up to "
                            + String.format(Locale.ROOT, "%.3g", diff) + "): it relaxed away from its ordering"));
                }
            }
        } else {
            config = item.configuration().orElseThrow();
            atoms = config.supercell().size() - config.count(Site.VACANCY);
        }
        double total = item.perAtom() ? item.energy() * atoms : item.energy();
        if (!Double.isNaN(item.perAtomCheck()) && Math.abs(item.perAtomCheck() * atoms - total) > ENERGY_CHECK * Math.max(1, Math.abs(total))) {
            return new Entry(item, Optional.empty(), Double.NaN, atoms, mapping, Optional.of("energy " + total + " eV and energy per atom "
                    + item.perAtomCheck() + " eV × " + atoms + " atoms disagree"));
        }
        return new Entry(item, Optional.of(config), total / config.supercell().volume(), atoms, mapping, Optional.empty());
    }

    /** Site fraction of {@code species} on the sites that allow it. */
    private static double fraction(Configuration c, String species) {
        int on = 0;
        int allowing = 0;
        for (int s = 0; s < c.supercell().size(); s++) {
            if (c.supercell().site(s).indexOf(species) >= 0) {
                allowing++;
                on += c.species(s).equals(species) ? 1 : 0;
            }
        }
        return (double) on / allowing;
    }

    /** The lowest-energy structures at x = 0 and x = 1, or −1. */
    private static int[] ends(double[] x, double[] e) {
        int[] ends = {-1, -1};
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < 2; k++) {
                if (Math.abs(x[i] - k) < COMPOSITION_TOLERANCE && (ends[k] < 0 || e[i] < e[ends[k]])) {
                    ends[k] = i;
                }
            }
        }
        return ends;
    }

    /** Formation energies per site against the end members, and their lower hull. */
    private static final class Hull {
        final double[] formation;
        final ConvexHull hull;
        final int[] ends;

        Hull(double[] x, double[] perSite, int[] ends) {
            this.ends = ends.clone();
            double e0 = perSite[ends[0]];
            double e1 = perSite[ends[1]];
            formation = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                formation[i] = perSite[i] - (1 - x[i]) * e0 - x[i] * e1;
            }
            hull = new ConvexHull(x, formation);
        }

        boolean vertex(int i) {
            for (int v : hull.vertices()) {
                if (v == i) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The final model, its CV score and held-out predictions, and the CV table and plot. */
    private record Fitted(LinearFit.Model model, int[] columns, double cv, double[] cvPredictions, double alpha, ResultTable cvTable,
            PlotSpec cvPlot) {
    }

    private Fitted fit(double[][] cols, double[] y, double[] w, List<int[]> folds) {
        int p = cols[0].length;
        int[] all = new int[p];
        for (int j = 0; j < p; j++) {
            all[j] = j;
        }
        List<Column> cvColumns;
        List<double[]> cvRows = new ArrayList<>();
        PlotSpec plot;
        switch (this.p.method()) {
            case OLS -> {
                int[] chosen = all;
                if (this.p.selection() == FitFactory.Selection.FORWARD) {
                    List<Integer> points = new ArrayList<>();
                    for (int j = 0; j < p; j++) {
                        if (space.functions().get(j + 1).size() == 1) {
                            points.add(j);
                        }
                    }
                    List<ForwardSelection.Step> steps = ForwardSelection.run(new LeastSquares(), cols, y, w, folds,
                            points.stream().mapToInt(Integer::intValue).toArray(), Math.max(1, cols.length - 2));
                    List<Integer> sel = new ArrayList<>(points);
                    for (int k = 0; k < steps.size(); k++) {
                        ForwardSelection.Step s = steps.get(k);
                        if (s.column() >= 0) {
                            sel.add(s.column());
                        }
                        cvRows.add(new double[] {k, s.column() >= 0 ? s.column() + 1 : -1, sel.size(), 1000 * s.cv() / prim.size()});
                    }
                    chosen = sel.stream().sorted().mapToInt(Integer::intValue).toArray();
                    cvColumns = List.of(new Column("step", ""), new Column("function_added", ""), new Column("functions", ""),
                            new Column("cv_rmse", "meV/site"));
                    plot = new PlotSpec("cv", "forward selection: CV score after each added cluster function", "cv", "step",
                            List.of("cv_rmse"), false);
                } else {
                    cvColumns = null;
                    plot = null;
                }
                double[][] sub = LinearFit.columns(cols, chosen);
                CrossValidation.Result r = CrossValidation.run(new LeastSquares(), sub, y, w, folds);
                if (cvColumns == null) {
                    cvColumns = List.of(new Column("functions", ""), new Column("cv_rmse", "meV/site"));
                    cvRows.add(new double[] {chosen.length, 1000 * r.rmse()[0] / prim.size()});
                    plot = new PlotSpec("cv", "CV score", "cv", "functions", List.of("cv_rmse"), false, List.of("cv_rmse"));
                }
                LinearFit.Model m = LinearFit.fit(new LeastSquares(), sub, y, w).get(0);
                return new Fitted(m, chosen, r.rmse()[0], r.predictions()[0], Double.NaN, new ResultTable("cv", cvColumns, cvRows), plot);
            }
            case RIDGE, LASSO -> {
                boolean lasso = this.p.method() == FitFactory.Method.LASSO;
                double[] alphas;
                if (this.p.alpha().isPresent()) {
                    alphas = new double[] {this.p.alpha().get()};
                } else {
                    LinearFit.Centred c = LinearFit.centre(cols, y, w, indices(cols.length));
                    double max = Lasso.alphaMax(c.x(), c.y());
                    alphas = Lasso.logPath(max > 0 ? max : 1, lasso ? LASSO_PATH_RATIO : RIDGE_PATH_RATIO, PATH_POINTS);
                }
                Estimator est = lasso ? new Lasso(alphas) : new Ridge(alphas);
                CrossValidation.Result r = CrossValidation.run(est, cols, y, w, folds);
                int best = r.best();
                List<LinearFit.Model> models = LinearFit.fit(est, cols, y, w);
                for (int k = 0; k < alphas.length; k++) {
                    int nz = 0;
                    for (double b : models.get(k).coefficients()) {
                        nz += b != 0 ? 1 : 0;
                    }
                    cvRows.add(new double[] {alphas[k], Math.log10(alphas[k]), 1000 * r.rmse()[k] / prim.size(), nz, k == best ? 1 : 0});
                }
                ResultTable t = new ResultTable("cv", List.of(new Column("alpha", "eV"), new Column("log10_alpha", ""),
                        new Column("cv_rmse", "meV/site"), new Column("nonzero", ""), new Column("chosen", "")), cvRows);
                PlotSpec plot2 = new PlotSpec("cv", (lasso ? "lasso" : "ridge") + " path: CV score against log10 alpha", "cv", "log10_alpha",
                        List.of("cv_rmse"), true);
                return new Fitted(models.get(best), all, r.rmse()[best], r.predictions()[best], alphas[best], t, plot2);
            }
            default -> {
                Estimator est = this.p.method() == FitFactory.Method.ARD ? new Ard() : new BayesianRidge();
                CrossValidation.Result r = CrossValidation.run(est, cols, y, w, folds);
                LinearFit.Model m = LinearFit.fit(est, cols, y, w).get(0);
                int nz = 0;
                for (double b : m.coefficients()) {
                    nz += b != 0 ? 1 : 0;
                }
                cvRows.add(new double[] {nz, 1000 * r.rmse()[0] / prim.size()});
                ResultTable t = new ResultTable("cv", List.of(new Column("nonzero", ""), new Column("cv_rmse", "meV/site")), cvRows);
                return new Fitted(m, all, r.rmse()[0], r.predictions()[0], Double.NaN, t,
                        new PlotSpec("cv", "CV score", "cv", "nonzero", List.of("cv_rmse"), false, List.of("cv_rmse")));
            }
        }
    }

    private static int[] indices(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void writeFile(Path f, String text) {
        try {
            Files.writeString(f, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f, e);
        }
    }

    /** report.csv: every entry, used or rejected with its reason, and how it mapped. */
    private void writeReport(Path dir, List<Entry> entries, double[] predicted, double[] cvPredicted) {
        StringBuilder b = new StringBuilder("index,name,source,status,reason,supercell,mapping_score,lattice_cost,basis_cost,"
                + "max_displacement [Å],"
                + "energy_dft [eV/site],energy_ce [eV/site],cv_prediction [eV/site]\n");
        int u = 0;
        for (Entry e : entries) {
            String ce = "";
            String cv = "";
            String dft = "";
            if (e.used()) {
                dft = Double.toString(e.energyPerPrim() / prim.size());
                if (u < predicted.length) {
                    ce = Double.toString(predicted[u] / prim.size());
                    cv = Double.toString(cvPredicted[u] / prim.size());
                }
                u++;
            }
            b.append(e.item().index()).append(',').append(quote(e.item().name())).append(',').append(quote(e.item().where())).append(',')
                    .append(e.used() ? "used" : "rejected").append(',').append(quote(e.problem().orElse(""))).append(',')
                    .append(quote(e.mapping().map(m -> Arrays.deepToString(m.transformation())).orElse(e.configuration()
                            .map(c -> Arrays.deepToString(c.supercell().transformation())).orElse("")))).append(',')
                    .append(e.mapping().map(m -> Double.toString(m.score())).orElse("")).append(',')
                    .append(e.mapping().map(m -> Double.toString(m.latticeCost())).orElse("")).append(',')
                    .append(e.mapping().map(m -> Double.toString(m.basisCost())).orElse("")).append(',')
                    .append(e.mapping().map(m -> Double.toString(m.maxDisplacement())).orElse("")).append(',')
                    .append(dft).append(',').append(ce).append(',').append(cv).append('\n');
        }
        writeFile(dir.resolve("report.csv"), b.toString());
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"").replace('\n', ' ') + "\"" : s;
    }

    private ResultTable structuresTable(List<Entry> entries, List<Entry> used, double[] x, double[] y, double[] predicted,
            double[] cvPredicted, double[] w, Hull dft, Hull ce, int sites) {
        List<Column> cols = List.of(new Column("index", ""), new Column("used", ""), new Column("x", ""), new Column("sites", ""),
                new Column("energy_dft", "eV/site"), new Column("energy_ce", "eV/site"), new Column("cv_prediction", "eV/site"),
                new Column("formation_dft", "eV/site"), new Column("formation_ce", "eV/site"), new Column("hull_distance_dft", "eV/site"),
                new Column("hull_distance_ce", "eV/site"), new Column("ground_state_dft", ""), new Column("ground_state_ce", ""),
                new Column("weight", ""), new Column("lattice_cost", ""), new Column("basis_cost", ""),
                new Column("max_displacement", "Å"));
        List<double[]> rows = new ArrayList<>();
        int u = 0;
        for (Entry e : entries) {
            double nan = Double.NaN;
            double[] r = new double[cols.size()];
            Arrays.fill(r, nan);
            r[0] = e.item().index();
            r[1] = e.used() ? 1 : 0;
            e.mapping().ifPresent(m -> {
                r[14] = m.latticeCost();
                r[15] = m.basisCost();
                r[16] = m.maxDisplacement();
            });
            if (e.used()) {
                int i = u++;
                r[2] = x[i];
                r[3] = e.configuration().orElseThrow().supercell().size();
                r[4] = y[i] / sites;
                r[5] = predicted[i] / sites;
                r[6] = cvPredicted[i] / sites;
                if (dft != null) {
                    r[7] = dft.formation[i];
                    r[8] = ce.formation[i];
                    r[9] = dft.hull.distance(i);
                    r[10] = ce.hull.distance(i);
                    r[11] = dft.vertex(i) ? 1 : 0;
                    r[12] = ce.vertex(i) ? 1 : 0;
                }
                r[13] = w[i];
            }
            rows.add(r);
        }
        return new ResultTable("structures", cols, rows);
    }

    private ResultTable eciTable(double[] eci) {
        List<Column> cols = List.of(new Column("function", ""), new Column("orbit", ""), new Column("size", ""),
                new Column("multiplicity", ""), new Column("max_length", "Å"), new Column("eci", "eV"),
                new Column("eci_times_multiplicity", "eV"));
        List<double[]> rows = new ArrayList<>();
        for (ClusterSpace.Function f : space.functions()) {
            ClusterSpace.Orbit o = space.orbits().get(f.orbit());
            rows.add(new double[] {f.index(), f.orbit(), f.size(), f.multiplicity(), o.maxLength(), eci[f.index()],
                eci[f.index()] * f.multiplicity()});
        }
        return new ResultTable("eci", cols, rows);
    }

    private ResultTable correlationTable(double[][] corr) {
        List<Column> cols = new ArrayList<>();
        cols.add(new Column("structure", ""));
        for (ClusterSpace.Function f : space.functions()) {
            cols.add(new Column("f" + f.index(), ""));
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < corr.length; i++) {
            double[] r = new double[cols.size()];
            r[0] = i;
            System.arraycopy(corr[i], 0, r, 1, corr[i].length);
            rows.add(r);
        }
        return new ResultTable("correlations", cols, rows);
    }

    private static ResultTable hullTable(double[] x, Hull dft, Hull ce) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(dft.formation[a], dft.formation[b]));
        List<double[]> rows = new ArrayList<>();
        for (int i : order) {
            rows.add(new double[] {x[i], dft.formation[i], ce.formation[i], dft.vertex(i) ? dft.formation[i] : Double.NaN,
                ce.vertex(i) ? ce.formation[i] : Double.NaN});
        }
        return new ResultTable("hull", List.of(new Column("x", ""), new Column("formation_dft", "eV/site"),
                new Column("formation_ce", "eV/site"), new Column("hull_dft", "eV/site"), new Column("hull_ce", "eV/site")), rows);
    }

    private static ResultTable parityTable(double[] dft, double[] ce, String what) {
        Integer[] order = new Integer[dft.length];
        for (int i = 0; i < dft.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(dft[a], dft[b]));
        List<double[]> rows = new ArrayList<>();
        for (int i : order) {
            rows.add(new double[] {dft[i], ce[i], dft[i]});
        }
        return new ResultTable("parity", List.of(new Column(what + "_dft", "eV/site"), new Column(what + "_ce", "eV/site"),
                new Column("ideal", "eV/site")), rows);
    }

    /** E/N = Σ_f V_f m_f ⟨Φ_f⟩. */
    private double energyPerPrim(double[] eci, double[] corr) {
        double e = 0;
        for (ClusterSpace.Function f : space.functions()) {
            e += eci[f.index()] * f.multiplicity() * corr[f.index()];
        }
        return e;
    }
}
