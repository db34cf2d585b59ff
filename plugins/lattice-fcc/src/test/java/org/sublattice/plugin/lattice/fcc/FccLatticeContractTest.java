package org.sublattice.plugin.lattice.fcc;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.testkit.LatticeContract;
import org.sublattice.testkit.PluginKit;

/** The lattice contract for the 'fcc' plugin, in its default ordering, discovered as the host would. */
class FccLatticeContractTest extends LatticeContract {
    @Override
    protected Stream<Named> lattices() {
        return Stream.of(new Named("fcc", PluginKit.discover(Path.of(".")).lattice("fcc", "{}")));
    }
}
