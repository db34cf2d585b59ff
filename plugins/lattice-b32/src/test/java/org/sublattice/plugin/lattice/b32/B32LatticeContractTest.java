package org.sublattice.plugin.lattice.b32;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.testkit.LatticeContract;
import org.sublattice.testkit.PluginKit;

/** The lattice contract for the 'b32' plugin, in its default ordering, discovered as the host would. */
class B32LatticeContractTest extends LatticeContract {
    @Override
    protected Stream<Named> lattices() {
        return Stream.of(new Named("b32", PluginKit.discover(Path.of(".")).lattice("b32", "{}")));
    }
}
