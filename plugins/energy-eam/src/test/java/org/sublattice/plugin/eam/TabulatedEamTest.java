package org.sublattice.plugin.eam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;

class TabulatedEamTest {
    @TempDir
    Path dir;

    /** A sheared, non-orthogonal FCC-like cell with a displaced atom: no symmetry helps. */
    static Structure distorted(String species) {
        double a = 3.6;
        Cell cell = new Cell(new Vec3(a, 0.1, 0), new Vec3(0.2, a * 0.98, 0.05), new Vec3(0, -0.1, a * 1.03));
        List<Structure.Atom> atoms = new ArrayList<>();
        double[][] f = {{0.01, 0, 0}, {0, 0.5, 0.5}, {0.5, 0.02, 0.5}, {0.5, 0.5, 0}};
        for (double[] p : f) {
            atoms.add(new Structure.Atom(species, new Vec3(p[0], p[1], p[2])));
        }
        return new Structure("distorted", cell, atoms);
    }

    @Test
    void lammpsTablesInterpolateCubicsExactlyBetweenInteriorKnots() {
        int n = 50;
        double d = 0.1;
        double[] v = new double[n];
        for (int m = 0; m < n; m++) {
            double x = m * d;
            v[m] = x * x * x - 2 * x * x + 0.5;
        }
        LammpsTable t = new LammpsTable(v, d);
        for (double x = 0.35; x < 4.5; x += 0.173) {
            assertEquals(x * x * x - 2 * x * x + 0.5, t.value(x), 1e-12, "x = " + x);
            assertEquals(3 * x * x - 4 * x, t.derivative(x), 1e-10, "x = " + x);
        }
    }

    @Test
    void setflTablesReproduceTheirFunctionsWithinInterpolationError() throws IOException {
        TabulatedEam setfl = TabulatedEam.read(ToyPotential.setfl(dir, false), TabulatedEam.Format.SETFL, null);
        Structure s = distorted("Cu");
        double exact = new EamStructureEnergy(new ToyPotential()).energy(s);
        double tabulated = new EamStructureEnergy(setfl).energy(s);
        assertEquals(exact / 4, tabulated / 4, 1e-8);
        assertTrue(Math.abs(exact) > 1, "a non-trivial energy: " + exact);
    }

    @Test
    void funcflSetflAndFsFilesOfTheSameFunctionsGiveTheSameEnergies() throws IOException {
        Structure s = distorted("Cu");
        double setfl = new EamStructureEnergy(TabulatedEam.read(ToyPotential.setfl(dir, false), TabulatedEam.Format.SETFL, null)).energy(s);
        double fs = new EamStructureEnergy(TabulatedEam.read(ToyPotential.setfl(dir, true), TabulatedEam.Format.FS, null)).energy(s);
        double funcfl = new EamStructureEnergy(TabulatedEam.read(ToyPotential.funcfl(dir), TabulatedEam.Format.FUNCFL, "Cu")).energy(s);
        assertEquals(setfl, fs, 1e-12);
        // funcfl tabulates Z, not r·φ, and LAMMPS re-grids it: equal within interpolation error.
        assertEquals(setfl / 4, funcfl / 4, 1e-7);
    }

    @Test
    void aFuncflFileNamedInAYamlModelGivesTheSameEnergiesAsTheFileItself() throws IOException {
        Path funcfl = ToyPotential.funcfl(dir);
        Structure s = distorted("Cu");
        double direct = new EamStructureEnergy(TabulatedEam.read(funcfl, TabulatedEam.Format.FUNCFL, "Cu")).energy(s);
        AnalyticEam model = EamModelFile.parse("elements:\n  Cu: {form: funcfl, file: toy.eam}\n", "m.yaml", dir);
        assertEquals(direct, new EamStructureEnergy(model).energy(s), 1e-12);
    }

    @Test
    void embeddingBeyondTheTableContinuesWithTheSlopeAtItsEnd() throws IOException {
        TabulatedEam t = TabulatedEam.read(ToyPotential.setfl(dir, false), TabulatedEam.Format.SETFL, null);
        double max = (ToyPotential.NRHO - 1) * ToyPotential.DRHO;
        double slope = t.embeddingDerivative(0, max + 5);
        assertEquals(t.embedding(0, max) + slope * 5, t.embedding(0, max + 5), 1e-9);
    }

    @Test
    void aMissingPotentialFileIsNamed() {
        Path missing = dir.resolve("nowhere.eam.alloy");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TabulatedEam.read(missing, TabulatedEam.Format.SETFL, null));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void aTruncatedFileNamesFileAndLastLine() throws IOException {
        Path file = ToyPotential.setfl(dir, false);
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, 300));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TabulatedEam.read(file, TabulatedEam.Format.SETFL, null));
        assertTrue(e.getMessage().startsWith(file + ":300: unexpected end of file"), e.getMessage());
        assertTrue(e.getMessage().contains("F(ρ) of Cu"), e.getMessage());
    }

    @Test
    void aMalformedNumberNamesFileLineAndToken() throws IOException {
        Path file = ToyPotential.setfl(dir, false);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(9, lines.get(9).replaceFirst("\\S+", "1.0x3"));
        Files.write(file, lines);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TabulatedEam.read(file, TabulatedEam.Format.SETFL, null));
        assertTrue(e.getMessage().startsWith(file + ":10: '1.0x3' is not a number"), e.getMessage());
    }

    @Test
    void aBadElementLineNamesItsLine() throws IOException {
        Path file = ToyPotential.setfl(dir, false);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(3, "2 Cu");
        Files.write(file, lines);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TabulatedEam.read(file, TabulatedEam.Format.SETFL, null));
        assertTrue(e.getMessage().startsWith(file + ":4: expected 2 element names"), e.getMessage());
    }

    @Test
    void aFuncflGridLineWithTooFewNumbersNamesItsLine() throws IOException {
        Path file = ToyPotential.funcfl(dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(2, "4001 0.01 5001");
        Files.write(file, lines);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TabulatedEam.read(file, TabulatedEam.Format.FUNCFL, "Cu"));
        assertTrue(e.getMessage().startsWith(file + ":3: expected 'Nρ Δρ Nr Δr cutoff'"), e.getMessage());
    }
}
