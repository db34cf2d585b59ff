package org.sublattice.core.plugin;

/**
 * A jar or plugin the host skipped, and why.
 *
 * @param source the jar file name
 * @param reason what went wrong
 */
public record PluginProblem(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
