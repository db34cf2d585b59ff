/** The {@code sublattice} command-line application. */
module org.sublattice.cli {
    requires org.sublattice.core;
    requires org.sublattice.crystal;
    requires info.picocli;
    requires java.management;
    requires me.tongfei.progressbar;

    opens org.sublattice.cli to info.picocli;
}
