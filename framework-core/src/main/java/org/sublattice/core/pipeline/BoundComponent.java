package org.sublattice.core.pipeline;

import org.sublattice.api.BuildContext;
import org.sublattice.core.plugin.Component;
import org.sublattice.core.yaml.Location;

/**
 * A pipeline component with its validated parameters.
 *
 * @param component the registry entry (factory and plugin)
 * @param parameters the bound parameter record
 * @param path field path in the pipeline, e.g. {@code stages[0].sampler}
 * @param location where the component block starts
 */
public record BoundComponent(Component component, Record parameters, String path, Location location) {

    public String id() {
        return component.id();
    }

    /** Context for factories. */
    public static BuildContext context(ValidatedPipeline p) {
        return new BuildContext(p.directory(), p.name());
    }
}
