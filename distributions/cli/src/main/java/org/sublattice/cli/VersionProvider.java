package org.sublattice.cli;

import org.sublattice.api.ApiVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the application and SPI versions. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getModule().getDescriptor() != null && Main.class.getModule().getDescriptor().rawVersion().isPresent()
                ? Main.class.getModule().getDescriptor().rawVersion().get()
                : String.valueOf(Main.class.getPackage().getImplementationVersion());
        return new String[] {"sublattice " + v, "plugin API " + ApiVersion.current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
