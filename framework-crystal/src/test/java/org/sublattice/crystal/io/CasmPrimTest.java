package org.sublattice.crystal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Vec3;

class CasmPrimTest {
    private static final String FCC_BINARY_VACANCY = """
            {"basis":[{"coordinate":[0,0,0],"occupants":["A","B","Va"]}],"coordinate_mode":"Fractional",\
            "lattice_vectors":[[0,2,2],[2,0,2],[2,2,0]],"title":"FCC_binary_vacancy"}""";

    private static final String TWO_SITES = """
            {
              "title": "two",
              "lattice_vectors": [[4, 0, 0], [0, 4, 0], [0, 0, 4]],
              "coordinate_mode": "Fractional",
              "basis": [
                {"coordinate": [0, 0, 0], "occupants": ["Li", "Va"]},
                {"coordinate": [0.5, 0.5, 0.5], "occupants": ["Al", "Li"]}
              ]
            }
            """;

    @Test
    void readsTheSiGeDiamondPrimWithLegacyOccupantDof() {
        Prim prim = CasmPrim.read(SharedData.file("casm-sige/prim.json"));
        assertEquals("SiGe", prim.name());
        assertEquals(2, prim.size());
        assertEquals(new Vec3(0, 2.8, 2.8), prim.cell().a());
        for (Site s : prim.basis()) {
            assertEquals(List.of("Si", "Ge"), s.occupants());
            assertEquals("Si", s.ideal());
            assertEquals("s0", s.sublattice());
        }
        assertEquals(new Vec3(0.25, 0.25, 0.25), prim.basis().get(1).position());
        // Diamond: four nearest neighbours at a√3/4 with a = 5.6 Å.
        double nn = prim.shellDistances(1)[0];
        assertEquals(5.6 * Math.sqrt(3) / 4, nn, 1e-12);
        assertEquals(8, prim.neighbours(nn).size());
    }

    @Test
    void readsTheFccBinaryVacancyExample() {
        Prim prim = CasmPrim.parse(FCC_BINARY_VACANCY, "prim.json");
        assertEquals("FCC_binary_vacancy", prim.name());
        assertEquals(1, prim.size());
        Site s = prim.basis().get(0);
        assertEquals(List.of("A", "B", "Va"), s.occupants());
        assertEquals("A", s.ideal());
        double nn = prim.shellDistances(1)[0];
        assertEquals(2 * Math.sqrt(2), nn, 1e-12);
        assertEquals(12, prim.neighbours(nn).size());
    }

    @Test
    void sitesAreLabelledByOccupantListUnlessTheyCarryALabel() {
        Prim prim = CasmPrim.parse(TWO_SITES, "two.json");
        assertEquals(List.of("s0", "s1"), prim.sublattices());
        Prim labelled = CasmPrim.parse(TWO_SITES.replace("\"occupants\": [\"Al\"", "\"label\": \"metal\", \"occupants\": [\"Al\""),
                "two.json");
        assertEquals(List.of("s0", "metal"), labelled.sublattices());
    }

    @Test
    void cartesianCoordinatesAreConvertedToFractional() {
        Prim prim = CasmPrim.parse(TWO_SITES.replace("Fractional", "Cartesian").replace("[0.5, 0.5, 0.5]", "[2, 2, 2]"), "cart.json");
        assertEquals(new Vec3(0.5, 0.5, 0.5), prim.basis().get(1).position());
    }

    @Test
    void missingKeyIsReportedWithFileLineAndKey() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CasmPrim.parse(TWO_SITES.replace("\"coordinate_mode\": \"Fractional\",", ""), "prim.json"));
        assertEquals("prim.json:1: missing key 'coordinate_mode'", e.getMessage());
    }

    @Test
    void missingOccupantsAreReportedAtTheBasisEntry() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CasmPrim.parse(TWO_SITES.replace("\"occupants\": [\"Li\", \"Va\"]", "\"dofs\": {}"), "prim.json"));
        assertEquals("prim.json:6: basis[0]: missing key 'occupants' (or legacy 'occupant_dof')", e.getMessage());
    }

    @Test
    void nonNumericCoordinateIsReportedWithFileLineAndKeyPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CasmPrim.parse(TWO_SITES.replace("[0.5, 0.5, 0.5]", "[0.5, 0.5, \"half\"]"), "prim.json"));
        assertEquals("prim.json:7: basis[1].coordinate[2]: expected a number, got \"half\"", e.getMessage());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CasmPrim.parse(TWO_SITES.replace("[0, 0, 4]]", "[0, 0, 4]"), "prim.json"));
        assertTrue(e.getMessage().startsWith("prim.json:4:"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    }

    @Test
    void unknownCoordinateModeAndBadOccupantAreNamed() {
        InvalidInputException mode = assertThrows(InvalidInputException.class,
                () -> CasmPrim.parse(TWO_SITES.replace("\"Fractional\"", "\"Integral\""), "prim.json"));
        assertEquals("prim.json:4: coordinate_mode: unknown coordinate mode \"Integral\"; expected Fractional, Direct or Cartesian",
                mode.getMessage());
        InvalidInputException occ = assertThrows(InvalidInputException.class,
                () -> CasmPrim.parse(TWO_SITES.replace("\"Al\"", "\"al\""), "prim.json"));
        assertTrue(occ.getMessage().startsWith("prim.json:7: basis[1]: unknown species 'al'"), occ.getMessage());
    }

    @Test
    void overlappingSitesAreReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CasmPrim.parse(TWO_SITES.replace("[0.5, 0.5, 0.5]", "[1, 0, 0]"), "prim.json"));
        assertTrue(e.getMessage().startsWith("prim.json:5: basis:") && e.getMessage().contains("overlap"), e.getMessage());
    }
}
