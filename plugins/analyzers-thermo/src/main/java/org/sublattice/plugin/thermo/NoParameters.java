package org.sublattice.plugin.thermo;

/** For analyzers without parameters. */
public record NoParameters() {
}
