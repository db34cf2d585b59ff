package org.sublattice.core.run;

/** Observes a pipeline run (for progress bars). Implementations are thread-safe. */
public interface RunListener {

    /** A stage starts with this many chains and this many trial steps in all. */
    void stageStarted(String stageId, int chains, long totalSteps);

    /**
     * A task stage starts; its task will report {@code plannedSteps} work units. By default this is
     * reported as a stage of one chain.
     */
    default void taskStarted(String stageId, String taskId, long plannedSteps) {
        stageStarted(stageId, 1, plannedSteps);
    }

    /** More steps were made (called from worker threads). */
    void advanced(long steps);

    /** The stage finished after {@code seconds}. */
    void stageFinished(String stageId, double seconds);

    /** Ignores everything. */
    RunListener NONE = new RunListener() {
        @Override
        public void stageStarted(String stageId, int chains, long totalSteps) {
        }

        @Override
        public void advanced(long steps) {
        }

        @Override
        public void stageFinished(String stageId, double seconds) {
        }
    };
}
