package org.sublattice.plugin.lattice.b2;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.testkit.LatticeContract;
import org.sublattice.testkit.PluginKit;

/** The lattice contract for the 'b2' plugin, in its default ordering, discovered as the host would. */
class B2LatticeContractTest extends LatticeContract {
    @Override
    protected Stream<Named> lattices() {
        return Stream.of(new Named("b2", PluginKit.discover(Path.of(".")).lattice("b2", "{}")));
    }
}
