/**
 * The Sublattice host: discovers plugins (child module layer or classpath), wires them with Guice,
 * reads and validates YAML pipelines, layers settings and runs pipelines into run directories.
 */
module org.sublattice.core {
    requires transitive org.sublattice.api;
    requires com.google.guice;
    requires com.google.common;
    requires jakarta.inject;
    // Guice generates fast-class proxies through sun.misc.Unsafe; without this the module-path
    // launch fails at run time (no unit test catches it; the distribution end-to-end test does).
    requires jdk.unsupported;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.configuration2;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires java.desktop;

    exports org.sublattice.core.yaml;
    exports org.sublattice.core.bind;
    exports org.sublattice.core.plugin;
    exports org.sublattice.core.pipeline;
    exports org.sublattice.core.settings;
    exports org.sublattice.core.run;

    opens org.sublattice.core.pipeline to com.google.guice;
    opens org.sublattice.core.settings to com.google.guice;

    uses org.sublattice.api.SublatticePlugin;
}
