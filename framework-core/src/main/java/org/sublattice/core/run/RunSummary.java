package org.sublattice.core.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code run.json} records about a run.
 *
 * @param pipeline pipeline name
 * @param file pipeline file
 * @param seed master seed
 * @param threads worker threads
 * @param apiVersion host SPI version
 * @param started ISO-8601 start time
 * @param startupSeconds from JVM launch to the first chain (discovery, validation, binding)
 * @param wallSeconds total wall time of the run
 * @param status {@code ok} or {@code cancelled}
 * @param components id, role, plugin, version, jar, mode of each component used
 * @param stages per-stage reports (sampler, points, wall time, analyzer outputs)
 */
public record RunSummary(String pipeline, String file, long seed, int threads, String apiVersion, String started,
        double startupSeconds, double wallSeconds, String status, List<Map<String, String>> components, Map<String, Object> stages) {

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pipeline", pipeline);
        m.put("file", file);
        m.put("seed", seed);
        m.put("threads", threads);
        m.put("api_version", apiVersion);
        m.put("started", started);
        m.put("startup_seconds", Double.isFinite(startupSeconds) ? startupSeconds : null);
        m.put("wall_seconds", wallSeconds);
        m.put("status", status);
        m.put("components", components);
        m.put("stages", stages);
        return m;
    }
}
