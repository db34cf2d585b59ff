package org.sublattice.api;

import org.sublattice.api.run.TaskContext;
import org.sublattice.api.run.TaskResult;

/**
 * A one-shot job run as a pipeline stage of its own: no condition points, no chains. Fitting a
 * cluster expansion to DFT energies is one; enumerating structures is another.
 *
 * <p>Contract: the result depends only on the task's parameters, the lattice and
 * {@link TaskContext#random()} (same seed, same tables, same files); the task writes files only
 * inside {@link TaskContext#directory()} (which exists and may already hold the files of an
 * earlier run of the same stage, to be overwritten) and names them in
 * {@link TaskResult#files()}; it does not name its files like its tables or plots, which the host
 * writes into the same directory; it reports progress through {@link TaskContext#progress()} in
 * coarse increments adding up to {@link #plannedSteps()} and stops early with an exception when
 * the progress sink says the run is cancelled. Problems with the user's input (a data file that
 * cannot be read, too few usable data) are thrown as {@link InvalidInputException} naming the
 * offending value and file; problems with single data items that the task can skip are reported
 * in its tables or files, never dropped silently. Implementations are immutable.
 */
public interface Task {

    /** Work units the task will report through its progress sink (at least 1). */
    long plannedSteps();

    /** Runs the task. */
    TaskResult run(TaskContext context);
}
