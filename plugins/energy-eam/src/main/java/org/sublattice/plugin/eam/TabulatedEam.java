package org.sublattice.plugin.eam;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An EAM potential read from a DYNAMO/LAMMPS file and evaluated exactly as LAMMPS's {@code
 * pair_style eam}, {@code eam/alloy} and {@code eam/fs} do (tables interpolated by
 * {@link LammpsTable}; the pair tables hold r·φ(r); an embedding density beyond the table adds the
 * linear term F'(ρ_max)·(ρ − ρ_max)).
 *
 * <ul>
 * <li>funcfl ({@code pair_style eam}, one element): comment line; "Z mass a lattice"; "Nρ Δρ Nr Δr
 * cutoff"; F(ρ), Z(r), ρ(r); φ(r) = 27.2·0.529·Z(r)²/r (Hartree·Bohr to eV·Å). As LAMMPS, the
 * tables are first re-gridded by four-point Lagrange interpolation onto Nr−1 and Nρ−1 points.
 * <li>setfl ({@code eam/alloy}): three comment lines; "N el₁ … el_N"; "Nρ Δρ Nr Δr cutoff"; per
 * element "Z mass a lattice", F(ρ), ρ(r); then r·φ_ij(r) for i ≥ j.
 * <li>Finnis–Sinclair ({@code eam/fs}): as setfl, but each element i lists N density functions,
 * the j-th being the density an atom of element i contributes at an atom of element j.
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class TabulatedEam implements EamPotential {
    /** Hartree·Bohr in eV·Å as LAMMPS converts funcfl effective charges. */
    static final double HARTREE_BOHR = 27.2 * 0.529;

    /** File formats. */
    enum Format {
        FUNCFL, SETFL, FS;

        /** From the file name: *.eam.alloy and *.setfl → setfl, *.eam.fs → fs, *.eam → funcfl. */
        static Format guess(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".eam.alloy") || n.endsWith(".setfl") || n.endsWith(".alloy")) {
                return SETFL;
            }
            if (n.endsWith(".eam.fs") || n.endsWith(".fs")) {
                return FS;
            }
            if (n.endsWith(".eam") || n.endsWith(".funcfl")) {
                return FUNCFL;
            }
            return null;
        }
    }

    private final List<String> elements;
    private final List<Double> masses;
    private final String source;
    private final double cutoff;
    private final double rhoMax;
    private final LammpsTable[] embedding;
    private final LammpsTable[][] density;
    private final LammpsTable[][] z2r;

    private TabulatedEam(List<String> elements, List<Double> masses, String source, double cutoff, double rhoMax,
            LammpsTable[] embedding, LammpsTable[][] density, LammpsTable[][] z2r) {
        this.elements = List.copyOf(elements);
        this.masses = List.copyOf(masses);
        this.source = source;
        this.cutoff = cutoff;
        this.rhoMax = rhoMax;
        this.embedding = embedding;
        this.density = density;
        this.z2r = z2r;
    }

    /**
     * Reads a potential file.
     *
     * @param element for funcfl files, which carry no element name: the element it describes
     */
    static TabulatedEam read(Path file, Format format, String element) {
        PotentialFileReader in = PotentialFileReader.open(file);
        return switch (format) {
            case FUNCFL -> funcfl(in, element);
            case SETFL -> alloy(in, false);
            case FS -> alloy(in, true);
        };
    }

    static TabulatedEam funcfl(PotentialFileReader in, String element) {
        in.line("the comment line");
        String headerText = in.line("the line 'Z mass a lattice'");
        String[] header = PotentialFileReader.split(headerText);
        if (header.length < 2) {
            throw in.error(in.lineNumber(), "expected 'Z mass a lattice' (atomic number and mass at least), line reads '"
                    + headerText.strip() + "'");
        }
        in.integer(header[0], in.lineNumber(), "atomic number", headerText);
        double mass = in.number(header[1], in.lineNumber(), "mass", headerText);
        Grid g = grid(in);
        double[] f = in.numbers(g.nrho, "F(ρ)");
        double[] z = in.numbers(g.nr, "Z(r)");
        double[] rho = in.numbers(g.nr, "ρ(r)");
        // LAMMPS re-grids every funcfl file onto a common grid (file2array); for one file the grid
        // keeps its spacing but loses its last point.
        double rMax = (g.nr - 1) * g.dr;
        double rhoMax = (g.nrho - 1) * g.drho;
        int nr = (int) (rMax / g.dr + 0.5);
        int nrho = (int) (rhoMax / g.drho + 0.5);
        double[] fg = regrid(f, g.drho, nrho, g.drho);
        double[] rhog = regrid(rho, g.dr, nr, g.dr);
        double[] zg = regrid(z, g.dr, nr, g.dr);
        double[] z2 = new double[nr];
        for (int m = 0; m < nr; m++) {
            z2[m] = HARTREE_BOHR * zg[m] * zg[m];
        }
        LammpsTable rt = table(in, rhog, g.dr, "ρ(r)");
        return new TabulatedEam(List.of(element), List.of(mass), in.source(), g.cut, rhoMax,
                new LammpsTable[] {table(in, fg, g.drho, "F(ρ)")}, new LammpsTable[][] {{rt}},
                new LammpsTable[][] {{table(in, z2, g.dr, "Z(r)")}});
    }

    private static TabulatedEam alloy(PotentialFileReader in, boolean fs) {
        for (int i = 0; i < 3; i++) {
            in.line("comment line " + (i + 1) + " of 3");
        }
        String elText = in.line("the line 'N element₁ … element_N'");
        String[] el = PotentialFileReader.split(elText);
        int lineNo = in.lineNumber();
        if (el.length == 0) {
            throw in.error(lineNo, "expected 'N element₁ … element_N', the line is empty");
        }
        int n = in.integer(el[0], lineNo, "number of elements", elText);
        if (n < 1 || el.length != n + 1) {
            throw in.error(lineNo, "expected " + Math.max(n, 1) + " element names after the count " + n + ", found " + (el.length - 1)
                    + " (line reads '" + elText.strip() + "')");
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            if (names.contains(el[i])) {
                throw in.error(lineNo, "element '" + el[i] + "' is listed twice");
            }
            names.add(el[i]);
        }
        Grid g = grid(in);
        List<Double> masses = new ArrayList<>();
        LammpsTable[] emb = new LammpsTable[n];
        LammpsTable[][] dens = new LammpsTable[n][n];
        for (int i = 0; i < n; i++) {
            String h = in.line("the line 'Z mass a lattice' of " + names.get(i));
            String[] ht = PotentialFileReader.split(h);
            if (ht.length < 2) {
                throw in.error(in.lineNumber(), "expected 'Z mass a lattice' of " + names.get(i) + ", line reads '" + h.strip() + "'");
            }
            in.integer(ht[0], in.lineNumber(), "atomic number of " + names.get(i), h);
            masses.add(in.number(ht[1], in.lineNumber(), "mass of " + names.get(i), h));
            emb[i] = table(in, in.numbers(g.nrho, "F(ρ) of " + names.get(i)), g.drho, "F(ρ) of " + names.get(i));
            if (fs) {
                for (int j = 0; j < n; j++) {
                    String what = "ρ(r) of " + names.get(i) + " at " + names.get(j);
                    dens[i][j] = table(in, in.numbers(g.nr, what), g.dr, what);
                }
            } else {
                LammpsTable t = table(in, in.numbers(g.nr, "ρ(r) of " + names.get(i)), g.dr, "ρ(r) of " + names.get(i));
                for (int j = 0; j < n; j++) {
                    dens[i][j] = t;
                }
            }
        }
        LammpsTable[][] z2r = new LammpsTable[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                String what = "r·φ(r) of " + names.get(i) + "-" + names.get(j);
                z2r[i][j] = table(in, in.numbers(g.nr, what), g.dr, what);
                z2r[j][i] = z2r[i][j];
            }
        }
        return new TabulatedEam(names, masses, in.source(), g.cut, (g.nrho - 1) * g.drho, emb, dens, z2r);
    }

    private record Grid(int nrho, double drho, int nr, double dr, double cut) {
    }

    private static Grid grid(PotentialFileReader in) {
        String text = in.line("the line 'Nρ Δρ Nr Δr cutoff'");
        String[] t = PotentialFileReader.split(text);
        int lineNo = in.lineNumber();
        if (t.length < 5) {
            throw in.error(lineNo, "expected 'Nρ Δρ Nr Δr cutoff' (5 numbers), found " + t.length + " (line reads '" + text.strip() + "')");
        }
        int nrho = in.integer(t[0], lineNo, "Nρ", text);
        double drho = in.number(t[1], lineNo, "Δρ", text);
        int nr = in.integer(t[2], lineNo, "Nr", text);
        double dr = in.number(t[3], lineNo, "Δr", text);
        double cut = in.number(t[4], lineNo, "cutoff", text);
        if (nrho < 6 || nr < 6) {
            throw in.error(lineNo, "tables need at least 6 points, got Nρ = " + nrho + ", Nr = " + nr);
        }
        if (!(drho > 0) || !(dr > 0) || !(cut > 0)) {
            throw in.error(lineNo, "Δρ, Δr and the cutoff must be > 0, got " + drho + ", " + dr + ", " + cut);
        }
        return new Grid(nrho, drho, nr, dr, cut);
    }

    private static LammpsTable table(PotentialFileReader in, double[] values, double delta, String what) {
        try {
            return new LammpsTable(values, delta);
        } catch (IllegalArgumentException e) {
            throw in.error(in.lineNumber(), what + ": " + e.getMessage());
        }
    }

    /**
     * Four-point Lagrange re-gridding of a table (LAMMPS file2array): value m (1-based) of the
     * new grid at x = (m−1)·newDelta from the old table's points k−1 … k+2, k clamped to [2, n−2].
     */
    static double[] regrid(double[] old, double oldDelta, int count, double newDelta) {
        int nf = old.length;
        double sixth = 1.0 / 6.0;
        double[] out = new double[count];
        for (int m = 1; m <= count; m++) {
            double r = (m - 1) * newDelta;
            double p = r / oldDelta + 1.0;
            int k = (int) p;
            k = Math.min(k, nf - 2);
            k = Math.max(k, 2);
            p -= k;
            p = Math.min(p, 2.0);
            double c1 = -sixth * p * (p - 1.0) * (p - 2.0);
            double c2 = 0.5 * (p * p - 1.0) * (p - 2.0);
            double c3 = -0.5 * p * (p + 1.0) * (p - 2.0);
            double c4 = sixth * p * (p * p - 1.0);
            // old is 0-based: LAMMPS's f[k] is old[k-1].
            out[m - 1] = c1 * old[k - 2] + c2 * old[k - 1] + c3 * old[k] + c4 * old[k + 1];
        }
        return out;
    }

    @Override
    public List<String> elements() {
        return elements;
    }

    /** Atomic masses from the file (amu), element order. */
    List<Double> masses() {
        return masses;
    }

    @Override
    public double cutoff() {
        return cutoff;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public double embedding(int e, double rho) {
        LammpsTable t = embedding[e];
        double f = t.embeddingValue(rho);
        if (rho > rhoMax) {
            f += t.embeddingDerivative(rho) * (rho - rhoMax);
        }
        return f;
    }

    @Override
    public double embeddingDerivative(int e, double rho) {
        return embedding[e].embeddingDerivative(rho);
    }

    @Override
    public double density(int from, int at, double r) {
        return density[from][at].value(r);
    }

    @Override
    public double densityDerivative(int from, int at, double r) {
        return density[from][at].derivative(r);
    }

    @Override
    public double pair(int a, int b, double r) {
        return z2r[a][b].value(r) / r;
    }

    @Override
    public double pairDerivative(int a, int b, double r) {
        LammpsTable t = z2r[a][b];
        double phi = t.value(r) / r;
        return t.derivative(r) / r - phi / r;
    }
}
