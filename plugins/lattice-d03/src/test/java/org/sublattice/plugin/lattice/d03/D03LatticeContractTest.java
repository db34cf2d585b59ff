package org.sublattice.plugin.lattice.d03;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.testkit.LatticeContract;
import org.sublattice.testkit.PluginKit;

/** The lattice contract for the 'd03' plugin, in its default ordering, discovered as the host would. */
class D03LatticeContractTest extends LatticeContract {
    @Override
    protected Stream<Named> lattices() {
        return Stream.of(new Named("d03", PluginKit.discover(Path.of(".")).lattice("d03", "{}")));
    }
}
