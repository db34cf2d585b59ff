package org.sublattice.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sublattice.api.Analyzer;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.AnalysisResult;
import org.sublattice.api.run.ChainResult;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.PointResult;
import org.sublattice.api.run.StageData;

/**
 * The contract every {@link Analyzer} passes: it handles a stage without points and chains with a
 * single sample, giving one row per condition point.
 */
public abstract class AnalyzerContract {

    /** Analyzers to test, with a supercell to give them. */
    protected abstract Stream<Case> analyzers();

    /**
     * @param name test name
     * @param analyzer the analyzer
     * @param supercell a supercell for the stage data
     */
    public record Case(String name, Analyzer analyzer, Supercell supercell) {
    }

    @TestFactory
    Stream<DynamicTest> handlesAStageWithoutPoints() {
        return analyzers().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            AnalysisResult r = assertDoesNotThrow(() -> c.analyzer().analyze(new StageData("empty", c.supercell(), Hamiltonians.zero(c.supercell()), List.of())));
            r.tables().forEach(t -> assertEquals(0, t.rows().size(), t.name()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> handlesChainsWithASingleSample() {
        return analyzers().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Configuration conf = Configuration.ideal(c.supercell());
            ChainResult one = new ChainResult(Map.of(ChainResult.ENERGY, new double[] {-1.0}), Map.of(), conf, 1);
            StageData data = new StageData("single", c.supercell(), Hamiltonians.zero(c.supercell()), List.of(
                    new PointResult(0, new ConditionPoint(300, Map.of()), one), new PointResult(1, new ConditionPoint(400, Map.of()), one)));
            AnalysisResult r = assertDoesNotThrow(() -> c.analyzer().analyze(data));
            r.tables().forEach(t -> assertEquals(2, t.rows().size(), t.name()));
        }));
    }
}
