package org.sublattice.core.bind;

import org.sublattice.core.yaml.Location;

/**
 * One problem found while validating input.
 *
 * @param location where the offending value (or the mapping missing a key) is
 * @param path field path, e.g. {@code stages[1].sampler.passes}
 * @param message what is wrong, naming the offending value and what is allowed
 */
public record Problem(Location location, String path, String message) {
    @Override
    public String toString() {
        return location + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
