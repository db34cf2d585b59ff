package org.sublattice.plugin.diffusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sublattice.api.Analyzer;
import org.sublattice.api.AnalyzerFactory;
import org.sublattice.api.BuildContext;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Param;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
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
 *
 * <p>A supercell holds at least one vacancy, far more than the 1e−13…1e−6 per site of an ordered
 * alloy at room temperature, so such runs are made with one vacancy and rescaled: in the dilute
 * limit an atom's D is proportional to the vacancy fraction, so with
 * {@code vacancy-formation-energy} (ΔΩ per sublattice) the atoms' D are multiplied by
 * x_Va / x_Va,supercell, x_Va = Σ_s N_s exp(−ΔΩ_s/k_BT) / N and x_Va,supercell = (N_Va − N_ideal Va) / N
 * (N the sites whose ideal occupant is an atom, N_s those of sublattice s, N_ideal Va the
 * structural vacancies of the ideal ordering). The vacancy's own D, f and H are not rescaled.
 */
final class DiffusionAnalyzer implements Analyzer {
    /** Å² → cm². */
    static final double ANGSTROM2_TO_CM2 = 1e-16;
    private final Optional<List<String>> species;
    private final boolean anisotropic;
    private final Optional<String> xSpecies;
    private final Map<String, Double> vacancyFormationEnergy;

    DiffusionAnalyzer(Optional<List<String>> species, boolean anisotropic, Optional<String> xSpecies, Map<String, Double> vacancyFormationEnergy) {
        this.species = species;
        this.anisotropic = anisotropic;
        this.xSpecies = xSpecies;
        this.vacancyFormationEnergy = Map.copyOf(vacancyFormationEnergy);
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
        Rescale rescale = vacancyFormationEnergy.isEmpty() ? null : Rescale.of(stage.supercell(), vacancyFormationEnergy);
        if (rescale != null) {
            cols.add(new Column("x_va", ""));
            cols.add(new Column("x_va_supercell", ""));
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
            double scale = 1;
            if (rescale != null) {
                double[] va = p.chain().series().get("n:" + Site.VACANCY);
                double xEq = rescale.equilibrium(p.conditions().beta());
                double xCell = rescale.supercell(va == null || va.length == 0 ? 0 : va[0]);
                row[c++] = xEq;
                row[c++] = xCell;
                scale = xEq / xCell;
            }
            for (String s : sp) {
                double[] msd = get(p, "msd:" + s, time.length);
                double[] com = get(p, "com:" + s, time.length);
                double[] hr2 = get(p, "hop_r2:" + s, time.length);
                double[] n = get(p, "n:" + s, time.length);
                double factor = s.equals(Site.VACANCY) ? 1 : scale;
                int t = time.length;
                double[] tracer = new double[t];
                double[] coll = new double[t];
                double[] f = new double[t];
                for (int k = 0; k < t; k++) {
                    double norm = 6 * n[k] * time[k];
                    tracer[k] = norm > 0 ? msd[k] / norm * ANGSTROM2_TO_CM2 * factor : Double.NaN;
                    coll[k] = norm > 0 ? com[k] / norm * ANGSTROM2_TO_CM2 * factor : Double.NaN;
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
                            d[k] = norm > 0 ? m[k] / norm * ANGSTROM2_TO_CM2 * factor : Double.NaN;
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

    /**
     * The vacancy fractions of the rescaling: sites per listed sublattice, atom sites and
     * structural vacancies of the supercell.
     */
    private record Rescale(double[] sites, double[] energy, int atomSites, int structural) {
        static Rescale of(Supercell sc, Map<String, Double> formation) {
            List<String> labels = sc.prim().sublattices();
            for (var e : formation.entrySet()) {
                if (!labels.contains(e.getKey())) {
                    throw new InvalidInputException("diffusion: vacancy-formation-energy names sublattice '" + e.getKey()
                            + "'; the lattice has " + labels);
                }
                if (!Double.isFinite(e.getValue())) {
                    throw new InvalidInputException("diffusion: vacancy-formation-energy." + e.getKey() + " must be finite, got " + e.getValue());
                }
            }
            List<String> keys = new ArrayList<>(new java.util.TreeSet<>(formation.keySet()));
            double[] sites = new double[keys.size()];
            double[] energy = new double[keys.size()];
            int atoms = 0;
            int structural = 0;
            for (int s = 0; s < sc.size(); s++) {
                Site site = sc.site(s);
                if (Site.VACANCY.equals(site.ideal())) {
                    structural++;
                    continue;
                }
                atoms++;
                int k = keys.indexOf(site.sublattice());
                if (k >= 0) {
                    if (!site.occupants().contains(Site.VACANCY)) {
                        throw new InvalidInputException("diffusion: vacancy-formation-energy names sublattice '" + site.sublattice()
                                + "', which does not allow vacancies " + site.occupants());
                    }
                    sites[k]++;
                }
            }
            for (int k = 0; k < keys.size(); k++) {
                energy[k] = formation.get(keys.get(k));
            }
            return new Rescale(sites, energy, atoms, structural);
        }

        /** x_Va = Σ_s N_s exp(−β ΔΩ_s) / N. */
        double equilibrium(double beta) {
            double x = 0;
            for (int k = 0; k < sites.length; k++) {
                x += sites[k] * Math.exp(-beta * energy[k]);
            }
            return x / atomSites;
        }

        /** The supercell's vacancies beyond the structural ones, per atom site. */
        double supercell(double vacancies) {
            double extra = vacancies - structural;
            if (!(extra > 0)) {
                throw new InvalidInputException("diffusion: vacancy-formation-energy rescales by the supercell's vacancy fraction, "
                        + "but the supercell has no vacancy beyond the " + structural + " structural ones");
            }
            return extra / atomSites;
        }
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
     * @param vacancyFormationEnergy ΔΩ per sublattice to rescale the atoms' D to the equilibrium vacancy fraction
     */
    public record Parameters(
            @Param(value = "species to report (default: all, Va included)", defaultValue = Param.OPTIONAL) Optional<List<String>> species,
            @Param(value = "also report D*_xx, D*_yy, D*_zz", defaultValue = "false") boolean anisotropic,
            @Param(value = "species whose atom fraction is the x axis", defaultValue = Param.OPTIONAL) Optional<String> xSpecies,
            @Param(value = "vacancy formation energy ΔΩ per sublattice, e.g. {4a: 0.74}: rescales the atoms' D from the supercell's "
                    + "vacancy fraction to x_Va = Σ_s N_s exp(−ΔΩ_s/k_BT) / N (single-vacancy runs)", unit = "eV", defaultValue = "{}")
            Map<String, Double> vacancyFormationEnergy) {
    }

    /** Factory. */
    public static final class Factory implements AnalyzerFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "tracer and collective diffusion coefficients, correlation factors and Haven ratio from kmc trajectories; "
                    + "optionally rescaled to the equilibrium vacancy fraction";
        }

        @Override
        public String example() {
            return "analyzers: [{type: diffusion, species: [Li, Va], x-species: Li}]";
        }

        @Override
        public Analyzer create(Parameters p, BuildContext context) {
            return new DiffusionAnalyzer(p.species(), p.anisotropic(), p.xSpecies(), p.vacancyFormationEnergy());
        }
    }
}
