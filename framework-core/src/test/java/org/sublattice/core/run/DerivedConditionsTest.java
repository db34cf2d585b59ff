package org.sublattice.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.ResultTable;

class DerivedConditionsTest {
    private static final List<Column> COLUMNS = List.of(new Column("temperature", "K"), new Column("mu_Li", "eV"),
            new Column("mu_Al", "eV"), new Column("x_Li_per_site", ""));

    /** μ_Al* against μ_Li at 300 K (rows out of order on purpose) and one row at 400 K. */
    private static Map<String, Map<String, ResultTable>> tables() {
        ResultTable t = new ResultTable("site-equilibrium", COLUMNS, List.of(new double[] {300, -0.20, -0.19, 0.5},
                new double[] {300, -0.30, -0.10, 0.45}, new double[] {300, -0.10, -0.25, 0.55}, new double[] {400, -0.25, 5.0, 0.5}));
        return Map.of("voltage", Map.of("site-equilibrium", t));
    }

    private static ConditionPoint at(double t, double muLi) {
        return new ConditionPoint(t, Map.of("Li", muLi));
    }

    @Test
    void aDerivedChemicalPotentialIsInterpolatedInTheOneThatVariesAtThePointsTemperature() {
        List<ConditionPoint> out = DerivedConditions.resolve("states", List.of(at(300, -0.25), at(300, -0.10), at(300, -0.15)),
                Map.of("Al", "voltage/site-equilibrium"), tables());
        assertEquals(-0.145, out.get(0).mu("Al"), 1e-12);
        assertEquals(-0.25, out.get(1).mu("Al"), 1e-12);
        assertEquals(-0.22, out.get(2).mu("Al"), 1e-12);
        assertEquals(-0.25, out.get(0).mu("Li"), 0, "given chemical potentials are kept");
    }

    @Test
    void pointsOutsideTheTablesRangeAreRefusedWithTheRange() {
        var e = assertThrows(InvalidInputException.class, () -> DerivedConditions.resolve("states", List.of(at(300, -0.35)),
                Map.of("Al", "voltage/site-equilibrium"), tables()));
        assertTrue(e.getMessage().contains("μ_Li = -0.35 eV is outside the table's range -0.3 … -0.1 eV"), e.getMessage());
    }

    @Test
    void aTemperatureWithTooFewRowsIsRefused() {
        var e = assertThrows(InvalidInputException.class, () -> DerivedConditions.resolve("states", List.of(at(400, -0.25)),
                Map.of("Al", "voltage/site-equilibrium"), tables()));
        assertTrue(e.getMessage().contains("1 row(s) at 400.0 K"), e.getMessage());
    }

    @Test
    void missingTablesAndColumnsAreNamed() {
        var noTable = assertThrows(InvalidInputException.class, () -> DerivedConditions.resolve("states", List.of(at(300, -0.2)),
                Map.of("Al", "voltage/free-energy"), tables()));
        assertTrue(noTable.getMessage().contains("stage voltage wrote no table 'free-energy'; its tables: site-equilibrium"),
                noTable.getMessage());
        var noColumn = assertThrows(InvalidInputException.class, () -> DerivedConditions.resolve("states", List.of(at(300, -0.2)),
                Map.of("Zn", "voltage/site-equilibrium"), tables()));
        assertTrue(noColumn.getMessage().contains("has no column mu_Zn"), noColumn.getMessage());
        var notGiven = assertThrows(InvalidInputException.class, () -> DerivedConditions.resolve("states",
                List.of(new ConditionPoint(300, Map.of("Mg", 0.1))), Map.of("Al", "voltage/site-equilibrium"), tables()));
        assertTrue(notGiven.getMessage().contains("a function of mu_Li, which stage states does not give"), notGiven.getMessage());
    }

    @Test
    void aTableThatIsNotAFunctionOfOneChemicalPotentialIsRefused() {
        ResultTable twice = new ResultTable("site-equilibrium", COLUMNS, List.of(new double[] {300, -0.2, -0.1, 0.5},
                new double[] {300, -0.2, -0.3, 0.5}, new double[] {300, -0.1, -0.3, 0.5}));
        var e = assertThrows(InvalidInputException.class, () -> DerivedConditions.resolve("states", List.of(at(300, -0.15)),
                Map.of("Al", "voltage/site-equilibrium"), Map.of("voltage", Map.of("site-equilibrium", twice))));
        assertTrue(e.getMessage().contains("two rows at mu_Li = -0.2"), e.getMessage());
    }
}
