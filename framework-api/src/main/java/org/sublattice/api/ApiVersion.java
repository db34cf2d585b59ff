package org.sublattice.api;

/**
 * The version of this service-provider interface. Plugin jars record the version they were
 * compiled against in the manifest attribute {@value #MANIFEST_ATTRIBUTE}; the host loads a plugin
 * only if its major version equals {@link #MAJOR} and its minor version is at most {@link #MINOR}.
 */
public final class ApiVersion {
    private ApiVersion() {
    }

    /** Incremented on incompatible changes. */
    public static final int MAJOR = 1;
    /** Incremented when the SPI gains backwards-compatible additions. */
    public static final int MINOR = 1;
    /** Manifest attribute naming the SPI version a plugin jar was built against. */
    public static final String MANIFEST_ATTRIBUTE = "Sublattice-Api-Version";

    /** "MAJOR.MINOR". */
    public static String current() {
        return MAJOR + "." + MINOR;
    }

    /**
     * Whether a plugin built against {@code declared} ("major.minor") can run on this host.
     *
     * @throws IllegalArgumentException if {@code declared} is not of the form major.minor
     */
    public static boolean compatible(String declared) {
        String[] p = declared.trim().split("\\.");
        if (p.length != 2) {
            throw new IllegalArgumentException("API version '" + declared + "' is not of the form major.minor");
        }
        try {
            int major = Integer.parseInt(p[0]);
            int minor = Integer.parseInt(p[1]);
            return major == MAJOR && minor <= MINOR;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("API version '" + declared + "' is not of the form major.minor", e);
        }
    }
}
