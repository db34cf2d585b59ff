package org.sublattice.plugin.strainpath;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Sampler;
import org.sublattice.api.StructureEnergy;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ChainResult;

/**
 * Scans the energy along the Bain or Burgers path of the chain's structure (the lattice's ordering
 * on the pipeline's supercell, vacancies left out) on a grid of e₃, with the volume fixed, the
 * volume relaxed (1D Brent minimisation over e₁) or every strain component but e₃ relaxed
 * (cyclic Brent minimisations over e₁, e₂, e₄, e₅, e₆). Each point starts from the relaxed strain
 * of the one before. Energies come from the Hamiltonian's structure-energy model (EAM, LAMMPS).
 * Also evaluates the e₃ = 0 reference and the ideal end point of the path (FCC-like or HCP-like;
 * with relaxation, its volume relaxed by isotropic scaling). The configuration is not changed.
 * Immutable.
 */
final class StrainScanner implements Sampler {
    /** What relaxes at each point. */
    enum Relax { NONE, VOLUME, STRAIN }

    /** Components relaxed in {@link Relax#STRAIN} mode (all but e₃). */
    private static final int[] FREE = {0, 1, 3, 4, 5};
    /** Initial step of the strain searches. */
    private static final double STEP = 0.004;
    private static final int MAX_SWEEPS = 40;

    private final StrainPath.Kind kind;
    private final double[] grid;
    private final Relax relax;
    private final double tolerance;

    StrainScanner(StrainPath.Kind kind, double[] grid, Relax relax, double tolerance) {
        this.kind = kind;
        this.grid = grid.clone();
        this.relax = relax;
        this.tolerance = tolerance;
    }

    @Override
    public long plannedSteps(int sites) {
        return grid.length + 2L;
    }

    /** A relaxed point: strain components, shuffle, total energy (eV). */
    record Point(double[] strain, double shuffle, double energy) {
    }

    @Override
    public ChainResult run(Chain chain) {
        StructureEnergy model = chain.hamiltonian().structureEnergy().orElseThrow(() -> new InvalidInputException(
                "the bain-burgers sampler needs a Hamiltonian that gives energies of strained structures (eam, meam, lammps); "
                        + "this one only knows configurations on the lattice"));
        Structure input = Structure.of(chain.configuration(), "input");
        StrainPath path = new StrainPath(kind, input);
        int atoms = path.reference().atoms().size();
        double volume0 = Math.abs(path.reference().cell().volume());
        long[] evaluations = {0};
        Energy energy = (e, shuffle) -> {
            if (Double.isNaN(StrainPath.volumeRatio(e))) {
                return Double.NaN;
            }
            evaluations[0]++;
            return model.energy(path.structure(e, shuffle, "scan"));
        };
        Point reference = point(path, 0, null, energy);
        chain.progress().advance(1);
        int n = grid.length;
        Map<String, double[]> series = new HashMap<>();
        String[] names = {"e1", "e2", "e3", "e4", "e5", "e6"};
        double[][] comp = new double[6][n];
        double[] shuffle = new double[n];
        double[] total = new double[n];
        double[] perAtom = new double[n];
        double[] volume = new double[n];
        double[] previous = reference.strain();
        int done = 0;
        for (int i = 0; i < n && !chain.progress().cancelled(); i++) {
            Point p = point(path, grid[i], previous, energy);
            previous = p.strain();
            for (int c = 0; c < 6; c++) {
                comp[c][i] = p.strain()[c];
            }
            shuffle[i] = p.shuffle();
            total[i] = p.energy();
            perAtom[i] = p.energy() / atoms;
            volume[i] = volume0 * StrainPath.volumeRatio(p.strain()) / atoms;
            done++;
            chain.progress().advance(1);
        }
        for (int c = 0; c < 6; c++) {
            series.put(names[c], java.util.Arrays.copyOf(comp[c], done));
        }
        series.put("shuffle", java.util.Arrays.copyOf(shuffle, done));
        series.put(ChainResult.ENERGY, java.util.Arrays.copyOf(total, done));
        series.put("energy_per_atom", java.util.Arrays.copyOf(perAtom, done));
        series.put("volume_per_atom", java.util.Arrays.copyOf(volume, done));

        Point end = endPoint(path, energy);
        chain.progress().advance(1);
        Map<String, Double> scalars = new HashMap<>();
        scalars.put("path", (double) kind.ordinal());
        scalars.put("relax", (double) relax.ordinal());
        scalars.put("atoms", (double) atoms);
        scalars.put("a_bcc", path.aBcc());
        scalars.put("reference.energy_per_atom", reference.energy() / atoms);
        scalars.put("reference.volume_per_atom", volume0 * StrainPath.volumeRatio(reference.strain()) / atoms);
        for (int c = 0; c < 6; c++) {
            scalars.put("end." + names[c], end.strain()[c]);
        }
        scalars.put("end.shuffle", end.shuffle());
        scalars.put("end.energy_per_atom", end.energy() / atoms);
        scalars.put("end.volume_per_atom", volume0 * StrainPath.volumeRatio(end.strain()) / atoms);
        scalars.put("evaluations", (double) evaluations[0]);
        return new ChainResult(series, scalars, chain.configuration().copy(), evaluations[0]);
    }

    /** Energy of a strain with a shuffle; NaN where the strain is not admissible. */
    @FunctionalInterface
    interface Energy {
        double at(double[] e, double shuffle);
    }

    /** The point at e₃ with this scanner's relaxation, starting from {@code start} (null: the path's own strain). */
    Point point(StrainPath path, double e3, double[] start, Energy energy) {
        double t = path.fraction(e3);
        double shuffle = path.shuffle(t);
        double[] base = path.pathStrain(t);
        double[] e = base.clone();
        e[0] = StrainPath.e1ForVolume(base, 1);
        switch (relax) {
            case NONE -> {
                return new Point(e, shuffle, check(energy.at(e, shuffle), e3));
            }
            case VOLUME -> {
                double x0 = start != null ? start[0] : e[0];
                Brent.Minimum m = Brent.minimize(x -> {
                    double[] y = e.clone();
                    y[0] = x;
                    return energy.at(y, shuffle);
                }, x0, STEP, tolerance);
                e[0] = m.x();
                return new Point(e, shuffle, check(m.value(), e3));
            }
            default -> {
                if (start != null) {
                    for (int c : FREE) {
                        e[c] = start[c];
                    }
                }
                double current = energy.at(e, shuffle);
                for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                    double before = current;
                    for (int c : FREE) {
                        int comp = c;
                        Brent.Minimum m = Brent.minimize(x -> {
                            double[] y = e.clone();
                            y[comp] = x;
                            return energy.at(y, shuffle);
                        }, e[c], STEP, tolerance);
                        if (m.value() <= current) {
                            e[c] = m.x();
                            current = m.value();
                        }
                    }
                    if (before - current <= 1e-9 * Math.max(1, Math.abs(current))) {
                        break;
                    }
                }
                return new Point(e, shuffle, check(current, e3));
            }
        }
    }

    /** The ideal end point (t = 1); with relaxation, scaled isotropically to its lowest energy. */
    Point endPoint(StrainPath path, Energy energy) {
        double[] end = path.endStrain();
        double shuffle = path.shuffle(1);
        if (relax == Relax.NONE) {
            return new Point(end, shuffle, energy.at(end, shuffle));
        }
        double[][] c0 = StrainPath.cauchyGreen(end);
        java.util.function.DoubleFunction<double[]> scaled = k -> {
            double[][] m = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    m[i][j] = (k * k * c0[i][j] - (i == j ? 1 : 0)) / 2;
                }
            }
            return StrainPath.components(m);
        };
        Brent.Minimum m = Brent.minimize(k -> energy.at(scaled.apply(k), shuffle), 1, STEP, tolerance);
        return new Point(scaled.apply(m.x()), shuffle, m.value());
    }

    private static double check(double energy, double e3) {
        if (!Double.isFinite(energy)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "no admissible strain at e3 = %.4f (the cell collapses); "
                    + "narrow the e3 grid", e3));
        }
        return energy;
    }
}
