package org.sublattice.crystal.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.lattice.Prims.Point;

class PrimsTest {
    @Test
    void conventionalFccOrbitCollapsesToOnePrimitiveSite() {
        List<Point> cube = List.of(new Point("4a", new Vec3(0, 0, 0)), new Point("4a", new Vec3(0, 0.5, 0.5)),
                new Point("4a", new Vec3(0.5, 0, 0.5)), new Point("4a", new Vec3(0.5, 0.5, 0)));
        Prim prim = Prims.fromCubic("fcc", Prims.fccPrimitive(4.0), 4.0, cube, Map.of("4a", List.of("Ag", "Va")));
        assertEquals(1, prim.size());
        assertEquals("Ag", prim.basis().get(0).ideal());
        assertEquals(16.0, prim.cell().volume(), 1e-12);
    }

    @Test
    void cubicPositionsBecomeWrappedPrimitiveFractions() {
        List<Point> diamond = List.of(new Point("8a", new Vec3(0, 0, 0)), new Point("8a", new Vec3(0.25, 0.25, 0.25)),
                new Point("8b", new Vec3(0.5, 0.5, 0.5)), new Point("8b", new Vec3(0.75, 0.75, 0.75)));
        Prim prim = Prims.fromCubic("b32", Prims.fccPrimitive(6.0), 6.0, diamond, Map.of("8a", List.of("Li"), "8b", List.of("Al")));
        assertEquals(new Vec3(0.25, 0.25, 0.25), prim.basis().get(1).position());
        assertEquals(new Vec3(0.5, 0.5, 0.5), prim.basis().get(2).position());
        assertEquals(new Vec3(0.75, 0.75, 0.75), prim.basis().get(3).position());
        assertEquals("LiAl", Prims.idealFormula(prim));
    }

    @Test
    void bccAndHexagonalCellsHaveTheExpectedVolumes() {
        assertEquals(27.0 / 2, Prims.bccPrimitive(3.0).volume(), 1e-12);
        assertEquals(Math.sqrt(3) / 2 * 9 * 5, Prims.hexagonal(3.0, 5.0).volume(), 1e-12);
    }

    @Test
    void idealFormulaIsReducedAndLeavesOutVacancies() {
        List<Point> pts = List.of(new Point("a", new Vec3(0, 0, 0)), new Point("b", new Vec3(0.5, 0, 0)),
                new Point("b", new Vec3(0, 0.5, 0)), new Point("c", new Vec3(0, 0, 0.5)));
        Prim prim = Prims.fromFractional("x", org.sublattice.api.crystal.Cell.cubic(4),
                pts, Map.of("a", List.of("Va"), "b", List.of("Li"), "c", List.of("Ag")));
        assertEquals("Li2Ag", Prims.idealFormula(prim));
    }

    @Test
    void pointWithoutSpeciesOrOverlappingDifferentLabelsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Prims.fromFractional("x",
                org.sublattice.api.crystal.Cell.cubic(4), List.of(new Point("z", Vec3.ZERO)), Map.of("a", List.of("Li"))));
        assertTrue(e.getMessage().startsWith("no species given for sublattice 'z'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Prims.fromFractional("x", org.sublattice.api.crystal.Cell.cubic(4),
                List.of(new Point("a", Vec3.ZERO), new Point("b", new Vec3(1, 0, 0))), Map.of("a", List.of("Li"), "b", List.of("Al"))));
    }
}
