package org.sublattice.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.Vec3;

class FactorGroupTest {
    private static final String[] LI = {"Li"};
    private static final String[] AG = {"Ag"};
    private static final String[] LI_AG = {"Li", "Ag"};

    @Test
    void orderedCompoundsHaveTheirPointGroupOrders() {
        assertEquals(48, FactorGroup.of(Prims.fcc("Ag")).size());
        assertEquals(48, FactorGroup.of(Prims.bcc("Li")).size());
        assertEquals(24, FactorGroup.of(Prims.hcp("Li")).size());
        assertEquals(48, FactorGroup.of(Prims.b2(LI, AG)).size());
        assertEquals(48, FactorGroup.of(Prims.d03(AG, LI)).size());
        assertEquals(48, FactorGroup.of(Prims.b32(LI, new String[] {"Al"})).size());
    }

    @Test
    void identicalOccupantsOnAllSitesRecoverTheParentGroupWithItsTranslations() {
        // B2 cell with both sites alike is BCC in a doubled cell: 48 rotations × 2 translations.
        FactorGroup g = FactorGroup.of(Prims.b2(LI_AG, LI_AG));
        assertEquals(96, g.size());
        assertEquals(2, g.pureTranslations());
        assertEquals(48, g.pointGroupOrder());
        // D0₃ / B32 cells with all four sites alike are BCC with four sites per FCC cell.
        FactorGroup d = FactorGroup.of(Prims.d03(LI_AG, LI_AG));
        assertEquals(4, d.pureTranslations());
        assertEquals(48, d.pointGroupOrder());
    }

    @Test
    void operationsMapSitesOntoSitesWithTheSameOccupants() {
        Prim p = Prims.b32(new String[] {"Li", "Va"}, new String[] {"Al", "Li"});
        FactorGroup g = FactorGroup.of(p);
        assertEquals(List.of(List.of(0, 2), List.of(1, 3)), g.basisOrbits());
        for (int op = 0; op < g.size(); op++) {
            for (int b = 0; b < p.size(); b++) {
                SiteCoord img = g.apply(op, new SiteCoord(b, 1, -2, 3));
                assertEquals(p.basis().get(b).occupants(), p.basis().get(img.b()).occupants());
                // The integer image agrees with applying the operation to fractional coordinates.
                Vec3 f = p.basis().get(b).position().plus(new Vec3(1, -2, 3));
                Vec3 expected = g.operations().get(op).apply(f);
                Vec3 got = p.basis().get(img.b()).position().plus(new Vec3(img.i(), img.j(), img.k()));
                assertTrue(expected.minus(got).norm() < 1e-9, expected + " vs " + got);
            }
        }
    }

    @Test
    void cartesianRotationsAreOrthogonal() {
        FactorGroup g = FactorGroup.of(Prims.hcp("Li"));
        for (int op = 0; op < g.size(); op++) {
            double[][] w = g.cartesianRotation(op);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double dot = 0;
                    for (int k = 0; k < 3; k++) {
                        dot += w[k][i] * w[k][j];
                    }
                    assertEquals(i == j ? 1 : 0, dot, 1e-9);
                }
            }
        }
    }

    @Test
    void aToleranceTooLooseForTheGeometryIsReportedWithTheTolerance() {
        // A slightly distorted B2 cell: a loose tolerance sees more symmetry; one beyond half the
        // nearest-neighbour distance is refused.
        Prim p = new Prim("near-cubic", new Cell(new Vec3(3, 0, 0), new Vec3(0, 3, 0), new Vec3(0, 0, 3.02)),
                List.of(Prims.site("a", 0, 0, 0, "Li"), Prims.site("b", 0.5, 0.5, 0.52, "Ag")));
        assertEquals(8, FactorGroup.of(p, 1e-3).size()); // P4mm
        assertTrue(FactorGroup.of(p, 0.2).size() > 8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FactorGroup.of(p, 2.0));
        assertTrue(e.getMessage().contains("symmetry tolerance 2.0 Å is too large"), e.getMessage());
    }
}
