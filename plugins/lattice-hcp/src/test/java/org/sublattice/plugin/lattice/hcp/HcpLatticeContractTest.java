package org.sublattice.plugin.lattice.hcp;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sublattice.testkit.LatticeContract;
import org.sublattice.testkit.PluginKit;

/** The lattice contract for the 'hcp' plugin, in its default ordering, discovered as the host would. */
class HcpLatticeContractTest extends LatticeContract {
    @Override
    protected Stream<Named> lattices() {
        return Stream.of(new Named("hcp", PluginKit.discover(Path.of(".")).lattice("hcp", "{}")));
    }
}
