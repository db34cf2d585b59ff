package org.sublattice.core.plugin;

import java.util.List;

/**
 * The outcome of plugin discovery: the plugins loaded, the jars or plugins skipped with reasons,
 * and warnings (e.g. a jar that duplicates a module of the host).
 */
public record Discovery(List<LoadedPlugin> plugins, List<PluginProblem> skipped, List<String> warnings) {
    public Discovery {
        plugins = List.copyOf(plugins);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** This discovery followed by another's plugins and problems. */
    public Discovery plus(Discovery other) {
        return new Discovery(concat(plugins, other.plugins), concat(skipped, other.skipped), concat(warnings, other.warnings));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
