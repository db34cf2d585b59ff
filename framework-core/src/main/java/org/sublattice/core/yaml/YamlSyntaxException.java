package org.sublattice.core.yaml;

/** A YAML document that cannot be parsed, with the location of the problem. */
public final class YamlSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Location location;

    public YamlSyntaxException(Location location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
