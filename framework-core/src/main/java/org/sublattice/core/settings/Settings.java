package org.sublattice.core.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.sublattice.core.pipeline.PipelineLoader;

/**
 * The typed application settings, after layering (built-in defaults &lt; user settings file &lt;
 * {@code SUBLATTICE_*} environment &lt; {@code -Dsublattice.*} system properties &lt;
 * {@code --set key=value}).
 *
 * @param threads worker threads for independent chains (≥ 1)
 * @param pluginsDir directory of plugin jars (module mode), if any
 * @param outputRoot where run directories go when a pipeline names none
 * @param progress whether to show a progress bar
 * @param pipelineOverrides {@code pipeline.*} keys: field path → value and source
 */
public record Settings(int threads, Optional<Path> pluginsDir, Path outputRoot, boolean progress,
        Map<String, PipelineLoader.Override> pipelineOverrides) {
    public Settings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        pipelineOverrides = Map.copyOf(pipelineOverrides);
    }
}
