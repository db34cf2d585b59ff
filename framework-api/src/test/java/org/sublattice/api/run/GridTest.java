package org.sublattice.api.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridTest {
    @Test
    void rangeIncludesBothEndsAndHasNoRoundingNoise() {
        Grid g = Grid.range(-0.1, 0.1, 0.05);
        assertArrayEquals(new double[] {-0.1, -0.05, 0, 0.05, 0.1}, g.values(), 0);
    }

    @Test
    void descendingRangeAndLinspace() {
        assertArrayEquals(new double[] {600, 500, 400}, Grid.range(600, 400, -100).values(), 0);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, Grid.linspace(0, 1, 5).values(), 1e-15);
    }

    @Test
    void stepPointingAwayFromTheEndIsRejectedWithTheNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Grid.range(0, 1, -0.1));
        assertTrue(e.getMessage().contains("-0.1") && e.getMessage().contains("1.0"), e.getMessage());
        assertEquals(1, Grid.range(3, 3, 1).size());
    }
}
