package org.sublattice.api.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import org.sublattice.api.Checks;
import org.sublattice.api.Lattice;

/**
 * Everything a {@link org.sublattice.api.Task} gets when its stage runs. Owned by one thread.
 *
 * @param stageId the stage's id
 * @param lattice the pipeline's lattice
 * @param directory an existing directory the task may write its files into (the stage's directory
 *     in the run directory; the host writes the task's tables and plots there too)
 * @param progress where progress is reported and cancellation is read
 * @param random a generator seeded for this stage alone (from the pipeline seed and the stage's
 *     index), e.g. for shuffling cross-validation folds
 * @param seed the seed {@code random} was created from, for reports
 */
public record TaskContext(String stageId, Lattice lattice, Path directory, ProgressSink progress, RandomGenerator random,
        long seed) {
    public TaskContext {
        Checks.notNull(stageId, "stageId");
        Checks.notNull(lattice, "lattice");
        Checks.notNull(directory, "directory");
        Checks.notNull(progress, "progress");
        Checks.notNull(random, "random");
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("task directory " + directory + " does not exist");
        }
    }
}
