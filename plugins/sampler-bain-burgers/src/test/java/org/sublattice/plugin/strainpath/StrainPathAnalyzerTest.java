package org.sublattice.plugin.strainpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.crystal.io.Poscar;
import org.sublattice.testkit.AnalyzerContract;
import org.sublattice.testkit.PluginKit;

class StrainPathAnalyzerTest extends AnalyzerContract {
    static final PluginKit KIT = PluginKit.discover(Path.of("."));
    static final Path MODEL = Path.of("../../configs/strain-paths/models/li-ag-eam.yaml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Override
    protected Stream<Case> analyzers() {
        return Stream.of(new Case("strain-path", KIT.analyzer("strain-path", "{}"),
                Supercell.repeat(KIT.lattice("b2", "{}").prim(), 1, 1, 1)));
    }

    Path pipeline(String analyzer) throws IOException {
        Path p = dir.resolve("scan.yaml");
        Files.writeString(p, """
                pipeline: scan
                seed: 1
                system:
                  lattice: {type: b2, a: 3.17, species: {1a: [Li], 1b: [Ag]}}
                  hamiltonian: {type: eam, potential: %s}
                  supercell: {repeat: [1, 1, 1]}
                stages:
                  - id: bain
                    sampler: {type: bain-burgers, path: bain, e3: [0.0, 0.1, 0.2], relax: none}
                    conditions: {temperature: 300}
                    analyzers: [%s]
                """.formatted(MODEL, analyzer));
        return p;
    }

    static double[][] table(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        return lines.subList(1, lines.size()).stream().map(l -> Stream.of(l.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }

    @Test
    void everyPoscarIsTheScannedStructureWithTheTabulatedStrain() throws IOException {
        Path run = dir.resolve("run");
        KIT.run(pipeline("strain-path"), run, 1);
        double[][] rows = table(run.resolve("bain/strain-path.csv"));
        Structure start = Poscar.read(run.resolve("bain/structures/start.vasp"));
        for (double[] row : rows) {
            Structure s = Poscar.read(run.resolve(String.format(Locale.ROOT, "bain/structures/point-%03d.vasp", (int) row[1])));
            assertEquals(2, s.atoms().size());
            assertEquals(row[5], Math.abs(s.cell().volume()) / 2, 1e-9, "volume per atom");
            // Green–Lagrange strain of the POSCAR cell relative to the start: F = L'ᵀ (Lᵀ)⁻¹, E = (FᵀF − I)/2.
            double[][] e = greenLagrange(start.cell(), s.cell());
            assertEquals(row[2], (2 * e[2][2] - e[0][0] - e[1][1]) / Math.sqrt(6), 1e-12, "e3 of the POSCAR");
        }
        String report = Files.readString(run.resolve("bain/end-points.txt"));
        assertTrue(report.contains("start") && report.contains("B2") && report.contains("L1_0"), report);
        assertTrue(Files.exists(run.resolve("bain/structures/end-point.vasp")));
        assertTrue(Files.exists(run.resolve("bain/strain-path.png")));
    }

    static double[][] greenLagrange(Cell from, Cell to) {
        double[][] l = org.sublattice.crystal.Matrix3.rows(from);
        double[][] m = org.sublattice.crystal.Matrix3.rows(to);
        // Rows: m = l·Fᵀ, so Fᵀ = l⁻¹·m.
        double[][] ft = org.sublattice.crystal.Matrix3.mul(org.sublattice.crystal.Matrix3.inverse(l), m);
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[i][j] += ft[i][k] * ft[j][k];
                }
                c[i][j] = (c[i][j] - (i == j ? 1 : 0)) / 2;
            }
        }
        return c;
    }

    @Test
    void externalEnergiesPerPoscarAppearBesideOursRelativeToTheirStart() throws IOException {
        Path first = dir.resolve("first");
        KIT.run(pipeline("strain-path"), first, 1);
        double[][] rows = table(first.resolve("bain/strain-path.csv"));
        // Energies "from DFT": ours per POSCAR (2 atoms) shifted by a constant, as a code with another reference would give.
        StringBuilder csv = new StringBuilder("point,energy\n");
        for (double[] r : rows) {
            csv.append((int) r[1]).append(',').append(String.format(Locale.ROOT, "%.12f", 2 * r[4] - 7.5)).append('\n');
        }
        Files.writeString(dir.resolve("dft.csv"), csv);
        Path second = dir.resolve("second");
        KIT.run(pipeline("{type: strain-path, external: dft.csv}"), second, 1);
        double[][] with = table(second.resolve("bain/strain-path.csv"));
        for (double[] r : with) {
            assertEquals(r[3], r[r.length - 1], 1e-6, "external meV/atom equals ours at point " + r[1]);
        }
    }

    @Test
    void aMalformedExternalCsvNamesFileAndLine() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "point,energy\n0,-3.2\n1,oops\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StrainPathAnalyzer.ExternalEnergies.read(csv, 2));
        assertTrue(e.getMessage().startsWith(csv + ":3: energy 'oops' is not a number"), e.getMessage());
        Files.writeString(csv, "index,value\n0,1\n");
        InvalidInputException h = assertThrows(InvalidInputException.class, () -> StrainPathAnalyzer.ExternalEnergies.read(csv, 2));
        assertTrue(h.getMessage().startsWith(csv + ":1: header"), h.getMessage());
    }
}
