package org.sublattice.plugin.clex.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConvexHullTest {
    @Test
    void findsTheLowerHullItsDistancesAndPointsOnFacets() {
        double[] x = {0, 0.25, 0.5, 0.5, 0.75, 1, 0.25, 0.375};
        double[] e = {0, -0.05, -0.08, -0.02, -0.03, 0, 0.01, -0.065};
        ConvexHull h = new ConvexHull(x, e);
        assertArrayEquals(new int[] {0, 1, 2, 5}, h.vertices());
        assertEquals(0.01, h.distance(4), 1e-12);
        assertEquals(0.06, h.distance(3), 1e-12);
        assertEquals(0.06, h.distance(6), 1e-12);
        assertEquals(-0.065, h.energyAt(0.375), 1e-12);
        assertTrue(h.onHull(7), "a point on a facet is on the hull");
        assertEquals(0, h.distance(7));
        assertTrue(Double.isNaN(h.energyAt(1.5)));
    }

    @Test
    void aPointAboveTheLineBetweenEndMembersLeavesOnlyTheEndMembers() {
        ConvexHull h = new ConvexHull(new double[] {1, 0.5, 0}, new double[] {0, 0.02, 0});
        assertArrayEquals(new int[] {2, 0}, h.vertices());
        assertEquals(0.02, h.distance(1), 1e-15);
    }
}
