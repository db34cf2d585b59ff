package org.sublattice.api;

import org.sublattice.api.run.AnalysisResult;
import org.sublattice.api.run.StageData;

/**
 * Turns the chain results of a stage (one per condition point) into tables and plot
 * specifications. Implementations are immutable and must handle a stage with no points and
 * chains with a single sample (reporting what can be computed, NaN errors where it cannot).
 */
public interface Analyzer {

    /** Analyzes a finished stage. */
    AnalysisResult analyze(StageData stage);
}
