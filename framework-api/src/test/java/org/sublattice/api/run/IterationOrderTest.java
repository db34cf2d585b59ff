package org.sublattice.api.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;

/**
 * Analyzers build columns and integration paths by iterating these maps, so their order must not
 * change from one JVM to the next (Map.of / Map.copyOf order does).
 */
class IterationOrderTest {
    @Test
    void conditionPointsIterateTheirChemicalPotentialsInSpeciesOrder() {
        ConditionPoint p = new ConditionPoint(300, Map.of("Zn", 0.1, "Al", -0.2, "Li", -0.3, "Mg", 0.0, "Ag", 0.5));
        assertEquals(List.of("Ag", "Al", "Li", "Mg", "Zn"), List.copyOf(p.chemicalPotentials().keySet()));
    }

    @Test
    void chainResultsIterateSeriesAndScalarsInNameOrder() {
        double[] s = {1, 2};
        var prim = new Prim("fcc", new Cell(new Vec3(0, 2, 2), new Vec3(2, 0, 2), new Vec3(2, 2, 0)),
                List.of(new Site("a", Vec3.ZERO, List.of("Ag", "Li"), "Ag")));
        var config = new Configuration(Supercell.of(prim, new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}), new byte[] {0});
        ChainResult r = new ChainResult(Map.of("n:Va", s, "energy", s, "msd:Li", s, "com:Li", s, "n:Li", s),
                Map.of("steps", 1.0, "acceptance", 0.5, "events", 2.0), config, 1);
        assertEquals(List.of("com:Li", "energy", "msd:Li", "n:Li", "n:Va"), List.copyOf(r.series().keySet()));
        assertEquals(List.of("acceptance", "events", "steps"), List.copyOf(r.scalars().keySet()));
    }
}
