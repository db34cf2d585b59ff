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
 * Transport coefficients from tracked KMC trajectories (SCIENCE.md §5), d = 3, per species (the
 * vacancy included): tracer D* = Σ_k |ΔR_k|² / (2d N t), collective D = |Σ_k ΔR_k|² / (2d N t),
 * correlation factor f = Σ_k |ΔR_k|² / Σ_hops r², Haven ratio H = D* / D; with
 * {@code anisotropic: true} also D*_xx, D*_yy, D*_zz. Values are means over the independent
 * trajectories of each point with their standard errors; D in cm²/s.
 */
final class DiffusionAnalyzer implements Analyzer {
    /** Å² → cm². */
    static final double ANGSTROM2_TO_CM2 = 1e-16;
    private final Optional<List<String>> species;
    private final boolean anisotropic;
    private final Optional<String> xSpecies;

    DiffusionAnalyzer(Optional<List<String>> species, boolean anisotropic, Optional<String> xSpecies) {
        this.species = species;
        this.anisotropic = anisotropic;
        this.xSpecies = xSpecies;
    }

    @Override
    public AnalysisResult analyze(StageData stage) {
        List<String> sp = species.orElse(stage.supercell().prim().species());
        List<String> mu = new ArrayList<>();
        for (PointResult p : stage.points()) {
            for (String s : p.conditions().chemicalPotentials().keySet()) {
                if (!mu.contains(s)) {
                    mu.add(s);
                }
            }
        }
        List<Column> cols = new ArrayList<>();
        cols.add(new Column("temperature", "K"));
        for (String s : mu) {
            cols.add(new Column("mu_" + s, "eV"));
        }
        String xs = xSpecies.orElse(null);
        if (xs != null) {
            cols.add(new Column("x_" + xs, ""));
        }
        List<String> plotted = new ArrayList<>();
        for (String s : sp) {
            for (String c : new String[] {"tracer_d_", "err_tracer_d_", "collective_d_", "err_collective_d_"}) {
                cols.add(new Column(c + s, "cm²/s"));
            }
            cols.add(new Column("f_" + s, ""));
            cols.add(new Column("err_f_" + s, ""));
            cols.add(new Column("haven_" + s, ""));
            if (anisotropic) {
                for (String a : new String[] {"xx", "yy", "zz"}) {
                    cols.add(new Column("tracer_d_" + a + "_" + s, "cm²/s"));
                }
            }
            plotted.add("tracer_d_" + s);
        }
        List<double[]> rows = new ArrayList<>();
        for (PointResult p : stage.points()) {
            double[] row = new double[cols.size()];
            int c = 0;
            row[c++] = p.conditions().temperature();
            for (String s : mu) {
                row[c++] = p.conditions().mu(s);
            }
            double[] time = p.chain().series().getOrDefault("time", new double[0]);
            if (xs != null) {
                double atoms = 0;
                double n = 0;
                for (String s : stage.supercell().prim().species()) {
                    double[] count = p.chain().series().get("n:" + s);
                    if (count != null && count.length > 0 && !s.equals("Va")) {
                        atoms += count[0];
                        n += s.equals(xs) ? count[0] : 0;
                    }
                }
                row[c++] = atoms > 0 ? n / atoms : Double.NaN;
            }
            for (String s : sp) {
                double[] msd = get(p, "msd:" + s, time.length);
                double[] com = get(p, "com:" + s, time.length);
                double[] hr2 = get(p, "hop_r2:" + s, time.length);
                double[] n = get(p, "n:" + s, time.length);
                int t = time.length;
                double[] tracer = new double[t];
                double[] coll = new double[t];
                double[] f = new double[t];
                for (int k = 0; k < t; k++) {
                    double norm = 6 * n[k] * time[k];
                    tracer[k] = norm > 0 ? msd[k] / norm * ANGSTROM2_TO_CM2 : Double.NaN;
                    coll[k] = norm > 0 ? com[k] / norm * ANGSTROM2_TO_CM2 : Double.NaN;
                    f[k] = hr2[k] > 0 ? msd[k] / hr2[k] : Double.NaN;
                }
                double[] dt = meanError(tracer);
                double[] dc = meanError(coll);
                double[] ff = meanError(f);
                row[c++] = dt[0];
                row[c++] = dt[1];
                row[c++] = dc[0];
                row[c++] = dc[1];
                row[c++] = ff[0];
                row[c++] = ff[1];
                row[c++] = dc[0] > 0 ? dt[0] / dc[0] : Double.NaN;
                if (anisotropic) {
                    for (String a : new String[] {"xx", "yy", "zz"}) {
                        double[] m = get(p, "msd_" + a + ":" + s, t);
                        double[] d = new double[t];
                        for (int k = 0; k < t; k++) {
                            double norm = 2 * n[k] * time[k];
                            d[k] = norm > 0 ? m[k] / norm * ANGSTROM2_TO_CM2 : Double.NaN;
                        }
                        row[c++] = meanError(d)[0];
                    }
                }
            }
            rows.add(row);
        }
        ResultTable table = new ResultTable("diffusion", cols, rows);
        List<PlotSpec> plots = new ArrayList<>();
        if (rows.size() > 1) {
            String x = xs != null ? "x_" + xs : "temperature";
            plots.add(new PlotSpec("diffusion", "Tracer diffusion coefficients (" + stage.stageId() + ")", "diffusion", x, plotted, true));
        }
        return new AnalysisResult(List.of(table), plots);
    }

    private static double[] get(PointResult p, String key, int length) {
        double[] v = p.chain().series().get(key);
        return v == null ? new double[length] : v;
    }

    /** Mean and standard error of the mean over trajectories (NaN values skipped). */
    static double[] meanError(double[] v) {
        double sum = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                sum += x;
                n++;
            }
        }
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double mean = sum / n;
        if (n < 2) {
            return new double[] {mean, Double.NaN};
        }
        double ss = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                ss += (x - mean) * (x - mean);
            }
        }
        return new double[] {mean, Math.sqrt(ss / (n - 1) / n)};
    }

    /**
     * Parameters.
     *
     * @param species species to report (default all, the vacancy included)
     * @param anisotropic also report the diagonal components of the tracer tensor
     * @param xSpecies species whose atom fraction is reported and used as x axis
     */
    public record Parameters(
            @Param(value = "species to report (default: all, Va included)", defaultValue = Param.OPTIONAL) Optional<List<String>> species,
            @Param(value = "also report D*_xx, D*_yy, D*_zz", defaultValue = "false") boolean anisotropic,
            @Param(value = "species whose atom fraction is the x axis", defaultValue = Param.OPTIONAL) Optional<String> xSpecies) {
    }

    /** Factory. */
    public static final class Factory implements AnalyzerFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "tracer and collective diffusion coefficients, correlation factors and Haven ratio from kmc trajectories";
        }

        @Override
        public String example() {
            return "analyzers: [{type: diffusion, species: [Li, Va], x-species: Li}]";
        }

        @Override
        public Analyzer create(Parameters p, BuildContext context) {
            return new DiffusionAnalyzer(p.species(), p.anisotropic(), p.xSpecies());
        }
    }
}
