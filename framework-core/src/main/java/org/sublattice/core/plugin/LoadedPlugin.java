package org.sublattice.core.plugin;

import org.sublattice.api.SublatticePlugin;

/**
 * A plugin the host found and instantiated.
 *
 * @param plugin the plugin
 * @param source the jar file name (or class directory) it came from
 * @param mode {@code module} or {@code classpath}
 * @param version the plugin's version from its module descriptor or jar manifest, or {@code unknown}
 */
public record LoadedPlugin(SublatticePlugin plugin, String source, String mode, String version) {
}
