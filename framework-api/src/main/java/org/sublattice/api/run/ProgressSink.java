package org.sublattice.api.run;

/**
 * Where a sampler reports progress and learns about cancellation. Samplers call it every few
 * thousand steps, never per step. Implementations are thread-safe.
 */
public interface ProgressSink {

    /** Reports {@code steps} more trial steps (or events) done. */
    void advance(long steps);

    /** Whether the run has been asked to stop; the sampler then returns what it has. */
    boolean cancelled();

    /** A sink that ignores progress and never cancels. */
    ProgressSink NONE = new ProgressSink() {
        @Override
        public void advance(long steps) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
