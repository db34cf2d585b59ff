package org.sublattice.plugin.lattice.bcc;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.testkit.LatticeContract;
import org.sublattice.testkit.PluginKit;

/** The lattice contract for the 'bcc' plugin, in its default ordering, discovered as the host would. */
class BccLatticeContractTest extends LatticeContract {
    @Override
    protected Stream<Named> lattices() {
        return Stream.of(new Named("bcc", PluginKit.discover(Path.of(".")).lattice("bcc", "{}")));
    }
}
