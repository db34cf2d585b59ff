package org.sublattice.core.yaml;

/**
 * Where a value came from: a file with 1-based line and column, or another source (a command-line
 * override, an environment variable) with line 0.
 *
 * @param source file name or source description
 * @param line 1-based line, 0 if not from a file
 * @param column 1-based column, 0 if not from a file
 */
public record Location(String source, int line, int column) {
    public Location {
        if (source == null) {
            throw new IllegalArgumentException("source must not be null");
        }
    }

    /** A location outside any file, e.g. {@code --set pipeline.seed}. */
    public static Location of(String source) {
        return new Location(source, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
