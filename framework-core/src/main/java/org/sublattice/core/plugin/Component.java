package org.sublattice.core.plugin;

import org.sublattice.api.ComponentFactory;
import org.sublattice.api.Role;

/**
 * A component available to pipelines: a factory bound under its YAML type id.
 *
 * @param role the role
 * @param id the YAML {@code type} id
 * @param factory the factory instance from the injector
 * @param plugin the plugin that contributed it
 */
public record Component(Role role, String id, ComponentFactory<?> factory, LoadedPlugin plugin) {
}
