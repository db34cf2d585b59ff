package org.sublattice.plugin.strainpath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sublattice.api.Analyzer;
import org.sublattice.api.AnalyzerFactory;
import org.sublattice.api.BuildContext;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Param;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.run.AnalysisResult;
import org.sublattice.api.run.ChainResult;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.PlotSpec;
import org.sublattice.api.run.PointResult;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.StageData;
import org.sublattice.api.run.TextFile;
import org.sublattice.crystal.io.Poscar;

/**
 * The table and plot of a {@code bain-burgers} scan: E(e₃) − E(e₃ = 0) per atom, volume and strain
 * components at every point, the symmetry of every structure, the start and end points named by
 * symmetry ({@code end-points.csv}, {@code end-points.txt}), every structure as a POSCAR under
 * {@code structures/} (to run DFT on them), and energies from elsewhere (a CSV per point) beside
 * ours.
 */
final class StrainPathAnalyzer implements Analyzer {
    /** Largest |e₃| taken as the e₃ = 0 point of an external CSV. */
    private static final double ZERO = 1e-9;

    private final boolean poscar;
    private final boolean symmetry;
    private final Optional<Path> external;

    StrainPathAnalyzer(boolean poscar, boolean symmetry, Optional<Path> external) {
        this.poscar = poscar;
        this.symmetry = symmetry;
        this.external = external;
    }

    @Override
    public AnalysisResult analyze(StageData stage) {
        List<Column> cols = new ArrayList<>(List.of(new Column("chain", ""), new Column("point", ""), new Column("e3", ""),
                new Column("energy_mev", "meV/atom"), new Column("energy_per_atom", "eV"), new Column("volume_per_atom", "Å^3"),
                new Column("e1", ""), new Column("e2", ""), new Column("e4", ""), new Column("e5", ""), new Column("e6", ""),
                new Column("shuffle", ""), new Column("point_group_order", ""), new Column("atoms_per_primitive_cell", "")));
        boolean withExternal = external.isPresent();
        if (withExternal) {
            cols.add(new Column("external_mev", "meV/atom"));
        }
        List<Column> endCols = List.of(new Column("chain", ""), new Column("start_volume_per_atom", "Å^3"),
                new Column("start_point_group_order", ""), new Column("start_atoms_per_primitive_cell", ""), new Column("end_e3", ""),
                new Column("end_energy_mev", "meV/atom"), new Column("end_volume_per_atom", "Å^3"), new Column("end_point_group_order", ""),
                new Column("end_atoms_per_primitive_cell", ""));
        List<double[]> rows = new ArrayList<>();
        List<double[]> endRows = new ArrayList<>();
        List<TextFile> files = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        boolean many = stage.points().size() > 1;
        for (PointResult pr : stage.points()) {
            ChainResult c = pr.chain();
            if (!c.scalars().containsKey("path")) {
                // Not a bain-burgers scan: a row of NaN for this condition point.
                double[] row = new double[cols.size()];
                java.util.Arrays.fill(row, Double.NaN);
                row[0] = pr.index();
                rows.add(row);
                double[] endRow = new double[endCols.size()];
                java.util.Arrays.fill(endRow, Double.NaN);
                endRow[0] = pr.index();
                endRows.add(endRow);
                report.append("chain ").append(pr.index()).append(": not a bain-burgers scan\n");
                continue;
            }
            StrainPath.Kind kind = StrainPath.Kind.values()[(int) (double) c.scalars().get("path")];
            StrainPath path = new StrainPath(kind, Structure.of(c.finalState(), "input"));
            String prefix = "structures/" + (many ? "chain-" + pr.index() + "/" : "");
            double ref = c.scalars().get("reference.energy_per_atom");
            int n = c.samples();
            double[][] ext = withExternal ? ExternalEnergies.read(external.get(), path.reference().atoms().size()) : null;
            double extRef = withExternal ? ExternalEnergies.reference(ext, c.series().get("e3")) : Double.NaN;
            for (int i = 0; i < n; i++) {
                double[] e = strain(c, i);
                double e3 = e[2];
                Structure s = path.structure(e, c.series().get("shuffle")[i],
                        String.format(Locale.ROOT, "%s path, e3 = %.6f, point %d (Sublattice strain-path scan)", name(kind), e3, i));
                Symmetry.Identity id = symmetry ? Symmetry.identify(s) : null;
                double[] row = new double[cols.size()];
                int k = 0;
                row[k++] = pr.index();
                row[k++] = i;
                row[k++] = e3;
                row[k++] = 1000 * (c.series().get("energy_per_atom")[i] - ref);
                row[k++] = c.series().get("energy_per_atom")[i];
                row[k++] = c.series().get("volume_per_atom")[i];
                row[k++] = e[0];
                row[k++] = e[1];
                row[k++] = e[3];
                row[k++] = e[4];
                row[k++] = e[5];
                row[k++] = c.series().get("shuffle")[i];
                row[k++] = id == null ? Double.NaN : id.operations();
                row[k++] = id == null ? Double.NaN : id.atoms();
                if (withExternal) {
                    row[k] = ExternalEnergies.relative(ext, i, e3, extRef);
                }
                rows.add(row);
                if (poscar) {
                    files.add(new TextFile(prefix + String.format(Locale.ROOT, "point-%03d.vasp", i), Poscar.write(s)));
                }
            }
            // Start and end points.
            double[] zero = new double[6];
            Structure start = path.structure(zero, 0, name(kind) + " path start, e3 = 0 (Sublattice strain-path scan)");
            double[] endStrain = new double[6];
            for (int k = 0; k < 6; k++) {
                endStrain[k] = c.scalars().get("end.e" + (k + 1));
            }
            Structure end = path.structure(endStrain, c.scalars().get("end.shuffle"), String.format(Locale.ROOT,
                    "%s path end point, e3 = %.6f (Sublattice strain-path scan)", name(kind), endStrain[2]));
            Symmetry.Identity startId = Symmetry.identify(start);
            Symmetry.Identity endId = Symmetry.identify(end);
            double endMev = 1000 * (c.scalars().get("end.energy_per_atom") - ref);
            endRows.add(new double[] {pr.index(), c.scalars().get("reference.volume_per_atom"), startId.operations(), startId.atoms(),
                endStrain[2], endMev, c.scalars().get("end.volume_per_atom"), endId.operations(), endId.atoms()});
            report.append(String.format(Locale.ROOT, "%s%s path, %d atoms, relaxation: %s%n", many ? "chain " + pr.index() + ": " : "",
                    name(kind), path.reference().atoms().size(),
                    StrainScanner.Relax.values()[(int) (double) c.scalars().get("relax")].name().toLowerCase(Locale.ROOT)));
            report.append(String.format(Locale.ROOT, "  start  e3 = %8.5f  %s%n", 0.0, startId));
            report.append(String.format(Locale.ROOT, "  end    e3 = %8.5f  %s%n", endStrain[2], endId));
            report.append(String.format(Locale.ROOT, "         E(end) - E(start) = %.3f meV/atom%n", endMev));
            if (poscar) {
                files.add(new TextFile(prefix + "start.vasp", Poscar.write(start)));
                files.add(new TextFile(prefix + "end-point.vasp", Poscar.write(end)));
            }
        }
        if (!stage.points().isEmpty()) {
            files.add(new TextFile("end-points.txt", report.toString()));
        }
        ResultTable table = new ResultTable("strain-path", cols, rows);
        ResultTable ends = new ResultTable("end-points", endCols, endRows);
        List<String> y = withExternal ? List.of("energy_mev", "external_mev") : List.of("energy_mev");
        List<PlotSpec> plots = rows.size() > 1 ? List.of(new PlotSpec("strain-path", "E(e3) − E(0) per atom (" + stage.stageId() + ")",
                "strain-path", "e3", y, false)) : List.of();
        return new AnalysisResult(List.of(table, ends), plots, files);
    }

    private static double[] strain(ChainResult c, int i) {
        double[] e = new double[6];
        for (int k = 0; k < 6; k++) {
            e[k] = c.series().get("e" + (k + 1))[i];
        }
        return e;
    }

    private static String name(StrainPath.Kind kind) {
        return kind == StrainPath.Kind.BAIN ? "Bain" : "Burgers";
    }

    /**
     * Energies computed elsewhere (DFT on the POSCARs we wrote), one per point: a CSV with a header
     * naming a {@code point} column (the index in our table, or {@code start} for the e₃ = 0
     * structure) or an {@code e3} column, and an {@code energy} column (eV for the whole POSCAR) or
     * an {@code energy_per_atom} column (eV). Relative to the {@code start} row, else to the row at
     * e₃ = 0, else to the first row.
     */
    static final class ExternalEnergies {
        private ExternalEnergies() {
        }

        /** Rows of {point (−1 for start, NaN if absent), e3 (NaN if absent), energy per atom}. */
        static double[][] read(Path file, int atoms) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new InvalidInputException("cannot read external energies " + file + ": " + e.getMessage(), e);
            }
            int h = 0;
            while (h < lines.size() && (lines.get(h).isBlank() || lines.get(h).startsWith("#"))) {
                h++;
            }
            if (h == lines.size()) {
                throw new InvalidInputException(file + ": no header line (expected columns point or e3, and energy or energy_per_atom)");
            }
            List<String> header = List.of(lines.get(h).strip().toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
            int point = header.indexOf("point");
            int e3 = header.indexOf("e3");
            int energy = header.indexOf("energy");
            int perAtom = header.indexOf("energy_per_atom");
            if (point < 0 && e3 < 0 || energy < 0 && perAtom < 0) {
                throw new InvalidInputException(file + ":" + (h + 1) + ": header " + header
                        + " needs a point or e3 column and an energy (eV per structure) or energy_per_atom column");
            }
            List<double[]> out = new ArrayList<>();
            for (int l = h + 1; l < lines.size(); l++) {
                String text = lines.get(l).strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] f = text.split("\\s*,\\s*", -1);
                if (f.length < header.size()) {
                    throw new InvalidInputException(file + ":" + (l + 1) + ": " + f.length + " fields for " + header.size() + " columns");
                }
                double p = Double.NaN;
                if (point >= 0) {
                    p = f[point].equalsIgnoreCase("start") ? -1 : number(file, l, f[point], "point");
                }
                double x = e3 >= 0 ? number(file, l, f[e3], "e3") : Double.NaN;
                double en = perAtom >= 0 ? number(file, l, f[perAtom], "energy_per_atom") : number(file, l, f[energy], "energy") / atoms;
                out.add(new double[] {p, x, en});
            }
            return out.toArray(double[][]::new);
        }

        private static double number(Path file, int line, String text, String what) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(file + ":" + (line + 1) + ": " + what + " '" + text + "' is not a number");
            }
        }

        static double reference(double[][] rows, double[] e3) {
            for (double[] r : rows) {
                if (r[0] == -1) {
                    return r[2];
                }
            }
            for (double[] r : rows) {
                double x = !Double.isNaN(r[1]) ? r[1] : r[0] >= 0 && r[0] < e3.length ? e3[(int) r[0]] : Double.NaN;
                if (Math.abs(x) < ZERO) {
                    return r[2];
                }
            }
            return rows.length > 0 ? rows[0][2] : Double.NaN;
        }

        static double relative(double[][] rows, int point, double e3, double ref) {
            for (double[] r : rows) {
                boolean match = !Double.isNaN(r[0]) ? r[0] == point : Math.abs(r[1] - e3) < 1e-6;
                if (match) {
                    return 1000 * (r[2] - ref);
                }
            }
            return Double.NaN;
        }
    }

    /** Factory of {@code strain-path}. */
    public static final class Factory implements AnalyzerFactory<Factory.Parameters> {
        /**
         * Parameters.
         *
         * @param poscar write the structures
         * @param symmetry identify the symmetry of every point
         * @param external energies per point from elsewhere
         */
        public record Parameters(
                @Param(value = "write every scanned structure (and the start and end points) as POSCAR under structures/",
                        defaultValue = "true") boolean poscar,
                @Param(value = "give the point-group order and primitive-cell size of every point", defaultValue = "true") boolean symmetry,
                @Param(value = "energies from elsewhere, one per point: CSV with columns point (or e3) and energy (eV per POSCAR) "
                        + "or energy_per_atom; a row with point 'start' is the e3 = 0 reference", defaultValue = Param.OPTIONAL)
                Optional<Path> external) {
        }

        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "E(e3) − E(0) per atom of a bain-burgers scan with its plot, the symmetry of every point, the end points named "
                    + "(FCC, L1_0, D0_22, UPb-type, HCP, B19 …), every structure as POSCAR, and external energies beside ours";
        }

        @Override
        public String example() {
            return """
                    analyzers:
                      - strain-path
                      - {type: strain-path, external: dft-energies.csv}   # columns point,energy (eV per POSCAR)
                    """;
        }

        @Override
        public Analyzer create(Parameters p, BuildContext context) {
            return new StrainPathAnalyzer(p.poscar(), p.symmetry(), p.external());
        }
    }
}
