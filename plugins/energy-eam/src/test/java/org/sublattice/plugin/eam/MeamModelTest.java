package org.sublattice.plugin.eam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.StructureEnergy;

/**
 * The MEAM model without LAMMPS: properties that define it (Rose's equation of state in the
 * reference structure, its E_c and a at the minimum, the screening limits) and its file readers.
 */
class MeamModelTest {
    static final Path MODEL = Path.of("../../configs/strain-paths/models/li-ag-meam.yaml");
    /** Rounding of sums over a few dozen neighbours. */
    static final double ROUNDING = 1e-12;

    static StructureEnergy model() {
        return new MeamStructureEnergy(MeamModelFile.read(MODEL));
    }

    static double rose(double a, double a0, double alpha, double ec) {
        double x = alpha * (a / a0 - 1);
        return -ec * (1 + x) * Math.exp(-x);
    }

    @Test
    void bccLithiumFollowsRoseEquationOfStateExactly() {
        StructureEnergy e = model();
        // Baskes 1992 Li: a = 3.509 Å, E_c = 1.65 eV, α = 2.97244804; first neighbours stay inside r_c − Δr below a = 4.5 Å.
        for (double a = 3.0; a <= 4.4; a += 0.05) {
            assertEquals(rose(a, 3.509, 2.97244804, 1.65), EamModelTest.bcc(e, "Li", a), ROUNDING, "BCC Li at a = " + a);
        }
    }

    @Test
    void fccSilverFollowsRoseEquationOfStateExactly() {
        StructureEnergy e = model();
        // Ag: a = 4.08 Å, E_c = 2.85 eV, α = 5.89222008; second neighbours screened or beyond r_c.
        for (double a = 3.6; a <= 5.4; a += 0.05) {
            assertEquals(rose(a, 4.08, 5.89222008, 2.85), EamModelTest.fcc(e, "Ag", a), ROUNDING, "FCC Ag at a = " + a);
        }
    }

    @Test
    void referenceStructuresHaveTheirCohesiveEnergyAtTheirLatticeConstant() {
        StructureEnergy e = model();
        double h = 1e-4;
        for (Object[] c : new Object[][] {{"Li", 3.509, 1.65, true}, {"Ag", 4.08, 2.85, false}}) {
            String el = (String) c[0];
            double a0 = (double) c[1];
            boolean bcc = (boolean) c[3];
            java.util.function.DoubleUnaryOperator en = a -> bcc ? EamModelTest.bcc(e, el, a) : EamModelTest.fcc(e, el, a);
            assertEquals(-(double) c[2], en.applyAsDouble(a0), ROUNDING, el + " E_c");
            double slope = (en.applyAsDouble(a0 + h) - en.applyAsDouble(a0 - h)) / (2 * h);
            assertEquals(0, slope, 1e-6, el + ": dE/da at a0");
            assertTrue(en.applyAsDouble(a0 * 1.01) > en.applyAsDouble(a0) && en.applyAsDouble(a0 * 0.99) > en.applyAsDouble(a0), el);
        }
    }

    @Test
    void screeningFunctionIsZeroAtAndBelowCminAndOneAtAndAboveCmax() {
        assertEquals(0, MeamPotential.fcut(0), 0);
        assertEquals(0, MeamPotential.fcut(-0.3), 0);
        assertEquals(1, MeamPotential.fcut(1), 0);
        assertEquals(1, MeamPotential.fcut(1.7), 0);
        assertEquals(Math.pow(1 - Math.pow(0.5, 4), 2), MeamPotential.fcut(0.5), 1e-15);
        // Continuity at both ends of the taper, and monotonic in between.
        assertEquals(0, MeamPotential.fcut(1e-6), 1e-10);
        assertEquals(1, MeamPotential.fcut(1 - 1e-6), 1e-10);
        for (double x = 0; x < 1; x += 0.01) {
            assertTrue(MeamPotential.fcut(x + 0.01) >= MeamPotential.fcut(x));
        }
    }

    @Test
    void bccSecondNeighboursAreFullyScreenedAndFirstNeighboursNot() {
        // With r_c large enough to reach BCC second neighbours, screening alone must remove them: the
        // Rose property still holds, and it fails when screening is switched off (C_min = 0 keeps C = 2 unscreened).
        String li = "Li: {lattice: bcc, atomic-number: 3, a: 3.509, cohesive-energy: 1.65, A: 0.87, alpha: 2.97244804, "
                + "beta: [1.425, 1.00, 1.00169907, 1.00], t: [1.0, 0.26395017, 0.44431129, -0.2], rho0: 1.0, ibar: 0}";
        StructureEnergy screened = new MeamStructureEnergy(MeamModelFile.parse("settings: {rc: 4.5}\nelements: {" + li + "}", "t"));
        StructureEnergy open = new MeamStructureEnergy(MeamModelFile.parse("settings: {rc: 4.5, cmin: 0.0, cmax: 1.5}\nelements: {"
                + li + "}", "t"));
        double rose = rose(3.509, 3.509, 2.97244804, 1.65);
        assertEquals(rose, EamModelTest.bcc(screened, "Li", 3.509), ROUNDING);
        assertTrue(Math.abs(EamModelTest.bcc(open, "Li", 3.509) - rose) > 1e-3, "unscreened second neighbours change the energy");
    }

    @Test
    void radialCutoffRemovesPairsBeyondRcAndTapersWithinDelr() {
        StructureEnergy e = model();
        // FCC Ag at a = 5.8 Å: first neighbours at 4.10 Å > r_c = 4 Å: no pair, no density: E = 0.
        assertEquals(0, EamModelTest.fcc(e, "Ag", 5.8), 0);
        // Inside the taper (4.0 − 0.1 … 4.0 Å) the energy departs from Rose.
        double a = 3.95 * Math.sqrt(2);
        assertTrue(Math.abs(EamModelTest.fcc(e, "Ag", a) - rose(a, 4.08, 5.89222008, 2.85)) > 1e-6);
    }

    @Test
    void libraryFileEntriesEqualTheTranscribedYamlModel() {
        String lib = """
                # comment
                'Ag'        'fcc'   12.     47           107.870
                5.89222008  4.456   2.20    6            2.20  4.08    2.85    1.06
                1.0         5.54097609      2.45015783   1.28843988    1.      0
                'Li'        'bcc'   8.      3            6.939
                2.97244804  1.425   1.00    1.00169907   1.00  3.509   1.65    0.87
                1.0         0.26395017      0.44431129   -0.2          1.      0
                """;
        var parsed = MeamLibraryFile.parse(lib, "lib", List.of("Li", "Ag"));
        MeamPotential yaml = MeamModelFile.read(MODEL);
        for (MeamElement y : yaml.elementModels()) {
            MeamElement l = parsed.get(y.symbol());
            assertEquals(y.withSource("x"), l.withSource("x"), y.symbol());
        }
    }

    @Test
    void malformedLibraryFilesAreReportedWithFileAndLine() {
        String shortEntry = "'Li' 'bcc' 8. 3 6.939\n2.97 1.425 1.00 1.0017 1.00 3.509 1.65 0.87\n1.0 0.26 0.44\n";
        var e = assertThrows(InvalidInputException.class, () -> MeamLibraryFile.parse(shortEntry, "lib", List.of("Li")));
        assertTrue(e.getMessage().startsWith("lib:1:") && e.getMessage().contains("16 values"), e.getMessage());
        String badNumber = "'Li' 'bcc' 8. 3 6.939\n2.97 1.425 x 1.0017 1.00 3.509 1.65 0.87\n1.0 0.26 0.44 -0.2 1. 0\n";
        e = assertThrows(InvalidInputException.class, () -> MeamLibraryFile.parse(badNumber, "lib", List.of("Li")));
        assertTrue(e.getMessage().startsWith("lib:2: b1 of Li"), e.getMessage());
        String badZ = "'Li' 'bcc' 12. 3 6.939\n2.97 1.425 1 1.0017 1.00 3.509 1.65 0.87\n1.0 0.26 0.44 -0.2 1. 0\n";
        e = assertThrows(InvalidInputException.class, () -> MeamLibraryFile.parse(badZ, "lib", List.of("Li")));
        assertTrue(e.getMessage().startsWith("lib:1: z = 12."), e.getMessage());
        String dia = "'Si' 'dia' 4. 14 28.086\n4.87 4.8 4.8 4.8 4.8 5.431 4.63 1.\n1.0 3.30 5.105 -0.80 1. 1\n";
        e = assertThrows(InvalidInputException.class, () -> MeamLibraryFile.parse(dia, "lib", List.of("Si")));
        assertTrue(e.getMessage().contains("lattice 'dia'"), e.getMessage());
    }

    @Test
    void malformedYamlModelsAreReportedWithLine() {
        var e = assertThrows(InvalidInputException.class, () -> MeamModelFile.parse(
                "elements:\n  Li: {lattice: hcp, atomic-number: 3, a: 3.5, cohesive-energy: 1.6, A: 1, alpha: 3, beta: [1, 1, 1, 1], "
                        + "t: [1, 0, 0, 0], rho0: 1, ibar: 0}\n", "m.yaml"));
        assertTrue(e.getMessage().startsWith("m.yaml:2:") && e.getMessage().contains("hcp"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> MeamModelFile.parse(
                "elements:\n  Li: {lattice: bcc, atomic-number: 3, a: 3.5, cohesive-energy: 1.6, A: 1, alpha: 3,\n"
                        + "       beta: [1, 1, 1], t: [1, 0, 0, 0], rho0: 1, ibar: 0}\n", "m.yaml"));
        assertTrue(e.getMessage().startsWith("m.yaml:3:") && e.getMessage().contains("4 values"), e.getMessage());
    }
}
