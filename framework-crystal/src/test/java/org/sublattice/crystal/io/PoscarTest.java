package org.sublattice.crystal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Structure.Atom;
import org.sublattice.api.crystal.Vec3;

class PoscarTest {
    private static final String B2 = """
            LiAg B2
            1.0
              3.17 0 0
              0 3.17 0
              0 0 3.17
            Li Ag
            1 1
            Direct
              0 0 0
              0.5 0.5 0.5
            """;

    @Test
    void readsEveryReferencePoscarIncludingRepeatedSpeciesAndPerLineLabels() throws IOException {
        Path dir = SharedData.file("structures");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".POSCAR")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "reference POSCARs: " + files);
        for (Path f : files) {
            Structure s = Poscar.read(f);
            assertTrue(!s.atoms().isEmpty(), f.toString());
        }
        Structure brass = Poscar.read(dir.resolve("Cu5Zn8_gamma_brass.POSCAR"));
        assertEquals(52, brass.atoms().size());
        assertEquals(32, brass.atoms().stream().filter(a -> a.species().equals("Zn")).count());
        assertEquals(20, brass.atoms().stream().filter(a -> a.species().equals("Cu")).count());
        assertEquals(8.8664, brass.cell().a().x(), 1e-12);
        assertEquals(0.10781, brass.atoms().get(7).position().x(), 1e-12);
        assertEquals("Zn", brass.atoms().get(51).species());
    }

    @Test
    void writeThenParseRoundTripsCellSpeciesAndPositions() {
        Cell triclinic = new Cell(new Vec3(3.1, 0.2, -0.1), new Vec3(-1.4, 2.9, 0.3), new Vec3(0.5, -0.7, 5.3));
        Structure s = new Structure("round trip", triclinic, List.of(
                new Atom("Li", new Vec3(0.1, 0.2, 0.3)),
                new Atom("Al", new Vec3(0.123456789012345, 0.987654321098765, 1e-17)),
                new Atom("Li", new Vec3(0.5, 0.5, 0.75)),
                new Atom("Va", new Vec3(0.9, 0.0, 0.4))));
        String text = Poscar.write(s);
        String[] lines = text.split("\n");
        assertEquals("Li Al Va", lines[5]);
        assertEquals("2 1 1", lines[6]);
        assertEquals("Direct", lines[7]);
        Structure back = Poscar.parse(text, "written");
        assertEquals("round trip", back.title());
        for (int i = 0; i < 3; i++) {
            assertClose(triclinic.vector(i), back.cell().vector(i), 1e-14);
        }
        // Grouping by species puts the second Li before Al.
        List<Atom> expected = List.of(s.atoms().get(0), s.atoms().get(2), s.atoms().get(1), s.atoms().get(3));
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).species(), back.atoms().get(i).species());
            assertClose(expected.get(i).position(), back.atoms().get(i).position(), 1e-15);
        }
    }

    @Test
    void negativeScaleIsTheTargetVolume() {
        Structure s = Poscar.parse(B2.replace("\n1.0\n", "\n-64.0\n"), "vol");
        assertEquals(64.0, s.cell().volume(), 1e-9);
        assertEquals(4.0, s.cell().a().x(), 1e-12);
    }

    @Test
    void cartesianPositionsAreScaledAndConvertedToFractional() {
        String text = B2.replace("\n1.0\n", "\n2.0\n").replace("Direct\n  0 0 0\n  0.5 0.5 0.5", "Cartesian\n  0 0 0\n  1.585 1.585 1.585");
        Structure s = Poscar.parse(text, "cart");
        assertEquals(6.34, s.cell().a().x(), 1e-12);
        assertClose(new Vec3(0.5, 0.5, 0.5), s.atoms().get(1).position(), 1e-12);
    }

    @Test
    void selectiveDynamicsFlagsAndPotcarSuffixesAreAccepted() {
        String text = B2.replace("Li Ag", "Li_sv Ag/4a1b").replace("Direct", "Selective dynamics\nDirect")
                .replace("  0 0 0\n", "  0 0 0 T T F Li\n").replace("  0.5 0.5 0.5\n", "  0.5 0.5 0.5 F F F\n");
        Structure s = Poscar.parse(text, "sd");
        assertEquals(List.of("Li", "Ag"), s.atoms().stream().map(Atom::species).toList());
    }

    @Test
    void nonNumericCoordinateIsReportedWithFileLineAndText() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Poscar.parse(B2.replace("0.5 0.5 0.5", "0.5 x 0.5"), "bad.POSCAR"));
        assertTrue(e.getMessage().startsWith("bad.POSCAR:10: 'x'"), e.getMessage());
        assertTrue(e.getMessage().contains("0.5 x 0.5"), e.getMessage());
    }

    @Test
    void badLatticeVectorLineIsReportedWithItsLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Poscar.parse(B2.replace("  0 3.17 0\n", "  0 3.17\n"), "short.POSCAR"));
        assertTrue(e.getMessage().startsWith("short.POSCAR:4: expected three numbers"), e.getMessage());
    }

    @Test
    void countsThatDoNotMatchTheSpeciesAreReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Poscar.parse(B2.replace("\n1 1\n", "\n1 1 2\n"), "counts.POSCAR"));
        assertTrue(e.getMessage().startsWith("counts.POSCAR:7: expected 2 counts"), e.getMessage());
    }

    @Test
    void missingPositionsAreReportedAsEndOfFile() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Poscar.parse(B2.replace("  0.5 0.5 0.5\n", ""), "truncated.POSCAR"));
        assertTrue(e.getMessage().startsWith("truncated.POSCAR:10: unexpected end of file; expected the position of atom 2"),
                e.getMessage());
    }

    @Test
    void speciesLabelThatContradictsTheHeaderIsReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Poscar.parse(B2.replace("  0.5 0.5 0.5\n", "  0.5 0.5 0.5 Li\n"), "label.POSCAR"));
        assertTrue(e.getMessage().startsWith("label.POSCAR:10: species label 'Li'"), e.getMessage());
    }

    @Test
    void vasp4FileWithoutSpeciesLineIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Poscar.parse(B2.replace("Li Ag\n", ""), "old.POSCAR"));
        assertTrue(e.getMessage().startsWith("old.POSCAR:6:") && e.getMessage().contains("VASP 4"), e.getMessage());
    }

    @Test
    void unknownCoordinateModeIsReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Poscar.parse(B2.replace("Direct", "Fractional"), "mode.POSCAR"));
        assertTrue(e.getMessage().startsWith("mode.POSCAR:8: expected 'Direct' or 'Cartesian'"), e.getMessage());
    }

    @Test
    void unreadableFileIsReportedWithItsPath() {
        Path missing = Path.of("no-such-dir", "POSCAR");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Poscar.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    static void assertClose(Vec3 expected, Vec3 actual, double tol) {
        assertTrue(expected.minus(actual).norm() <= tol, "expected " + expected + " but got " + actual);
    }
}
