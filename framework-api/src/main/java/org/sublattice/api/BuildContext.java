package org.sublattice.api;

import java.nio.file.Path;

/**
 * What a factory may know about the pipeline it builds for.
 *
 * @param pipelineDirectory the directory of the pipeline file; relative paths in parameters have
 *     already been resolved against it by the host
 * @param pipelineName the pipeline's name, for messages
 */
public record BuildContext(Path pipelineDirectory, String pipelineName) {
    public BuildContext {
        Checks.notNull(pipelineDirectory, "pipelineDirectory");
        Checks.notNull(pipelineName, "pipelineName");
    }
}
